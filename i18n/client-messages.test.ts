// CLIENT_MESSAGE_NAMESPACES is exactly what the browser reads: every namespace a client
// module passes to useTranslations is in the list (else the page shows raw keys), and
// every entry is read by some client module (else it is sent with every page for nothing).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanIntlCalls } from "@/lib/i18n/scan-client-translations";
import { CLIENT_MESSAGE_NAMESPACES } from "./client-messages";

const root = path.resolve(import.meta.dirname, "..");
const calls = scanIntlCalls(root);
const clientCalls = calls.filter((c) => c.client);
const covers = (entry: string, ns: string) => ns === entry || ns.startsWith(`${entry}.`);

describe("CLIENT_MESSAGE_NAMESPACES", () => {
  it("finds the client components (the scan is not silently empty)", () => {
    const modules = new Set(clientCalls.map((c) => c.module));
    expect(modules).toContain("components/campaigns/campaign-form.tsx");
    expect(modules).toContain("components/workflow/use-fact-text.ts");
    expect(modules.size).toBeGreaterThan(30);
  });

  it("every useTranslations call names its namespace as a string literal", () => {
    // Any module: a server-rendered component becomes a client one by being imported there.
    const dynamic = calls.filter((c) => c.hook === "useTranslations" && !c.namespace);
    expect(dynamic.map((c) => `${c.module}: useTranslations(${c.argument})`)).toEqual([]);
  });

  it("no client module reads the whole message tree with useMessages", () => {
    const whole = clientCalls.filter((c) => c.hook === "useMessages");
    expect(whole.map((c) => c.module)).toEqual([]);
  });

  it("holds every namespace a client module reads", () => {
    const missing = clientCalls.filter(
      (c) => c.namespace && !CLIENT_MESSAGE_NAMESPACES.some((e) => covers(e, c.namespace!)),
    );
    expect(missing.map((c) => `${c.module}: ${c.namespace}`)).toEqual([]);
  });

  it("holds nothing a client module does not read, and no entry inside another", () => {
    const read = clientCalls.flatMap((c) => c.namespace ?? []);
    const unused = CLIENT_MESSAGE_NAMESPACES.filter((e) => !read.some((ns) => covers(e, ns)));
    const nested = CLIENT_MESSAGE_NAMESPACES.filter((e) =>
      CLIENT_MESSAGE_NAMESPACES.some((o) => o !== e && covers(o, e)),
    );
    expect({ unused, nested }).toEqual({ unused: [], nested: [] });
  });
});

describe("the scan", () => {
  it("follows imports and aliases, stops at use server, type-only imports and comments", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "client-scan-"));
    const file = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    const t = (ns: string) => `import { useTranslations as useT } from "next-intl";
export function C() { const t = useT(${ns}); return t("x"); }\n`;
    file(
      "app/page-part.tsx",
      `// a client part\n"use client";\nimport { C } from "@/components/shared";\n` +
        `import type { T } from "./typed";\nimport { act } from "./actions";\n` +
        `// useTranslations("comment") in a comment\nexport { C, act };\n`,
    );
    file("components/shared.tsx", t(`"shared.part"`));
    file("app/typed.tsx", t(`"typeOnly"`));
    file("app/actions.ts", `"use server";\n${t(`"server"`)}`);
    file("app/server.tsx", t(""));
    const got = scanIntlCalls(dir).map((c) => [c.module, c.namespace ?? c.argument, c.client]);
    expect(got).toEqual([
      ["app/actions.ts", "server", false],
      ["app/server.tsx", "", false],
      ["app/typed.tsx", "typeOnly", false],
      ["components/shared.tsx", "shared.part", true],
    ]);
  });
});

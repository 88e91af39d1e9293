// The OpenAPI document stays complete and true: every route file under app/api/v1 and
// each HTTP method it exports is in it (with docs), every example parses with the
// schema it illustrates, a standard validator accepts it, and a client generated from
// it (openapi-typescript types + openapi-fetch) lists a brand's campaigns with a token.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { NextRequest } from "next/server";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "@/lib/api/openapi/build-document";
import type { paths } from "@/lib/api/openapi/api-types";
import { isDocumentedHandler } from "@/lib/api/openapi/route-docs";
import { apiTokenFor } from "@/test/helpers/api";
import { createBrandWithManager, createCampaignFor } from "@/test/helpers/fixtures";
import { loadMessages } from "@/lib/i18n/messages";
import { generateApiTypes } from "@/scripts/openapi/api-types";
import { isRefusal } from "@/lib/api/method-not-allowed";
import { ALL_ROUTES, GET as getDocument } from "./route";

const V1 = path.resolve("app/api/v1");

async function routeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // [...path] answers the addresses no route does (a JSON 404): not an operation
    if (entry.isDirectory() && entry.name.startsWith("[...")) continue;
    if (entry.isDirectory()) out.push(...(await routeFiles(full)));
    else if (entry.name === "route.ts") out.push(full);
  }
  return out;
}

/** app/api/v1/campaigns/[id]/route.ts -> /api/v1/campaigns/{id} */
function openApiPath(file: string): string {
  const rel = path.relative(V1, path.dirname(file)).split(path.sep).join("/");
  return `/api/v1${rel ? `/${rel}` : ""}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

/** Every documented handler of the route modules, with its method and path. */
function* documentedHandlers() {
  for (const [p, mod] of Object.entries(ALL_ROUTES)) {
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (isDocumentedHandler(handler)) yield { p, method, definition: handler.definition };
    }
  }
}

async function documentJson() {
  const res = await getDocument(new NextRequest("http://localhost:3000/api/v1/openapi.json"), {
    params: Promise.resolve({}),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { summary: string; operationId: string; tags?: string[]; security: unknown[] }>
    >;
  };
}

describe("OpenAPI document", () => {
  it("has every route file and exported method under app/api/v1, with docs", async () => {
    const doc = await documentJson();
    const files = await routeFiles(V1);
    expect(files.length).toBeGreaterThanOrEqual(17);
    const missing: string[] = [];
    for (const file of files) {
      const p = openApiPath(file);
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) {
        // not there, or one it refuses (lib/api/method-not-allowed.ts)
        if (!(method in mod) || isRefusal(mod[method])) continue;
        const handler = mod[method];
        const registered = ALL_ROUTES[p]?.[method];
        if (registered !== handler) missing.push(`${method} ${p}: not registered (registry.ts)`);
        else if (!doc.paths[p]?.[method.toLowerCase()])
          missing.push(`${method} ${p}: not in the document`);
        else if (!isDocumentedHandler(handler) || !handler.definition.docs) {
          missing.push(`${method} ${p}: no docs in its apiRoute config`);
        }
      }
    }
    expect(missing).toEqual([]);
    // every method is answered: by the route, or refused with 405 and Allow
    const unanswered: string[] = [];
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of [...HTTP_METHODS, "OPTIONS"])
        if (typeof mod[method] !== "function") unanswered.push(`${method} ${openApiPath(file)}`);
    }
    expect(unanswered).toEqual([]);
    // ...and nothing registered that is not a route.
    expect(Object.keys(doc.paths).sort()).toEqual(files.map(openApiPath).sort());
  });

  it("has every operation's summary and tag in Korean and English for /docs/api", async () => {
    const doc = await documentJson();
    const missing: string[] = [];
    for (const locale of ["ko", "en"] as const) {
      const m = loadMessages(locale).apiDocs as {
        summary: Record<string, string>;
        tag: Record<string, string>;
      };
      for (const methods of Object.values(doc.paths))
        for (const op of Object.values(methods)) {
          if (!m.summary[op.operationId]) missing.push(`${locale}: summary.${op.operationId}`);
          const tag = op.tags?.[0] ?? "other";
          if (!m.tag[tag]) missing.push(`${locale}: tag.${tag}`);
        }
    }
    expect(missing).toEqual([]);
  });

  it("refuses an unknown key in every JSON body and query, as one rule", () => {
    // a typo must point at itself (422 "Unknown field"), never be dropped silently
    let checked = 0;
    const lenient: string[] = [];
    for (const { p, method, definition } of documentedHandlers()) {
      const { docs, body, query } = definition;
      for (const [what, schema, example] of [
        ["body", body, docs?.examples?.body],
        ["query", query, docs?.examples?.query ?? {}],
      ] as const) {
        if (!schema || example === null || typeof example !== "object") continue;
        checked++;
        const parsed = schema.safeParse({ ...example, zzUnknownKey: "1" });
        const refused =
          !parsed.success && JSON.stringify(parsed.error.issues).includes("zzUnknownKey");
        if (!refused) lenient.push(`${method} ${p} ${what}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(lenient).toEqual([]);
  });

  it("parses every documented example with the schema it illustrates", () => {
    let checked = 0;
    const failures: string[] = [];
    for (const { p, method, definition } of documentedHandlers()) {
      const { docs, body, query } = definition;
      const ex = docs?.examples;
      if (!ex) continue;
      const check = (what: string, schema: unknown, value: unknown) => {
        if (value === undefined) return;
        checked++;
        const parsed = (
          schema as { safeParse?: (v: unknown) => { success: boolean; error?: unknown } }
        )?.safeParse?.(value);
        if (!parsed?.success)
          failures.push(`${method} ${p} ${what}: ${JSON.stringify(parsed?.error)}`);
      };
      check("body", body, ex.body);
      check("query", query, ex.query);
      check("response", "schema" in docs.response ? docs.response.schema : undefined, ex.response);
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("is valid OpenAPI 3.1 for a standard validator, with bearer and cookie security", async () => {
    const doc = await documentJson();
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    const list = doc.paths["/api/v1/campaigns"]!.get!;
    expect(list.security).toEqual([{ bearer: ["read"] }, { cookie: [] }]);
    expect(doc.paths["/api/v1/campaigns"]!.post!.security).toEqual([
      { bearer: ["write"] },
      { cookie: [] },
    ]);
    expect(doc.paths["/api/v1/notifications"]!.get!.security).toEqual([{ cookie: [] }]);
    expect(doc.paths["/api/v1/openapi.json"]!.get!.security).toEqual([]);
  });

  it("matches the committed client types (npm run openapi:types)", async () => {
    const { readFile } = await import("node:fs/promises");
    expect(await generateApiTypes()).toBe(await readFile("lib/api/openapi/api-types.ts", "utf8"));
  });

  it("gives a generated client that lists the brand's campaigns with a token", async () => {
    const { brand, manager } = await createBrandWithManager();
    const campaign = await createCampaignFor(brand.id, { title: "Listed through openapi-fetch" });
    const token = await apiTokenFor(manager.id, brand.id, ["read"]);
    // The routes answer through their own handlers (the e2e spec does the same over HTTP).
    const client = createClient<paths>({
      baseUrl: "http://localhost:3000",
      headers: { authorization: `Bearer ${token.secret}` },
      fetch: async (input: Request) => {
        const { GET } = await import("@/app/api/v1/campaigns/route");
        return GET(new NextRequest(input), { params: Promise.resolve({}) });
      },
    });
    const { data, error, response } = await client.GET("/api/v1/campaigns", {
      params: { query: { limit: "10" } },
    });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.campaigns.map((c) => c.title)).toEqual([campaign.title]);
    expect(data?.campaigns[0]?.brandId).toBe(brand.id);
  });
});

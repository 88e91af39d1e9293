// The e2e server rebuilds only when a build input changed; a stale build would test
// yesterday's code, a needless one costs a minute per run.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newestSourceMtime } from "./stack.ts";

let root: string;

function file(relative: string, mtimeSeconds: number) {
  const p = path.join(root, relative);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, "x");
  utimesSync(p, mtimeSeconds, mtimeSeconds);
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("newestSourceMtime", () => {
  it("is the newest build input, ignoring tests, node_modules and dot folders", () => {
    root = mkdtempSync(path.join(os.tmpdir(), "stack-mtime-"));
    file("app/page.tsx", 1_000);
    file("lib/auth/options.ts", 2_000);
    file("next.config.mjs", 1_500);
    file("lib/auth/options.test.ts", 9_000);
    file("app/signin/landing.integration.test.ts", 9_000);
    file("lib/node_modules/pkg/index.js", 9_000);
    file("app/.cache/x.ts", 9_000);
    file("e2e/api.spec.ts", 9_000);
    file("scripts/start.ts", 9_000);
    expect(newestSourceMtime(root)).toBe(2_000_000);

    file("components/auth/user-menu.tsx", 3_000);
    expect(newestSourceMtime(root)).toBe(3_000_000);
  });

  it("is 0 for an empty tree", () => {
    root = mkdtempSync(path.join(os.tmpdir(), "stack-mtime-"));
    expect(newestSourceMtime(root)).toBe(0);
  });
});

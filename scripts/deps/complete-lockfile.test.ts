import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingOptionalPackages, platformOf, type Lock } from "./complete-lockfile";

describe("complete-lockfile", () => {
  it("reads os, cpu and libc from platform package names", () => {
    expect(platformOf("@next/swc-darwin-arm64")).toEqual({ os: ["darwin"], cpu: ["arm64"] });
    expect(platformOf("@rollup/rollup-linux-x64-musl")).toEqual({
      os: ["linux"],
      cpu: ["x64"],
      libc: ["musl"],
    });
    expect(platformOf("@tailwindcss/oxide-linux-arm-gnueabihf")).toEqual({
      os: ["linux"],
      cpu: ["arm"],
      libc: ["glibc"],
    });
    expect(platformOf("@rollup/rollup-win32-x64-msvc")).toEqual({ os: ["win32"], cpu: ["x64"] });
    expect(platformOf("fsevents")).toBeNull();
  });

  it("finds optional platform packages without an entry", () => {
    const lock: Lock = {
      packages: {
        "": {},
        "node_modules/next": {
          version: "1.0.0",
          optionalDependencies: {
            "@next/swc-darwin-x64": "1.0.0",
            "@next/swc-linux-x64-gnu": "1.0.0",
          },
        },
        "node_modules/@next/swc-linux-x64-gnu": { version: "1.0.0" },
      },
    };
    expect(missingOptionalPackages(lock).map((m) => m.name)).toEqual(["@next/swc-darwin-x64"]);
  });

  // `npm ci` refuses a lock file that lacks them: run `npm run deps:complete-lockfile`.
  it("keeps the project's package-lock.json complete", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as Lock;
    expect(missingOptionalPackages(lock).map((m) => `${m.name}@${m.version}`)).toEqual([]);
  });
});

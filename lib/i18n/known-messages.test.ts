// Every sentence our schemas put next to a field reads in Korean too: a message missing
// from KNOWN_MESSAGES reaches a Korean reader worded from its issue's structure only
// ("Use whole minor units" once became "필수 항목입니다", required). Found by reading the
// schema sources: a message is the last string argument of a zod check, or a
// `message` / `error` parameter.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_MESSAGES } from "./localize-issue";

const LIB = path.join(process.cwd(), "lib");
// Not read by people in the app: the environment's checks (operators, at start-up), the
// engine's roster and campaign files (the `match` CLI), and the OpenAPI examples.
const NOT_FOR_READERS = ["env.ts", "matching/engine/schemas.ts", "api/openapi/"];

const CHECK_MESSAGE =
  /(?:(?:message|error):\s*"([^"]+)")|(?:\.(?:min|max|int|positive|nonnegative|regex|refine|length|gte|lte|gt|lt|multipleOf|nonempty)\((?:[^()"`]|\([^()]*\))*?"([^"]+)"\s*,?\s*\))/g;

function schemaMessages(): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(LIB, { recursive: true, encoding: "utf8" }).filter(
    (f) =>
      f.endsWith(".ts") &&
      !f.endsWith(".test.ts") &&
      !f.includes("generated") &&
      !NOT_FOR_READERS.some((skip) => f.startsWith(skip)),
  );
  for (const file of files) {
    const source = readFileSync(path.join(LIB, file), "utf8");
    if (!source.includes('from "zod"')) continue;
    for (const m of source.matchAll(CHECK_MESSAGE)) found.set(m[1] ?? m[2]!, file);
  }
  return found;
}

describe("schema messages", () => {
  it("are found by the scan (it reads what it should)", () => {
    const found = schemaMessages();
    expect(found.get("Use whole minor units (KRW has no decimals)")).toBe("campaigns/schemas.ts");
    expect(found.get("Choose your home region")).toBe("creators/profile-schemas.ts");
    expect(found.size).toBeGreaterThan(40);
  });

  it("each have their Korean", () => {
    const untranslated = [...schemaMessages()]
      .filter(([message]) => !(message in KNOWN_MESSAGES))
      .map(([message, file]) => `${file}: ${message}`);
    expect(untranslated).toEqual([]);
  });
});

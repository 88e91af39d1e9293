import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MatchStatus } from "../db/generated/enums.ts";
import { TRANSITIONS } from "./state-machine.ts";
import {
  CLOSED_WITHOUT_AGREEMENT,
  LIVE_PAIR_PREDICATE,
  MATCH_STATUS_ORDER,
  OPEN_MATCH_STATUSES,
} from "./statuses.ts";

describe("MATCH_STATUS_ORDER", () => {
  it("lists every status of the schema exactly once", () => {
    expect([...MATCH_STATUS_ORDER].sort()).toEqual(Object.values(MatchStatus).sort());
  });

  it("puts the open statuses first", () => {
    expect(MATCH_STATUS_ORDER.slice(0, OPEN_MATCH_STATUSES.length)).toEqual(OPEN_MATCH_STATUSES);
  });
});

describe("CLOSED_WITHOUT_AGREEMENT", () => {
  it("are endings: no step leads out of them, so a match left out of the live-pair index stays out", () => {
    for (const s of CLOSED_WITHOUT_AGREEMENT) expect(TRANSITIONS[s]).toBeUndefined();
  });

  it("is the predicate of matches_live_pair_key in the migration and in schema.prisma, word for word", () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
    const migration = readFileSync(
      path.join(root, "prisma/migrations/20261205210000_matches_propose_again/migration.sql"),
      "utf8",
    );
    expect(LIVE_PAIR_PREDICATE).toBe("status NOT IN ('REJECTED', 'EXPIRED')");
    expect(migration).toContain(`WHERE ${LIVE_PAIR_PREDICATE};`);
    const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    expect(schema).toContain(`map: "matches_live_pair_key", where: raw("${LIVE_PAIR_PREDICATE}")`);
  });
});

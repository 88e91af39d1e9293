import { describe, expect, it } from "vitest";
import { MatchStatus } from "../db/generated/enums.ts";
import { MATCH_STATUS_ORDER, OPEN_MATCH_STATUSES } from "./statuses.ts";

describe("MATCH_STATUS_ORDER", () => {
  it("lists every status of the schema exactly once", () => {
    expect([...MATCH_STATUS_ORDER].sort()).toEqual(Object.values(MatchStatus).sort());
  });

  it("puts the open statuses first", () => {
    expect(MATCH_STATUS_ORDER.slice(0, OPEN_MATCH_STATUSES.length)).toEqual(OPEN_MATCH_STATUSES);
  });
});

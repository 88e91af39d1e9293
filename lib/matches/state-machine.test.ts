import { describe, expect, it } from "vitest";
import { pathTo } from "../demo-data/match-workflow.ts";
import { Rng } from "../random/seeded-random.ts";
import { MATCH_STATUS_ORDER } from "./statuses.ts";
import {
  isLegalPath,
  isLegalTransition,
  mayTransition,
  nextStatuses,
  stepsTo,
  type Actor,
} from "./state-machine.ts";

const ACTORS: Actor[] = ["BRAND_MANAGER", "CREATOR", "ADMIN", "SYSTEM"];

describe("match state machine", () => {
  it("allows exactly the documented transitions", () => {
    const legal: string[] = [];
    for (const from of MATCH_STATUS_ORDER)
      for (const to of MATCH_STATUS_ORDER)
        if (isLegalTransition(from, to)) legal.push(`${from}>${to}`);
    expect(legal.sort()).toEqual(
      [
        "PENDING>CONTACTED",
        "PENDING>REJECTED",
        "PENDING>EXPIRED",
        "CONTACTED>RESPONDED",
        "CONTACTED>EXPIRED",
        "RESPONDED>NEGOTIATING",
        "RESPONDED>ACCEPTED",
        "RESPONDED>REJECTED",
        "RESPONDED>EXPIRED",
        "NEGOTIATING>NEGOTIATING",
        "NEGOTIATING>ACCEPTED",
        "NEGOTIATING>REJECTED",
        "NEGOTIATING>EXPIRED",
        "ACCEPTED>COMPLETED",
      ].sort(),
    );
  });

  it("ends nowhere from a final state", () => {
    for (const from of ["REJECTED", "COMPLETED", "EXPIRED"] as const)
      for (const a of ACTORS) expect(nextStatuses(from, a)).toEqual([]);
  });

  it("gives each transition to the right roles", () => {
    expect(mayTransition("PENDING", "CONTACTED", "ADMIN")).toBe(true);
    expect(mayTransition("PENDING", "CONTACTED", "CREATOR")).toBe(false);
    expect(mayTransition("CONTACTED", "RESPONDED", "BRAND_MANAGER")).toBe(false);
    expect(mayTransition("ACCEPTED", "COMPLETED", "CREATOR")).toBe(false);
    expect(mayTransition("NEGOTIATING", "EXPIRED", "ADMIN")).toBe(false);
    expect(mayTransition("NEGOTIATING", "EXPIRED", "SYSTEM")).toBe(true);
    expect(nextStatuses("NEGOTIATING", "CREATOR")).toEqual(["NEGOTIATING", "ACCEPTED", "REJECTED"]);
  });

  it("lets a creator answer a fresh proposal through RESPONDED", () => {
    expect(stepsTo("CONTACTED", "ACCEPTED", "CREATOR")).toEqual(["RESPONDED", "ACCEPTED"]);
    expect(stepsTo("CONTACTED", "NEGOTIATING", "CREATOR")).toEqual(["RESPONDED", "NEGOTIATING"]);
    expect(stepsTo("CONTACTED", "ACCEPTED", "BRAND_MANAGER")).toBeNull();
    expect(stepsTo("PENDING", "ACCEPTED", "CREATOR")).toBeNull();
  });

  it("checks whole paths", () => {
    expect(isLegalPath(["PENDING", "CONTACTED", "RESPONDED", "ACCEPTED", "COMPLETED"])).toBe(true);
    expect(isLegalPath(["PENDING", "REJECTED"])).toBe(true);
    expect(isLegalPath(["PENDING", "ACCEPTED"])).toBe(false);
    expect(isLegalPath(["CONTACTED"])).toBe(false);
    expect(isLegalPath(["PENDING", "CONTACTED", "EXPIRED", "CONTACTED"])).toBe(false);
  });

  it("accepts every path the demo data writes", () => {
    const r = Rng.fromKey("state-machine");
    for (let i = 0; i < 50; i++)
      for (const s of MATCH_STATUS_ORDER)
        for (const review of [true, false]) expect(isLegalPath(pathTo(s, r, review))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { toYoutubeApiError } from "./errors";
import { audienceFromReports, parseCount, parseIsoDuration } from "./parse";
import type { ResultTable } from "./types";

const header = (name: string, metric = false) => ({
  name,
  columnType: metric ? "METRIC" : "DIMENSION",
  dataType: metric ? "FLOAT" : "STRING",
});
const ageGender = (rows?: ResultTable["rows"]): ResultTable => ({
  kind: "youtubeAnalytics#resultTable",
  columnHeaders: [header("ageGroup"), header("gender"), header("viewerPercentage", true)],
  ...(rows ? { rows } : {}),
});
const countries = (rows?: ResultTable["rows"]): ResultTable => ({
  kind: "youtubeAnalytics#resultTable",
  columnHeaders: [header("country"), header("viewerPercentage", true)],
  ...(rows ? { rows } : {}),
});

describe("parseIsoDuration", () => {
  it.each([
    ["PT45S", 45],
    ["PT4M13S", 253],
    ["PT1H", 3600],
    ["PT1H2M3S", 3723],
    ["P1DT1S", 86_401],
    ["P0D", 0],
  ])("%s -> %i", (v, s) => expect(parseIsoDuration(v)).toBe(s));
  it.each(["", "PT", "P", "4:13", "PT1.5S", undefined])("rejects %s", (v) =>
    expect(parseIsoDuration(v)).toBeNull(),
  );
});

describe("parseCount", () => {
  it("reads Google's string counts and refuses the rest", () => {
    expect(parseCount("123456")).toBe(123_456);
    expect(parseCount(undefined)).toBeNull();
    expect(parseCount("-1")).toBeNull();
    expect(parseCount("99999999999999999999")).toBeNull();
  });
});

describe("audienceFromReports", () => {
  it("sums percentages into age and gender fractions and keeps countries", () => {
    const a = audienceFromReports(
      ageGender([
        ["age18-24", "female", 30],
        ["age18-24", "male", 10],
        ["age25-34", "female", 40],
        ["age25-34", "user_specified", 5],
        ["age65-", "male", 15],
      ]),
      countries([
        ["KR", 80],
        ["us", 20],
        ["ZZZ", 1],
      ]),
    );
    expect(a).toEqual({
      age: { "18-24": 0.4, "25-34": 0.45, "65+": 0.15 },
      gender: { female: 0.7, male: 0.25 },
      country: { KR: 0.8, US: 0.2 },
    });
  });

  it("is null for a channel with no analytics rows (rows left out)", () => {
    expect(audienceFromReports(ageGender(), countries())).toBeNull();
    expect(audienceFromReports(ageGender([]), countries([]))).toBeNull();
  });
});

describe("toYoutubeApiError", () => {
  const body = (code: number, reason: string, domain = "global") => ({
    error: { code, message: `m-${reason}`, errors: [{ message: "x", domain, reason }] },
  });
  it("tells quota, auth and the rest apart", () => {
    expect(toYoutubeApiError(403, body(403, "quotaExceeded", "youtube.quota"))).toMatchObject({
      kind: "quota",
      reason: "quotaExceeded",
      message: "m-quotaExceeded",
    });
    expect(toYoutubeApiError(401, body(401, "authError")).kind).toBe("auth");
    expect(toYoutubeApiError(403, body(403, "insufficientPermissions")).kind).toBe("auth");
    expect(toYoutubeApiError(403, body(403, "forbidden")).kind).toBe("other");
    expect(toYoutubeApiError(500, "not json").kind).toBe("other");
  });
});

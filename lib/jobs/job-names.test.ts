import { describe, expect, it } from "vitest";
import en from "../../messages/en/jobs.json";
import ko from "../../messages/ko/jobs.json";
import { JOBS } from "./names.ts";

describe("job names", () => {
  it("each says what it does on the admin's jobs page, in both languages", () => {
    const names = Object.values(JOBS).sort();
    expect(Object.keys(en.what).sort()).toEqual(names);
    expect(Object.keys(ko.what).sort()).toEqual(names);
  });
});

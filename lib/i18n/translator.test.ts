import { describe, expect, it } from "vitest";
import { translatorFor } from "./translator";

describe("translatorFor", () => {
  it("reads the same message files as pages, per locale, with ICU arguments", () => {
    expect(translatorFor("ko", "common.language")("switchTo", { language: "English" })).toBe(
      "English로 보기",
    );
    expect(translatorFor("en", "common.language")("switchTo", { language: "한국어" })).toBe(
      "View in 한국어",
    );
  });
});

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

  it("picks Korean particles after the values it puts in", () => {
    const t = translatorFor("ko", "notify");
    expect(t("declined.title", { who: "이하늘" })).toBe("이하늘이 거절했습니다");
    expect(t("declined.title", { who: "김민수" })).toBe("김민수가 거절했습니다");
    expect(translatorFor("en", "notify")("declined.title", { who: "Kim" })).not.toContain("(");
  });
});

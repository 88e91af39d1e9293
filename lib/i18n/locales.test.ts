import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "./locales";

describe("negotiateLocale", () => {
  it("picks Korean for a Korean browser, English for an English one", () => {
    expect(negotiateLocale("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
  });
  it("follows q-values, not only order", () => {
    expect(negotiateLocale("en;q=0.5,ko;q=0.9")).toBe("ko");
    expect(negotiateLocale("ja-JP,ja;q=0.9,en;q=0.8,ko;q=0.7")).toBe("en");
  });
  it("falls back to Korean without a header and to English for other languages", () => {
    expect(negotiateLocale(undefined)).toBe("ko");
    expect(negotiateLocale("")).toBe("ko");
    expect(negotiateLocale("*")).toBe("ko");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("en");
    expect(negotiateLocale("ko;q=0,fr")).toBe("en");
  });
});

describe("resolveLocale", () => {
  it("prefers the switch's cookie over the browser, ignoring an unknown cookie", () => {
    expect(resolveLocale("en", "ko-KR")).toBe("en");
    expect(resolveLocale("ko", "en-US")).toBe("ko");
    expect(resolveLocale("de", "en-US")).toBe("en");
  });
});

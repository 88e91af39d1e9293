import { describe, expect, it } from "vitest";
import { readerLocale } from "./reader-locale";

const locale = (headers: Record<string, string>) => readerLocale(new Headers(headers));

describe("readerLocale", () => {
  it("is none for a request that names no language: no header, or only the wildcard", () => {
    expect(locale({})).toBeNull();
    // Node's fetch (undici) sends "Accept-Language: *" unless told otherwise
    expect(locale({ "accept-language": "*" })).toBeNull();
    expect(locale({ "accept-language": " *;q=0.8 " })).toBeNull();
  });

  it("follows the language a browser or the switch's cookie names", () => {
    expect(locale({ "accept-language": "ko-KR,ko;q=0.9,en;q=0.8" })).toBe("ko");
    expect(locale({ "accept-language": "en-US,*;q=0.5" })).toBe("en");
    expect(locale({ "accept-language": "fr-FR" })).toBe("en");
    expect(locale({ "accept-language": "*", cookie: "a=1; NEXT_LOCALE=ko" })).toBe("ko");
  });
});

// Pure parts of the redirect: device class, bots, the Location, codes, visitor keys,
// what is kept of a referrer and a country header, and the 404 page's language.
import { describe, expect, it } from "vitest";
import { withClickId } from "./destination-url.ts";
import { deviceClass } from "./device-class.ts";
import {
  generateLinkCode,
  generatePromoCode,
  LINK_CODE_PATTERN,
  PROMO_CODE_LENGTH,
} from "./generate-code.ts";
import { isBot } from "./is-bot.ts";
import { cleanCountry, cleanReferrer } from "./visit-facts.ts";
import { clickIdFor, hourBucket, visitorHash } from "./visitor.ts";

const UA = {
  iphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  galaxy:
    "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  galaxyTab:
    "Mozilla/5.0 (Linux; Android 13; SM-X710N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  ipad: "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
  windows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  naverInApp:
    "Mozilla/5.0 (Linux; Android 14; SM-S928N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.6.3)",
  googlebot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  curl: "curl/8.8.0",
  facebookPreview: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  smartTv: "Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/537.36 SamsungBrowser/4.0",
};

describe("deviceClass", () => {
  it.each([
    ["iphone", "MOBILE"],
    ["galaxy", "MOBILE"],
    ["naverInApp", "MOBILE"],
    ["galaxyTab", "TABLET"],
    ["ipad", "TABLET"],
    ["windows", "DESKTOP"],
    ["mac", "DESKTOP"],
    ["smartTv", "OTHER"],
  ] as const)("%s is %s", (key, expected) => {
    expect(deviceClass(UA[key])).toBe(expected);
  });

  it("has no class without a user agent", () => {
    expect(deviceClass(null)).toBe("OTHER");
    expect(deviceClass("")).toBe("OTHER");
  });
});

describe("isBot", () => {
  it.each(["googlebot", "curl", "facebookPreview"] as const)("drops %s", (key) => {
    expect(isBot(UA[key])).toBe(true);
  });
  it.each(["iphone", "galaxy", "naverInApp", "ipad", "windows", "mac"] as const)(
    "keeps %s",
    (key) => {
      expect(isBot(UA[key])).toBe(false);
    },
  );
  it("treats a missing or blank user agent as no browser", () => {
    expect(isBot(null)).toBe(true);
    expect(isBot("   ")).toBe(true);
  });
});

describe("withClickId", () => {
  it("appends cm_click to a bare URL", () => {
    expect(withClickId("https://shop.example/p/1", "abc")).toBe(
      "https://shop.example/p/1?cm_click=abc",
    );
  });
  it("keeps the existing query and puts the fragment last", () => {
    expect(withClickId("https://shop.example/p?utm_source=yt&x=a%20b#reviews", "abc")).toBe(
      "https://shop.example/p?utm_source=yt&x=a+b&cm_click=abc#reviews",
    );
  });
  it("replaces a cm_click that is already there instead of adding a second", () => {
    expect(withClickId("https://shop.example/?cm_click=old&a=1", "new")).toBe(
      "https://shop.example/?cm_click=new&a=1",
    );
  });
  it("escapes nothing a click id could break (base64url)", () => {
    const id = "A-b_9".repeat(3);
    expect(new URL(withClickId("https://shop.example/", id)).searchParams.get("cm_click")).toBe(id);
  });
});

describe("codes", () => {
  it("link codes are 10 URL-safe characters and do not repeat", () => {
    const codes = Array.from({ length: 5_000 }, generateLinkCode);
    for (const c of codes) expect(c).toMatch(LINK_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
    expect(encodeURIComponent(codes[0])).toBe(codes[0]);
  });
  it("promo codes are upper case without look-alike characters", () => {
    const codes = Array.from({ length: 2_000 }, generatePromoCode);
    for (const c of codes) {
      expect(c).toHaveLength(PROMO_CODE_LENGTH);
      expect(c).toMatch(/^[2-9A-HJKMNP-Z]+$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("visitor keys", () => {
  const salt = "test-salt-of-sixteen+";
  it("hashes IP and user agent together under the salt, never containing the IP", () => {
    const h = visitorHash(salt, "203.0.113.7", UA.iphone);
    expect(h).not.toContain("203.0.113.7");
    expect(h).toBe(visitorHash(salt, "203.0.113.7", UA.iphone));
    expect(h).not.toBe(visitorHash(salt, "203.0.113.7", UA.galaxy));
    expect(h).not.toBe(visitorHash(salt, "203.0.113.8", UA.iphone));
    expect(h).not.toBe(visitorHash("another-salt-value!", "203.0.113.7", UA.iphone));
  });
  it("buckets a time to the start of its UTC hour", () => {
    expect(hourBucket(new Date("2026-12-04T08:59:59.999Z")).toISOString()).toBe(
      "2026-12-04T08:00:00.000Z",
    );
    expect(hourBucket(new Date("2026-12-04T09:00:00.000Z")).toISOString()).toBe(
      "2026-12-04T09:00:00.000Z",
    );
  });
  it("derives one click id per link, visitor and hour", () => {
    const hour = new Date("2026-12-04T08:00:00Z");
    const id = clickIdFor(salt, "link-1", "v", hour);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(clickIdFor(salt, "link-1", "v", hour)).toBe(id);
    expect(clickIdFor(salt, "link-2", "v", hour)).not.toBe(id);
    expect(clickIdFor(salt, "link-1", "w", hour)).not.toBe(id);
    expect(clickIdFor(salt, "link-1", "v", new Date("2026-12-04T09:00:00Z"))).not.toBe(id);
  });
});

describe("visit facts", () => {
  it("keeps a referrer's origin and path only", () => {
    expect(cleanReferrer("https://www.youtube.com/watch?v=abc&email=a@b.c#t=1")).toBe(
      "https://www.youtube.com/watch",
    );
    expect(cleanReferrer("android-app://com.google.android.youtube/")).toBeNull();
    expect(cleanReferrer("not a url")).toBeNull();
    expect(cleanReferrer(null)).toBeNull();
    expect(cleanReferrer(`https://a.example/${"x".repeat(2000)}`)).toHaveLength(512);
  });
  it("keeps two-letter countries, not unknown or Tor", () => {
    expect(cleanCountry("kr")).toBe("KR");
    expect(cleanCountry(" US ")).toBe("US");
    expect(cleanCountry("XX")).toBeNull();
    expect(cleanCountry("T1")).toBeNull();
    expect(cleanCountry("KOR")).toBeNull();
    expect(cleanCountry(null)).toBeNull();
  });
});

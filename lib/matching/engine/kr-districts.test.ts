import { describe, expect, it } from "vitest";
import { KR_DISTRICTS, OVERLAPPING_DISTRICTS } from "./kr-districts.ts";
import { DISTRICT_KEYS, KR_REGIONS, type KrRegion } from "./regions.ts";

const SUFFIX: Record<string, string> = { 구: "gu", 군: "gun", 시: "si" };

function rowsIn(region: KrRegion) {
  return KR_DISTRICTS.filter(([, , r]) => r === region);
}

function provincesOf(hangul: string): KrRegion[] {
  return KR_DISTRICTS.filter(([h]) => h === hangul).map(([, , r]) => r);
}

describe("KR_DISTRICTS", () => {
  it("names every unit in Hangul ending in 구, 군 or 시", () => {
    for (const [hangul] of KR_DISTRICTS) {
      expect(hangul, hangul).toMatch(/^[가-힣]+[구군시]$/);
      expect(hangul.length, hangul).toBeGreaterThanOrEqual(2);
    }
  });

  it("romanizes every unit with a -gu, -gun or -si suffix matching the Hangul one", () => {
    for (const [hangul, roman] of KR_DISTRICTS) {
      expect(roman, roman).toMatch(/^[A-Z][a-z]+-(gu|gun|si)$/);
      const suffix = roman.slice(roman.lastIndexOf("-") + 1);
      expect(suffix, `${hangul} / ${roman}`).toBe(SUFFIX[hangul.at(-1)!]);
    }
  });

  it("lists each [Hangul, province] and [romanization, province] pair once", () => {
    const hangulKeys = KR_DISTRICTS.map(([h, , r]) => `${h}|${r}`);
    const romanKeys = KR_DISTRICTS.map(([, e, r]) => `${e}|${r}`);
    expect(hangulKeys.filter((k, i) => hangulKeys.indexOf(k) !== i)).toEqual([]);
    expect(romanKeys.filter((k, i) => romanKeys.indexOf(k) !== i)).toEqual([]);
  });

  it("uses only known provinces, grouped in KR_REGIONS order", () => {
    const known: readonly string[] = KR_REGIONS;
    let last = -1;
    for (const [hangul, , region] of KR_DISTRICTS) {
      const index = known.indexOf(region);
      expect(index, `${hangul} → ${region}`).toBeGreaterThanOrEqual(0);
      expect(index, `${hangul} → ${region} is out of order`).toBeGreaterThanOrEqual(last);
      last = index;
    }
  });

  it("holds the autonomous units of the special and metropolitan cities", () => {
    const counts = Object.fromEntries(KR_REGIONS.map((r) => [r, rowsIn(r).length]));
    expect(counts).toMatchObject({
      Seoul: 25,
      Busan: 16, // 15 gu + 기장군
      Daegu: 9, // 7 gu + 달성군, 군위군
      Incheon: 13, // 9 gu since July 2026 + 강화군, 옹진군 + the former 중구, 동구
      Gwangju: 5,
      Daejeon: 5,
      Ulsan: 5, // 4 gu + 울주군
      Sejong: 0,
      Jeju: 2,
    });
  });

  it("holds every si and gun of the provinces", () => {
    const kinds = (region: KrRegion) => {
      const rows = rowsIn(region);
      return {
        si: rows.filter(([h]) => h.endsWith("시")).length,
        gun: rows.filter(([h]) => h.endsWith("군")).length,
      };
    };
    expect(kinds("Gyeonggi")).toEqual({ si: 28, gun: 3 });
    expect(kinds("Gangwon")).toEqual({ si: 7, gun: 11 });
    expect(kinds("Chungbuk")).toEqual({ si: 3, gun: 8 });
    expect(kinds("Chungnam")).toEqual({ si: 8, gun: 7 });
    expect(kinds("Jeonbuk")).toEqual({ si: 6, gun: 8 });
    expect(kinds("Jeonnam")).toEqual({ si: 5, gun: 17 });
    expect(kinds("Gyeongbuk")).toEqual({ si: 10, gun: 12 });
    expect(kinds("Gyeongnam")).toEqual({ si: 8, gun: 10 });
    // National totals: 75 si (+ Jeju's 2 administrative si), 82 gun.
    expect(KR_DISTRICTS.filter(([h]) => h.endsWith("시"))).toHaveLength(77);
    expect(KR_DISTRICTS.filter(([h]) => h.endsWith("군"))).toHaveLength(82);
  });

  it("maps well-known districts to their province", () => {
    expect(provincesOf("해운대구")).toEqual(["Busan"]);
    expect(provincesOf("분당구")).toEqual(["Gyeonggi"]);
    expect(provincesOf("일산동구")).toEqual(["Gyeonggi"]);
    expect(provincesOf("원미구")).toEqual(["Gyeonggi"]);
    expect(provincesOf("군위군")).toEqual(["Daegu"]);
    expect(provincesOf("마산합포구")).toEqual(["Gyeongnam"]);
    expect(provincesOf("광주시")).toEqual(["Gyeonggi"]);
    expect(provincesOf("고성군").sort()).toEqual(["Gangwon", "Gyeongnam"]);
    expect(new Set(provincesOf("중구")).size).toBeGreaterThanOrEqual(5);
    expect(new Set(provincesOf("강서구"))).toEqual(new Set(["Seoul", "Busan"]));
  });

  it("holds the units created in 2026", () => {
    for (const [name, province] of [
      ["동탄구", "Gyeonggi"],
      ["병점구", "Gyeonggi"],
      ["만세구", "Gyeonggi"],
      ["효행구", "Gyeonggi"],
      ["제물포구", "Incheon"],
      ["영종구", "Incheon"],
      ["검단구", "Incheon"],
    ] as const) {
      expect([name, provincesOf(name)]).toEqual([name, [province]]);
    }
  });
});

describe("OVERLAPPING_DISTRICTS", () => {
  it("names real districts, each overlap both ways", () => {
    expect(OVERLAPPING_DISTRICTS.size).toBeGreaterThan(0);
    for (const [key, others] of OVERLAPPING_DISTRICTS) {
      expect(DISTRICT_KEYS.has(key), key).toBe(true);
      for (const other of others) {
        expect(DISTRICT_KEYS.has(other), other).toBe(true);
        expect(OVERLAPPING_DISTRICTS.get(other), `${other} -> ${key}`).toContain(key);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  parseAgeRange,
  parseGender,
  toAgeVector,
  toCountryShares,
  toGenderVector,
} from "./audience.ts";
import { DISTRICT_OPTIONS, districtLabel } from "./district-label.ts";
import { DISTRICT_CENTRES } from "./kr-district-centres.ts";
import { distanceKm, spreadFromHome } from "./district-spread.ts";
import {
  DISTRICTS_PER_PROVINCE,
  estimatedRegionShare,
  isDistrictKey,
  provinceOfDistrictKey,
  normalizeDistrict,
  normalizePlace,
  normalizeRegion,
  provincesOfDistrict,
} from "./regions.ts";

/** Each raw place and what normalizeRegion reads it as (the raw text kept in failures). */
function expectRegions(cases: ReadonlyArray<[raw: string, region: string]>) {
  for (const [raw, region] of cases) expect([raw, normalizeRegion(raw)]).toEqual([raw, region]);
}
import {
  categorySimilarity,
  normalizeCategories,
  normalizeCategory,
  isKnownCategory,
  relatedCategories,
} from "./taxonomy.ts";

describe("category taxonomy", () => {
  it("normalises aliases, Korean names and unknown slugs", () => {
    expect(normalizeCategory(" Makeup ")).toBe("beauty");
    expect(normalizeCategory("K-Pop")).toBe("kpop");
    expect(normalizeCategory("먹방")).toBe("food");
    expect(normalizeCategory("Board Games Cafe")).toBe("board-games-cafe");
    expect(normalizeCategories(["Beauty", "cosmetics", "fashion"])).toEqual(["beauty", "fashion"]);
  });

  it("reads real-world labels: YouTube's categories part by part, Korean compounds, spellings", () => {
    const cases: [string, string[]][] = [
      ["Howto & Style", ["fashion"]],
      ["People & Blogs", ["lifestyle"]],
      ["Pets & Animals", ["pets"]],
      ["Science & Technology", ["education", "tech"]],
      ["Beauty & Fashion", ["beauty", "fashion"]],
      ["뷰티/화장품", ["beauty"]],
      ["뷰티/패션", ["beauty", "fashion"]],
      ["게임 & 테크", ["gaming", "tech"]],
      ["헬스케어", ["health"]],
      ["e스포츠", ["gaming"]],
      ["Nail art", ["beauty"]],
      // a common word inside a longer label is not the category
      ["It girl", ["it-girl"]],
      ["Game of Thrones", ["game-of-thrones"]],
      ["메이크업", ["beauty"]],
      ["스킨케어", ["beauty"]],
      ["홈트", ["fitness"]],
      ["맛집탐방", ["food"]],
      ["게임방송", ["gaming"]],
      ["K-Beauty", ["beauty"]],
      ["e-sports", ["gaming"]],
      ["Video Games", ["gaming"]],
      // nothing known in it: kept as its own slug
      ["News & Politics", ["news-&-politics"]],
    ];
    for (const [label, expected] of cases) {
      expect([label, normalizeCategories([label])]).toEqual([label, expected]);
      expect([label, normalizeCategory(label)]).toEqual([label, expected[0]]);
    }
    expect(isKnownCategory(normalizeCategory("ASMR"))).toBe(false);
    expect(isKnownCategory(normalizeCategory("스킨케어"))).toBe(true);
  });

  it("gives full credit to the same category, partial to related ones, none otherwise", () => {
    expect(categorySimilarity("beauty", "beauty")).toBe(1);
    expect(categorySimilarity("food", "cooking")).toBe(0.8);
    expect(categorySimilarity("cooking", "food")).toBe(0.8);
    expect(categorySimilarity("beauty", "auto")).toBe(0);
    expect(categorySimilarity("board-games", "board-games")).toBe(1);
    expect(relatedCategories("music")[0]).toEqual({ category: "kpop", similarity: 0.7 });
  });
});

describe("regions", () => {
  it("normalises Korean region names", () => {
    for (const raw of ["Seoul", "seoul-si", "Seoul Special City", "서울", "서울특별시"])
      expect(normalizeRegion(raw)).toBe("Seoul");
    expect(normalizeRegion("Gyeonggi-do")).toBe("Gyeonggi");
    expect(normalizeRegion("경상남도")).toBe("Gyeongnam");
    expect(normalizeRegion("Tokyo")).toBe("Tokyo");
    expect(normalizeRegion("  ")).toBeNull();
  });

  it("finds the province or metropolitan city in an address, the first one named", () => {
    const cases: Array<[raw: string, region: string]> = [
      ["부산 해운대구", "Busan"],
      ["부산해운대구", "Busan"],
      ["Haeundae-gu, Busan", "Busan"],
      ["Busan, South Korea", "Busan"],
      ["Seoul, KR", "Seoul"],
      ["Gangnam-gu, Seoul", "Seoul"],
      ["서울특별시 강남구", "Seoul"],
      ["경기도 성남시 분당구", "Gyeonggi"],
      // the province first: the city of Gwangju in Gyeonggi is not Gwangju
      ["경기도 광주시", "Gyeonggi"],
      ["Cheonan, South Chungcheong", "Chungnam"],
      // English goes from the street up; Gwangju in Gyeonggi is Gyeonggi either way
      ["Daejeon Station, Seoul", "Seoul"],
      ["Gwangju-si, Gyeonggi-do", "Gyeonggi"],
      ["광주 (경기)", "Gyeonggi"],
      ["광주광역시 서구", "Gwangju"],
      ["Tokyo, Japan", "Tokyo, Japan"],
    ];
    expectRegions(cases);
  });

  it("reads a district, city or county alone as its province, unless several share its name", () => {
    const cases: Array<[raw: string, region: string]> = [
      ["해운대", "Busan"],
      ["해운대구", "Busan"],
      ["Haeundae-gu", "Busan"],
      ["분당구 정자동", "Gyeonggi"],
      ["분당구정자동", "Gyeonggi"],
      ["Bundang-gu, Seongnam-si", "Gyeonggi"],
      ["Suwon", "Gyeonggi"],
      ["Suwon City", "Gyeonggi"],
      ["포항시 북구", "Gyeongbuk"],
      ["Nam-gu, Pohang", "Gyeongbuk"],
      ["Changwon-si", "Gyeongnam"],
      ["제주시", "Jeju"],
      ["서귀포", "Jeju"],
      ["강남", "Seoul"],
      ["일산", "Gyeonggi"],
      ["판교", "Gyeonggi"],
      // in several provinces: nothing is guessed until the city is named
      ["중구", "중구"],
      ["Jung-gu", "Jung-gu"],
      ["강서구", "강서구"],
      ["고성군", "고성군"],
      ["부산 중구", "Busan"],
      ["Jung-gu, Daegu", "Daegu"],
      // the unambiguous name decides
      ["중구 Suwon-si", "Gyeonggi"],
      ["Bundang gu", "Gyeonggi"],
      ["검단구", "Incheon"],
      ["동작구", "Seoul"],
      ["Anyang-si", "Gyeonggi"],
      // 광주시 alone is in Gyeonggi or is 광주광역시
      ["광주시", "광주시"],
      ["Gwangju-si", "Gwangju-si"],
      // short or everyday words, parts of words, cities abroad: no districts
      ["Dong", "Dong"],
      ["동작", "동작"],
      ["영동", "영동"],
      ["고양이", "고양이"],
      ["일산화탄소", "일산화탄소"],
      ["Jinan, Shandong", "Jinan, Shandong"],
      ["Anyang, Henan", "Anyang, Henan"],
      ["Ha Nam", "Ha Nam"],
      ["Paris", "Paris"],
    ];
    expectRegions(cases);
    expect(provincesOfDistrict("중구")).toEqual([
      "Seoul",
      "Busan",
      "Daegu",
      "Incheon",
      "Daejeon",
      "Ulsan",
    ]);
    expect(provincesOfDistrict("Goseong-gun")).toEqual(["Gangwon", "Gyeongnam"]);
    expect(provincesOfDistrict("광주시")).toEqual(["Gwangju", "Gyeonggi"]);
    expect(provincesOfDistrict("Buk gu")).toEqual([
      "Busan",
      "Daegu",
      "Gwangju",
      "Ulsan",
      "Gyeongbuk",
    ]);
    expect(provincesOfDistrict("Tokyo")).toEqual([]);
  });

  it("estimates the share of a creator's audience in target regions from its home", () => {
    const busan = new Set(["Busan"]);
    // 40% at home + 45% spread over the country by population (6.4%)
    expect(estimatedRegionShare("Busan", busan)).toBeCloseTo(0.4 + 0.45 * 0.064, 10);
    // neighbour Gyeongnam: 15% over its neighbours by population + the national part
    const gyeongnamNeighbours = 0.064 + 0.021 + 0.046;
    expect(estimatedRegionShare("Gyeongnam", busan)).toBeCloseTo(
      (0.15 * 0.064) / gyeongnamNeighbours + 0.45 * 0.064,
      10,
    );
    expect(estimatedRegionShare(null, busan)).toBeCloseTo(0.064, 10);
  });
});

describe("districts", () => {
  it("reads the district a place is in, however it is written", () => {
    const cases: Array<[string, string | null]> = [
      ["서울 강남구 역삼동", "Seoul:강남구"],
      ["서울특별시강남구", "Seoul:강남구"],
      ["Gangnam-gu, Seoul", "Seoul:강남구"],
      ["gangnam", "Seoul:강남구"],
      ["부산해운대구", "Busan:해운대구"],
      ["Haeundae-gu", "Busan:해운대구"],
      ["해운대", "Busan:해운대구"],
      ["서울 중구", "Seoul:중구"],
      ["Jung-gu, Busan", "Busan:중구"],
      // a gu of an ordinary city is in its city, the unit campaigns target
      ["경기도 성남시 분당구", "Gyeonggi:성남시"],
      ["Bundang gu, Seongnam", "Gyeonggi:성남시"],
      ["수원시 권선구", "Gyeonggi:수원시"],
      ["경남 창원시 마산합포구", "Gyeongnam:창원시"],
      // a city and its gu run together, as the weather service's list writes them
      ["경북 포항시남구", "Gyeongbuk:포항시"],
      ["경기도 수원시장안구", "Gyeonggi:수원시"],
      ["서울 중구청", "Seoul:중구"],
      // a neighbourhood alone names no district, nor does a word that starts like one
      ["부산 남포동", null],
      ["경북 남구미", null],
      ["경기 호수지구", null],
      ["부산 서구식", null],
      ["서울 중구난방", null],
      // areas people name instead of their district
      ["분당", "Gyeonggi:성남시"],
      ["홍대", "Seoul:마포구"],
      ["경기 광주시", "Gyeonggi:광주시"],
      ["제주시", "Jeju:제주시"],
      ["Jeju City", "Jeju:제주시"],
      ["경기 광주", "Gyeonggi:광주시"],
      ["Gwangju, Gyeonggi", "Gyeonggi:광주시"],
      // a district key reads as itself
      ["Seoul:강남구", "Seoul:강남구"],
      // a region alone, a name in several regions, two districts, no district at all
      ["Seoul", null],
      ["제주", null],
      ["세종", null],
      ["중구", null],
      ["광주시", null],
      ["서울 강남구 서초구", null],
      ["Tokyo", null],
      ["", null],
    ];
    for (const [raw, district] of cases) {
      expect([raw, normalizeDistrict(raw)]).toEqual([raw, district]);
    }
  });

  it("reads a district key as its region", () => {
    expect(normalizeRegion("Seoul:강남구")).toBe("Seoul");
    expect(normalizeRegion("Gyeonggi:성남시")).toBe("Gyeonggi");
  });

  it("reads a campaign's places as districts where they name one, else regions", () => {
    expect(["서울 마포구", "Seoul:마포구", "부산", "Tokyo", " "].map(normalizePlace)).toEqual([
      "Seoul:마포구",
      "Seoul:마포구",
      "Busan",
      "Tokyo",
      null,
    ]);
  });

  it("counts each region's districts once, a city's gu in its city", () => {
    expect(DISTRICTS_PER_PROVINCE.Seoul).toBe(25);
    expect(DISTRICTS_PER_PROVINCE.Gyeonggi).toBe(31);
    expect(DISTRICTS_PER_PROVINCE.Sejong).toBe(0);
    expect(isDistrictKey("Gyeonggi:분당구")).toBe(false);
    expect(isDistrictKey("Gyeonggi:성남시", "Gyeonggi")).toBe(true);
    expect(isDistrictKey("Gyeonggi:성남시", "Seoul")).toBe(false);
  });

  it("places every district, each near the others of its region", () => {
    const keys = Object.values(DISTRICT_OPTIONS).flatMap((o) => o.map((d) => d.key));
    expect(Object.keys(DISTRICT_CENTRES).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const [lat, lng] = DISTRICT_CENTRES[key];
      expect([key, lat > 33 && lat < 38.7 && lng > 124.5 && lng < 131]).toEqual([key, true]);
      // a digit wrong would put it far from its region (울릉군 is an island 140 km out)
      const nearest = Math.min(
        ...keys
          .filter((k) => k !== key && provinceOfDistrictKey(k) === provinceOfDistrictKey(key))
          .map((k) => distanceKm(DISTRICT_CENTRES[key], DISTRICT_CENTRES[k])),
      );
      expect([key, nearest < (key === "Gyeongbuk:울릉군" ? 160 : 50)]).toEqual([key, true]);
    }
    // Seoul City Hall to Busan City Hall: ~325 km
    expect(distanceKm([37.5665, 126.978], [35.1798, 129.075])).toBeCloseTo(325, -1);
  });

  it("spreads a local creator's audience over its region, nearer districts more", () => {
    for (const [region, options] of Object.entries(DISTRICT_OPTIONS)) {
      for (const { key: home } of options) {
        const total = options.reduce((sum, { key }) => sum + spreadFromHome(home, key), 0);
        expect([home, total]).toEqual([home, expect.closeTo(1, 9)]);
        expect(spreadFromHome(home, region === "Seoul" ? "Busan:해운대구" : "Seoul:중구")).toBe(0);
      }
    }
    const fromMapo = (d: string) => spreadFromHome("Seoul:마포구", `Seoul:${d}`);
    // its own district first, then next door, then across the river, then the far east
    expect(fromMapo("마포구")).toBeGreaterThan(fromMapo("서대문구"));
    expect(fromMapo("서대문구")).toBeGreaterThan(fromMapo("강남구"));
    expect(fromMapo("강남구")).toBeGreaterThan(fromMapo("강동구"));
    // a creator without a district spreads evenly: not a home here
    expect(spreadFromHome("Seoul", "Seoul:마포구")).toBe(0);
  });

  it("names a district in each language", () => {
    const named = (r: string) => ({ Seoul: "서울", Gyeonggi: "경기" })[r] ?? r;
    expect(districtLabel("Seoul:강남구", "ko", named)).toBe("서울 강남구");
    expect(districtLabel("Gyeonggi:성남시", "en", (r) => r)).toBe("Seongnam-si, Gyeonggi");
    expect(districtLabel("Seoul", "en", (r) => r)).toBeNull();
  });
});

describe("audience parsing", () => {
  it("reads YouTube Analytics' and people's age ranges", () => {
    expect(parseAgeRange("age18-24")).toEqual(["18-24"]);
    expect(parseAgeRange("65-")).toEqual(["65+"]);
    expect(parseAgeRange("18-34")).toEqual(["18-24", "25-34"]);
    expect(parseAgeRange("40+")).toEqual(["35-44", "45-54", "55-64", "65+"]);
    expect(parseAgeRange("teens")).toBeNull();
    expect(parseGender("Women")).toBe("female");
    expect(parseGender("any")).toBe("any");
  });

  it("normalises shares given in percent or partially", () => {
    expect(toAgeVector({ "18-24": 30, "25-34": 70 })).toEqual([0, 0.3, 0.7, 0, 0, 0, 0]);
    expect(toAgeVector({})).toEqual([]);
    expect(toCountryShares({ kr: 90, us: 10 })).toEqual({ KR: 0.9, US: 0.1 });
    expect(toCountryShares({ KR: 0.6 })).toEqual({ KR: 0.6 });
    // names and three-letter codes of the common countries, anything else dropped
    expect(
      toCountryShares({ "South Korea": 0.5, KOR: 0.25, 대한민국: 0.125, Japan: 0.125 }),
    ).toEqual({
      KR: 0.875,
      JP: 0.125,
    });
    expect(toCountryShares({ Atlantis: 1 })).toBeNull();
    expect(toCountryShares({ UK: 1 })).toEqual({ GB: 1 });
    // a partial list names the top buckets only: the rest is not theirs
    expect(toAgeVector({ "18-24": 0.2 }).map((x) => Math.round(x * 1000) / 1000)).toEqual([
      0.133, 0.2, 0.133, 0.133, 0.133, 0.133, 0.133,
    ]);
    expect(toGenderVector({ female: 0.3 })).toEqual([0.3, 0.7]);
    expect(toGenderVector({ female: 0.3, male: 0.2 })).toEqual([0.6, 0.4]);
    expect(toGenderVector({ female: 60, male: 40 })).toEqual([0.6, 0.4]);
    // in percent, as YouTube Analytics writes them, and partial
    expect(toGenderVector({ female: 30 })).toEqual([0.3, 0.7]);
    expect(toAgeVector({ "18-24": 20 }).map((x) => Math.round(x * 1000) / 1000)).toEqual([
      0.133, 0.2, 0.133, 0.133, 0.133, 0.133, 0.133,
    ]);
    // a ratio written 7 and 3 is proportions
    expect(toGenderVector({ female: 7, male: 3 })).toEqual([0.7, 0.3]);
  });
});

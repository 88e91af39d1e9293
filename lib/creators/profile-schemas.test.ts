import { describe, expect, it } from "vitest";
import { ProfileSchema } from "./profile-schemas.ts";

const profile = { categories: ["food"], region: "Seoul", languages: ["ko"] };

describe("ProfileSchema", () => {
  it("takes a district of the home region, or none", () => {
    expect(ProfileSchema.parse({ ...profile, district: "Seoul:마포구" }).district).toBe(
      "Seoul:마포구",
    );
    expect(ProfileSchema.parse(profile).district).toBeNull();
    expect(ProfileSchema.parse({ ...profile, district: null }).district).toBeNull();
  });

  it("refuses a district of another region, a city's gu, or a place as written", () => {
    for (const district of ["Busan:해운대구", "Gyeonggi:분당구", "마포구", "Seoul", 7]) {
      const r = ProfileSchema.safeParse({ ...profile, district });
      expect(r.success, String(district)).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["district"]);
    }
  });
});

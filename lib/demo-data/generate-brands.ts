// Brands and local stores from brand-list.ts, each with an owning brand manager (the
// first two belong to the demo accounts) and, for some, a second team member.
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { koreanName } from "./korean-names.ts";
import { BRAND_LIST, type BrandSeed } from "./brand-list.ts";
import { GIVEN_NAMES, SURNAMES } from "./catalog.ts";
import { Rng } from "../random/seeded-random.ts";
import type { BrandMemberRow, BrandRow, UserRow } from "./types.ts";

const DAY = 86_400_000;

export type GeneratedBrand = {
  brand: BrandRow;
  seed: BrandSeed;
  owner: UserRow;
  members: UserRow[];
  memberships: BrandMemberRow[];
};

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function generateBrands(seed: string, now: number): GeneratedBrand[] {
  return BRAND_LIST.map((s, i) => {
    const r = Rng.fromKey(`${seed}:brand:${i}`);
    const slug = slugOf(s.roman);
    const createdAt = i < 2 ? now - 640 * DAY : now - r.uniform(400, 900) * DAY;
    const local = s.kind === "LOCAL_STORE";
    const brand: BrandRow = {
      id: r.uuid(),
      name: s.name,
      kind: s.kind,
      category: s.category,
      city: s.city,
      district: s.district,
      priceLevel:
        i === 0
          ? 3
          : i === 1
            ? 2
            : local
              ? r.weighted([1, 2, 3, 4], [2, 5, 3, 1])
              : r.weighted([1, 2, 3, 4], [1, 4, 4, 2]),
      naverPlaceUrl:
        local || r.chance(0.3)
          ? `https://map.naver.com/p/entry/place/${r.int(11_000_000, 1_999_999_999)}`
          : null,
      websiteUrl: local && r.chance(0.6) ? null : `https://www.${slug.replace(/-/g, "")}.co.kr`,
      plan:
        i === 0
          ? "PREMIUM"
          : i === 1
            ? "BASIC"
            : r.weighted(
                ["FREE", "BASIC", "PREMIUM", "ENTERPRISE"] as const,
                local ? [4, 4, 1, 0] : [1, 3, 4, 2],
              ),
      createdAt,
    };
    const demo = i === 0 ? DEMO_ACCOUNTS.brand : i === 1 ? DEMO_ACCOUNTS.otherBrand : null;
    const person = () => {
      const given = r.pick(GIVEN_NAMES);
      return koreanName(given, r.pick(SURNAMES));
    };
    const owner: UserRow = {
      id: r.uuid(),
      email: demo?.email ?? `owner@${slug}.example.com`,
      name: demo?.name ?? `${person()} (${s.name})`,
      role: "BRAND_MANAGER",
      lastLoginAt: now - r.exponential(6) * DAY,
      createdAt,
    };
    const members: UserRow[] = [];
    if (i >= 2 && r.chance(0.35)) {
      const joined = createdAt + r.uniform(10, 300) * DAY;
      members.push({
        id: r.uuid(),
        email: `team@${slug}.example.com`,
        name: `${person()} (${s.name})`,
        role: "BRAND_MANAGER",
        lastLoginAt: r.chance(0.7) ? Math.min(now - DAY, joined + r.uniform(1, 60) * DAY) : null,
        createdAt: joined,
      });
    }
    const memberships: BrandMemberRow[] = [
      { brandId: brand.id, userId: owner.id, role: "OWNER", createdAt },
      ...members.map((m) => ({
        brandId: brand.id,
        userId: m.id,
        role: "MEMBER" as const,
        createdAt: m.createdAt,
      })),
    ];
    return { brand, seed: s, owner, members, memberships };
  });
}

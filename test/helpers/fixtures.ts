// Creates tenants through the database, as the app would, for integration tests.
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createUser(
  role: Role,
  email = `${role.toLowerCase()}-${unique()}@test.local`,
) {
  return prisma.user.create({ data: { email, role, name: email.split("@")[0] } });
}

/** A brand with its manager (OWNER). */
export async function createBrandWithManager(name = `Brand ${unique()}`) {
  const manager = await createUser("BRAND_MANAGER");
  const brand = await prisma.brand.create({
    data: {
      name,
      category: "beauty",
      city: "Seoul",
      district: "Gangnam-gu",
      members: { create: { userId: manager.id, role: "OWNER" } },
    },
  });
  return { brand, manager };
}

export async function createCampaignFor(
  brandId: string,
  overrides: Partial<{
    title: string;
    category: string;
    createdAt: Date;
    status: "DRAFT" | "ACTIVE" | "PAUSED";
  }> = {},
) {
  return prisma.campaign.create({
    data: {
      brandId,
      // two creates can land in one millisecond: a test of newest-first order sets it
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      title: overrides.title ?? `Campaign ${unique()}`,
      category: overrides.category ?? "beauty",
      budget: 10_000_000n,
      status: overrides.status ?? "ACTIVE",
      targetAgeRanges: ["18-24", "25-34"],
      targetGenders: ["female"],
      targetCountries: ["KR"],
      targetRegions: ["Seoul"],
    },
  });
}

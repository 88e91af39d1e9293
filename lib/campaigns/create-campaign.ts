import { prisma } from "../db/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { canManageBrand } from "../auth/ownership.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import type { CreateCampaignInput } from "./schemas.ts";
import { toCampaignDto } from "./campaign-dto.ts";
import { toCampaignData } from "./campaign-data.ts";

/** Creates a DRAFT campaign for one of the user's brands; its history starts there. */
export async function createCampaign(user: SessionUser, input: CreateCampaignInput) {
  const brandId = input.brandId ?? soleBrandOf(user);
  if (!canManageBrand(user, brandId)) throw forbidden("You do not manage this brand");
  // Admins may act for any brand, so the brand may not exist at all.
  if (!(await prisma.brand.findUnique({ where: { id: brandId }, select: { id: true } }))) {
    throw notFound("Brand");
  }
  const { brandId: _ignored, ...fields } = input;
  const campaign = await prisma.campaign.create({
    data: {
      ...toCampaignData(fields),
      title: input.title,
      category: input.category,
      budget: BigInt(input.budget),
      brandId,
      createdById: user.id,
      statusChanges: { create: { toStatus: "DRAFT", actorId: user.id } },
    },
  });
  return toCampaignDto(campaign);
}

function soleBrandOf(user: SessionUser): string {
  if (user.brandIds.length === 1) return user.brandIds[0];
  throw new AppError("validation_failed", "Say which brand the campaign is for", {
    brandId: [
      user.brandIds.length ? "Required: you manage more than one brand" : "You manage no brand",
    ],
  });
}

import type { SessionUser } from "../auth/session-user.ts";
import { prisma } from "../db/client.ts";
import type { CampaignStatus } from "../db/generated/enums.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { toCampaignData } from "./campaign-data.ts";
import { toCampaignDto } from "./campaign-dto.ts";
import { campaignScope, scopedBrandIds } from "./campaign-scope.ts";
import { canChangeCampaignStatus } from "./campaign-status.ts";
import type { UpdateCampaignInput } from "./schemas.ts";

/**
 * Changes exactly the fields the input names, and the status when it names one. The
 * row is locked while the change is checked, and the write is guarded by the version
 * read, so concurrent requests serialise: a move out of COMPLETED can never commit, and
 * a caller that sent `version` gets 409 when someone else wrote first. A status move is
 * recorded in the campaign's history with who made it.
 */
export async function updateCampaign(
  user: SessionUser,
  campaignId: string,
  input: UpdateCampaignInput,
) {
  const { status, version, ...fields } = input;
  const scope = campaignScope(user);
  const brandIds = scopedBrandIds(user);
  return prisma.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<
      {
        id: string;
        status: CampaignStatus;
        version: number;
        currency: string;
        starts_at: Date | null;
        ends_at: Date | null;
      }[]
    >`SELECT id, status, version, currency, starts_at, ends_at FROM campaigns
      WHERE id = ${campaignId}::uuid
        AND (${brandIds}::uuid[] IS NULL OR brand_id = ANY(${brandIds}::uuid[]))
      FOR UPDATE`;
    if (!current) throw notFound("Campaign");
    if (version !== undefined && version !== current.version) {
      throw conflict(
        `The campaign changed since you read it (version ${version}, now ${current.version}); reload and try again`,
      );
    }
    if (current.status === "COMPLETED") {
      throw conflict("A completed campaign can no longer be changed");
    }
    if (status && !canChangeCampaignStatus(current.status, status)) {
      throw conflict(
        `${current.status === "ACTIVE" ? "An" : "A"} ${current.status.toLowerCase()} campaign cannot become ${status.toLowerCase()}`,
      );
    }
    checkCrossFieldRules(fields, current);

    const updated = await tx.campaign.update({
      where: { ...scope, id: campaignId, version: current.version },
      data: { ...toCampaignData(fields), status, version: { increment: 1 } },
    });
    if (status && status !== current.status) {
      await tx.campaignStatusChange.create({
        data: { campaignId, fromStatus: current.status, toStatus: status, actorId: user.id },
      });
    }
    return toCampaignDto(updated);
  });
}

function checkCrossFieldRules(
  input: Omit<UpdateCampaignInput, "status" | "version">,
  current: { currency: string; starts_at: Date | null; ends_at: Date | null },
) {
  const fields: Record<string, string[]> = {};
  const startsAt = input.startsAt === undefined ? current.starts_at : input.startsAt;
  const endsAt = input.endsAt === undefined ? current.ends_at : input.endsAt;
  if (startsAt && endsAt && endsAt < startsAt) {
    fields.endsAt = ["The end date must be on or after the start date"];
  }
  // A budget is an amount in its currency: changing one without the other would make
  // the stored budget mean something else.
  if (input.currency && input.currency !== current.currency && input.budget === undefined) {
    fields.budget = [`Send the budget in ${input.currency} too when changing the currency`];
  }
  if (Object.keys(fields).length) {
    throw new AppError("validation_failed", "Some fields are invalid", fields);
  }
}

"use server";
// Server actions of the onboarding forms: the creator comes from the session, never
// from the input, so a creator can only ever write their own profile.
import type { z } from "zod";
import { defineAction } from "../api/action.ts";
import { pool } from "../db/client.ts";
import { notFound } from "../errors.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { EstimatedChannelSchema, ProfileSchema, RateCardSchema } from "./profile-schemas.ts";
import { saveEstimatedChannel } from "./save-estimated-channel.ts";
import { updateCreatorProfile, updateRateCard } from "./update-creator-profile.ts";

const creatorOf = (user: SessionUser) => {
  if (!user.creatorId) throw notFound("Creator profile");
  return user.creatorId;
};

const profileAction = defineAction(
  { input: ProfileSchema, roles: ["CREATOR"] },
  async (input, { user }) => updateCreatorProfile(pool, creatorOf(user), input),
);
const rateCardAction = defineAction(
  { input: RateCardSchema, roles: ["CREATOR"] },
  async (input, { user }) => updateRateCard(pool, creatorOf(user), input),
);
const estimatedChannelAction = defineAction(
  { input: EstimatedChannelSchema, roles: ["CREATOR"] },
  async (input, { user }) => saveEstimatedChannel(pool, creatorOf(user), input),
);

export async function saveProfile(input: z.input<typeof ProfileSchema>) {
  return profileAction(input);
}
export async function saveRateCard(input: z.input<typeof RateCardSchema>) {
  return rateCardAction(input);
}
export async function saveTypedChannel(input: z.input<typeof EstimatedChannelSchema>) {
  return estimatedChannelAction(input);
}

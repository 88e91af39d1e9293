// Server actions for the brand's webhook secret (the settings page): create or rotate.
// The caller must manage the brand (404 otherwise, like every other tenant check).
import { z } from "zod";
import { defineAction } from "../api/action.ts";
import { canManageBrand } from "../auth/ownership.ts";
import { pool } from "../db/client.ts";
import { notFound } from "../errors.ts";
import { rotateWebhookSecret } from "./webhook-secret.ts";

export function rotateWebhookSecretAction(
  currentUser?: Parameters<typeof defineAction>[0]["currentUser"],
) {
  return defineAction(
    { input: z.strictObject({ brandId: z.uuid() }), roles: ["BRAND_MANAGER"], currentUser },
    async ({ brandId }, { user }) => {
      if (!canManageBrand(user, brandId)) throw notFound("Brand");
      return { secret: await rotateWebhookSecret(pool, brandId) };
    },
  );
}

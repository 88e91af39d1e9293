// Server actions for the dashboard's token page, through defineAction like every
// action. Session only: a token can never mint or revoke tokens (a read token would
// otherwise give itself write).
import { defineAction } from "../../api/action.ts";
import type { SessionUser } from "../session-user.ts";
import { createApiToken } from "./create-api-token.ts";
import { revokeApiToken } from "./revoke-api-token.ts";
import { CreateApiTokenSchema, RevokeApiTokenSchema } from "./schemas.ts";

export function createApiTokenAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: CreateApiTokenSchema, roles: ["BRAND_MANAGER"], currentUser },
    (input, { user }) => createApiToken(user, input),
  );
}

export function revokeApiTokenAction(currentUser?: () => Promise<SessionUser | null>) {
  return defineAction(
    { input: RevokeApiTokenSchema, roles: ["BRAND_MANAGER"], currentUser },
    ({ tokenId }, { user }) => revokeApiToken(user, tokenId),
  );
}

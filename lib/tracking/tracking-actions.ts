// Server actions of the match page's tracking panel, through defineAction: the same
// zod schemas and brand scope as the domain functions (another brand's match: 404).
import { defineAction } from "../api/action.ts";
import { CAMPAIGN_MANAGER_ROLES } from "../auth/roles.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { pool } from "../db/client.ts";
import { actorOf } from "../matches/actor.ts";
import { addPromoCode } from "./add-promo-code.ts";
import { addTrackingLink } from "./add-tracking-link.ts";
import { AddPromoCodeSchema, AddTrackingLinkSchema } from "./schemas.ts";

type CurrentUser = () => Promise<SessionUser | null>;

export function addTrackingLinkAction(currentUser?: CurrentUser) {
  return defineAction(
    { input: AddTrackingLinkSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    (input, { user }) => addTrackingLink(pool, actorOf(user), input),
  );
}

export function addPromoCodeAction(currentUser?: CurrentUser) {
  return defineAction(
    { input: AddPromoCodeSchema, roles: CAMPAIGN_MANAGER_ROLES, currentUser },
    (input, { user }) => addPromoCode(pool, actorOf(user), input),
  );
}

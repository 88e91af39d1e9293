import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { actorOf } from "@/lib/matches/actor";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { listMatches } from "@/lib/matches/list-matches";
import { proposeMatch } from "@/lib/matches/propose-match";
import { ListMatchesQuery, ProposeSchema } from "@/lib/matches/schemas";

export const dynamic = "force-dynamic";

// GET /api/v1/matches – the caller's matches (brand pipeline, creator inbox, admins: all), newest change first
export const GET = apiRoute({ query: ListMatchesQuery }, async ({ user, query }) =>
  listMatches(pool, actorOf(user), query),
);

// POST /api/v1/matches – propose a creator for a campaign with an offer; scored by the engine, reviewed when the rules say so
export const POST = apiRoute(
  { roles: CAMPAIGN_MANAGER_ROLES, body: ProposeSchema },
  async ({ user, body }) => {
    const match = await proposeMatch(pool, await getFeatureIndexCache(), actorOf(user), body, {
      reviewThreshold: env().REVIEW_BUDGET_THRESHOLD,
    });
    afterWorkflowCommit();
    return Response.json({ match }, { status: 201 });
  },
);

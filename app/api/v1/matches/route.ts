import { apiRoute } from "@/lib/api/route";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getFeatureIndexCache } from "@/lib/matching/feature-store/cache";
import { actorOf } from "@/lib/matches/actor";
import { afterWorkflowCommit } from "@/lib/jobs/after-commit";
import { listMatches } from "@/lib/matches/list-matches";
import { proposeMatch } from "@/lib/matches/propose-match";
import {
  ListMatchesQuery,
  MatchPageSchema,
  ProposalResultSchema,
  ProposeSchema,
} from "@/lib/matches/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

// GET /api/v1/matches – the caller's matches (brand pipeline, creator inbox, admins: all), newest change first
export const GET = apiRoute(
  {
    query: ListMatchesQuery,
    docs: {
      summary: "List matches",
      description:
        "The brand's pipeline (a creator's inbox; everything for admins), newest change first.",
      response: { schema: MatchPageSchema },
      examples: { query: { status: "NEGOTIATING", limit: "20" } },
    },
  },
  async ({ user, query }) => listMatches(pool, actorOf(user), query),
);

// POST /api/v1/matches – propose a creator for a campaign with an offer; scored by the engine, reviewed when the rules say so
export const POST = apiRoute(
  {
    roles: CAMPAIGN_MANAGER_ROLES,
    body: ProposeSchema,
    docs: {
      summary: "Propose a creator for a campaign",
      description:
        "Scored by the engine; waits for admin review when the rules say so. A draft campaign goes live (ACTIVE) with its first proposal; a paused one refuses proposals (409) until it is resumed.",
      response: { status: 201, schema: ProposalResultSchema },
      examples: {
        body: {
          campaignId: "3f1d2c4b-8a6e-4f2a-9b1c-2d3e4f5a6b7c",
          creatorId: "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f",
          offer: {
            amount: 800000,
            deliverables: "One 60-second review video",
          },
        },
      },
    },
  },
  async ({ user, body }) => {
    const { campaignActivated, ...match } = await proposeMatch(
      pool,
      await getFeatureIndexCache(),
      actorOf(user),
      body,
      { reviewThreshold: env().REVIEW_BUDGET_THRESHOLD },
    );
    afterWorkflowCommit();
    return Response.json({ match, campaignActivated }, { status: 201 });
  },
);

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });

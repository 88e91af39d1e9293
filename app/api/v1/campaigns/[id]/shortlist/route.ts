import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { scopedBrandIds } from "@/lib/campaigns/campaign-scope";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { pool } from "@/lib/db/client";
import { SHORTLIST_MAX, ShortlistChangeSchema, ShortlistSchema } from "@/lib/matches/schemas";
import { listShortlist, setShortlisted } from "@/lib/matches/shortlist";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });
const Body = ShortlistChangeSchema;
const config = { roles: CAMPAIGN_MANAGER_ROLES, params: Params } as const;
const shortlist = { schema: ShortlistSchema };
const example = {
  body: { creatorId: "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f" },
  response: {
    creatorIds: ["5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f"],
    entries: [{ creatorId: "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f", name: "뷰티하나", match: null }],
  },
};

/** POST (on) and DELETE (off): setShortlisted scopes the campaign to the caller's brands. */
const change =
  (on: boolean) =>
  ({
    user,
    params,
    body,
  }: {
    user: SessionUser;
    params: { id: string };
    body: { creatorId: string };
  }) =>
    setShortlisted(pool, scopedBrandIds(user), {
      campaignId: params.id,
      creatorId: body.creatorId,
      on,
      userId: user.id,
    });

// GET /api/v1/campaigns/:id/shortlist – creators the brand shortlisted for the campaign
export const GET = apiRoute(
  {
    ...config,
    docs: {
      summary: "The campaign's shortlist",
      response: shortlist,
      examples: { response: example.response },
    },
  },
  async ({ user, params }) => {
    await getCampaign(user, params.id); // 404 unless the caller's brand
    return listShortlist(pool, scopedBrandIds(user), params.id);
  },
);

// POST /api/v1/campaigns/:id/shortlist – add a creator {creatorId}
export const POST = apiRoute(
  {
    ...config,
    body: Body,
    docs: {
      summary: "Shortlist a creator",
      description: `A campaign's shortlist holds at most ${SHORTLIST_MAX} creators (409 beyond).`,
      response: shortlist,
      examples: example,
    },
  },
  change(true),
);

// DELETE /api/v1/campaigns/:id/shortlist – remove a creator {creatorId}
export const DELETE = apiRoute(
  {
    ...config,
    body: Body,
    docs: {
      summary: "Take a creator off the shortlist",
      response: shortlist,
      examples: { body: example.body, response: { creatorIds: [], entries: [] } },
    },
  },
  change(false),
);

export const { PUT, PATCH, OPTIONS } = otherMethods({ GET, POST, DELETE });

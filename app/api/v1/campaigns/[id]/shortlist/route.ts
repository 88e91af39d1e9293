import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { CAMPAIGN_MANAGER_ROLES } from "@/lib/auth/roles";
import { pool } from "@/lib/db/client";
import { listShortlist, setShortlisted } from "@/lib/matches/shortlist";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid() });
const Body = z.object({ creatorId: z.uuid() });
const config = { roles: CAMPAIGN_MANAGER_ROLES, params: Params } as const;

// GET /api/v1/campaigns/:id/shortlist – creators the brand shortlisted for the campaign
export const GET = apiRoute(config, async ({ user, params }) => {
  await getCampaign(user, params.id); // 404 unless the caller's brand
  return listShortlist(pool, params.id);
});

// POST /api/v1/campaigns/:id/shortlist – add a creator {creatorId}
export const POST = apiRoute({ ...config, body: Body }, async ({ user, params, body }) => {
  await getCampaign(user, params.id); // 404 unless the caller's brand
  return setShortlisted(pool, params.id, body.creatorId, true, user.id);
});

// DELETE /api/v1/campaigns/:id/shortlist – remove a creator {creatorId}
export const DELETE = apiRoute({ ...config, body: Body }, async ({ user, params, body }) => {
  await getCampaign(user, params.id); // 404 unless the caller's brand
  return setShortlisted(pool, params.id, body.creatorId, false, user.id);
});

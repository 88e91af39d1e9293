// An accepted match, reached through the real workflow step (so its tracking links are
// the ones acceptance creates), for the tracking tests. Everything is fresh per call.
import { pool, prisma } from "@/lib/db/client";
import { transitionMatch } from "@/lib/matches/transition-match";
import { createBrandWithManager, createUser } from "./fixtures";
import { insertMatchRow } from "./workflow-fixtures";

let n = 0;

export async function createAcceptedMatch(
  opts: {
    productUrl?: string | null;
    brand?: Awaited<ReturnType<typeof createBrandWithManager>>;
  } = {},
) {
  const owner = opts.brand ?? (await createBrandWithManager());
  const key = `${Date.now().toString(36)}-${(n++).toString(36)}`;
  const campaign = await prisma.campaign.create({
    data: {
      brandId: owner.brand.id,
      title: `Tracked campaign ${key}`,
      category: "beauty",
      budget: 10_000_000n,
      status: "ACTIVE",
      productUrl:
        opts.productUrl === undefined
          ? `https://shop.example/p/${key}?ref=cm#buy`
          : opts.productUrl,
    },
  });
  const creatorUser = await createUser("CREATOR");
  const creator = await prisma.creator.create({
    data: { displayName: `Creator ${key}`, userId: creatorUser.id },
  });
  const match = await insertMatchRow(creator.id, "RESPONDED", campaign.id, {
    offerAmount: 1_000_000n,
  });
  await transitionMatch(
    pool,
    { userId: creatorUser.id, role: "CREATOR", brandIds: [], creatorId: creator.id },
    match.id,
    { to: "ACCEPTED", version: match.version },
  );
  return { owner, campaign, creator, creatorUser, matchId: match.id };
}

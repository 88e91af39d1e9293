// The redirect's decision, free of HTTP: which link, whether the click counts, and
// where the visitor goes. The caller (app/r/[code]/route.ts) answers 302 only after
// the returned promise resolves, i.e. after the click is committed.
import { QueueFullError, type ClickBatcher } from "./click-batcher.ts";
import { withClickId } from "./destination-url.ts";
import { deviceClass } from "./device-class.ts";
import { LINK_CODE_PATTERN } from "./generate-code.ts";
import type { ClickRow } from "./insert-clicks.ts";
import { isBot } from "./is-bot.ts";
import type { CachedLink, LinkCache } from "./link-cache.ts";
import { clickIdFor, hourBucket, visitorHash } from "./visitor.ts";
import { cleanCountry, cleanReferrer } from "./visit-facts.ts";

export type Visit = {
  /** The client address as our proxy saw it; hashed, never stored. */
  ip: string;
  userAgent: string | null;
  referrer: string | null;
  country: string | null;
};

export type RedirectOutcome =
  | { kind: "redirect"; location: string; recorded: boolean }
  | { kind: "not_found" }
  | { kind: "unavailable"; reason: "queue_full" | "database" };

export type RedirectDeps = {
  links: LinkCache;
  batcher: ClickBatcher<ClickRow>;
  salt: string;
  now?: () => Date;
};

export async function resolveRedirect(
  deps: RedirectDeps,
  code: string,
  visit: Visit,
): Promise<RedirectOutcome> {
  if (!LINK_CODE_PATTERN.test(code)) return { kind: "not_found" };
  const cached = deps.links.get(code);
  let link: CachedLink | null;
  try {
    link = cached instanceof Promise ? await cached : cached;
  } catch {
    return { kind: "unavailable", reason: "database" };
  }
  const now = deps.now?.() ?? new Date();
  if (!link || (link.expiresAt && link.expiresAt.getTime() <= now.getTime())) {
    return { kind: "not_found" };
  }
  const userAgent = visit.userAgent ?? "";
  // A bot still goes where the link points, without a click id: nothing was recorded.
  if (isBot(userAgent)) return { kind: "redirect", location: link.destinationUrl, recorded: false };
  const hour = hourBucket(now);
  const visitor = visitorHash(deps.salt, visit.ip, userAgent);
  const clickId = clickIdFor(deps.salt, link.id, visitor, hour);
  try {
    await deps.batcher.add({
      clickId,
      linkId: link.id,
      matchId: link.matchId,
      campaignId: link.campaignId,
      creatorId: link.creatorId,
      clickedAt: now,
      hourBucket: hour,
      visitorHash: visitor,
      referrer: cleanReferrer(visit.referrer),
      deviceClass: deviceClass(userAgent),
      country: cleanCountry(visit.country),
    });
  } catch (error) {
    return {
      kind: "unavailable",
      reason: error instanceof QueueFullError ? "queue_full" : "database",
    };
  }
  return { kind: "redirect", location: withClickId(link.destinationUrl, clickId), recorded: true };
}

// The links and promo codes of one match, for whoever may see the match (brand, its
// creator, admins); another tenant's match is not found (readMatchState's scope).
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import type { WorkflowActor } from "../matches/actor.ts";
import { readMatchState, type MatchState } from "../matches/read-match-state.ts";
import { AppError, conflict, forbidden, notFound } from "../errors.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { TRACKING_LIMITS } from "./schemas.ts";

export type TrackingLinkView = {
  id: string;
  code: string;
  destinationUrl: string;
  label: string | null;
  expiresAt: string | null;
  createdAt: string;
};
export type PromoCodeView = {
  id: string;
  code: string;
  expiresAt: string | null;
  createdAt: string;
};
export type MatchTracking = {
  matchId: string;
  /** Links exist from acceptance on; before it the page shows nothing. */
  active: boolean;
  links: TrackingLinkView[];
  promoCodes: PromoCodeView[];
};

const iso = (v: Date | null) => (v ? v.toISOString() : null);

/** The match as the actor may see it, or 404. */
export async function matchInScope(
  db: Queryable,
  actor: WorkflowActor,
  matchId: string,
): Promise<MatchState> {
  const match = await readMatchState(db, actor, matchId);
  if (!match) throw notFound("Match");
  return match;
}

export const isTrackable = (status: string) => status === "ACCEPTED" || status === "COMPLETED";

/**
 * Runs `add` in a transaction that holds the match's row, so that two additions at once
 * count one after the other: `add` inserts only while the match has fewer than
 * TRACKING_LIMITS.perMatch rows of its kind, and answers null when it wrote nothing.
 */
export async function addToMatch<T>(
  pool: pg.Pool,
  matchId: string,
  add: (tx: pg.PoolClient) => Promise<T | null>,
): Promise<T | null> {
  return withTransaction(pool, async (tx) => {
    await tx.query(`SELECT 1 FROM matches WHERE id = $1 FOR NO KEY UPDATE`, [matchId]);
    return add(tx);
  });
}

/** The 409 for a match that has as many links or codes as it may. */
export function tooManyForMatch(what: "tracking links" | "promo codes"): AppError {
  return conflict(`A match has at most ${TRACKING_LIMITS.perMatch} ${what}`);
}

/**
 * The match a brand adds tracking to: in the actor's scope (else 404), not by its
 * creator (403), accepted or completed (else 409).
 */
export async function trackableMatchForBrand(
  db: Queryable,
  actor: WorkflowActor,
  matchId: string,
): Promise<MatchState> {
  const match = await matchInScope(db, actor, matchId);
  if (actor.role === "CREATOR") throw forbidden("Only the brand adds tracking links and codes");
  if (!isTrackable(match.status)) {
    throw conflict("Tracking links and promo codes start when the match is accepted");
  }
  return match;
}

export async function getMatchTracking(
  db: Queryable,
  actor: WorkflowActor,
  matchId: string,
): Promise<MatchTracking> {
  const match = await matchInScope(db, actor, matchId);
  const [links, codes] = await Promise.all([
    db.query(
      `SELECT id, code, destination_url, label, expires_at, created_at
         FROM tracking_links WHERE match_id = $1 ORDER BY created_at, id LIMIT $2`,
      [match.id, TRACKING_LIMITS.perMatch],
    ),
    db.query(
      `SELECT id, code, expires_at, created_at
         FROM promo_codes WHERE match_id = $1 ORDER BY created_at, id LIMIT $2`,
      [match.id, TRACKING_LIMITS.perMatch],
    ),
  ]);
  return {
    matchId: match.id,
    active: isTrackable(match.status),
    links: links.rows.map((r) => ({
      id: r.id,
      code: r.code,
      destinationUrl: r.destination_url,
      label: r.label,
      expiresAt: iso(r.expires_at),
      createdAt: iso(r.created_at)!,
    })),
    promoCodes: codes.rows.map((r) => ({
      id: r.id,
      code: r.code,
      expiresAt: iso(r.expires_at),
      createdAt: iso(r.created_at)!,
    })),
  };
}

// Puts a match's agreed fee aside in the brand's escrow when the match is accepted
// (part of the step's statement, lib/matches/step-statement.ts, in a transaction). The
// balance moves in one conditional UPDATE of the account row: it takes the row lock, so
// of two acceptances racing for the last won one waits and then finds the balance
// short; CHECK constraints keep both columns >= 0 whatever runs. The ledger's unique
// (match, HOLD) makes a retried step hold nothing twice.
import type { SqlParams } from "../db/sql-params.ts";
import { AppError } from "../errors.ts";
import { formatMoney } from "../money.ts";
import type { Queryable } from "../reporting/queryable.ts";

export const TOP_UP_PATH = "/dashboard/billing";

export type MatchFeeHold = {
  brandId: string;
  matchId: string;
  currency: string;
  amount: bigint;
  actorId: string | null;
};

/**
 * The hold as data-modifying CTEs for the caller's statement: `hold_entry` (the ledger
 * entry, new or not) and `hold_moved` (the balance moved, only with a new entry). With
 * `gate`, nothing is written when that CTE returns no row. The UPDATE takes the account
 * row's lock and, after waiting on another's, checks the balance again on the row that
 * other committed. The caller selects `heldFeeOutcome()` and passes its two columns to
 * `assertFeeHeld` inside the same transaction.
 */
export function matchFeeHoldCtes(p: SqlParams, hold: MatchFeeHold, gate?: string): string[] {
  const brand = p.add(hold.brandId);
  const currency = p.add(hold.currency);
  const amount = p.add(String(hold.amount));
  return [
    `hold_entry AS (
       INSERT INTO escrow_entries (brand_id, currency, kind, amount, match_id, actor_id)
       SELECT ${brand}::uuid, ${currency}::char(3), 'HOLD', ${amount}::bigint,
              ${p.add(hold.matchId)}::uuid, ${p.add(hold.actorId)}::uuid
        ${gate ? `WHERE EXISTS (SELECT 1 FROM ${gate})` : ""}
       ON CONFLICT (match_id, kind) DO NOTHING RETURNING id
     )`,
    `hold_moved AS (
       UPDATE escrow_accounts
          SET available = available - ${amount}::bigint, held = held + ${amount}::bigint,
              updated_at = now()
        WHERE brand_id = ${brand}::uuid AND currency = ${currency}::char(3)
          AND available >= ${amount}::bigint AND EXISTS (SELECT 1 FROM hold_entry)
       RETURNING 1
     )`,
  ];
}

/** The columns the caller's final SELECT gives `assertFeeHeld`. */
export const heldFeeOutcome = `EXISTS (SELECT 1 FROM hold_entry) AS hold_entered,
  EXISTS (SELECT 1 FROM hold_moved) AS hold_moved`;

/**
 * Throws 409 when the hold was entered but the balance was short (the caller's
 * transaction then rolls the whole step back). Held before, or held now: fine.
 */
export async function assertFeeHeld(
  db: Queryable,
  hold: MatchFeeHold,
  outcome: { hold_entered: boolean; hold_moved: boolean },
): Promise<void> {
  if (!outcome.hold_entered || outcome.hold_moved) return;
  // Read in a statement of its own: the hold's snapshot may predate the hold that
  // another acceptance committed while this one waited for the row.
  const account = await db.query(
    `SELECT available::text FROM escrow_accounts WHERE brand_id = $1 AND currency = $2`,
    [hold.brandId, hold.currency],
  );
  const available = BigInt(account.rows[0]?.available ?? "0");
  throw escrowShort(hold.currency, available, hold.amount);
}

export function escrowShort(currency: string, available: bigint, needed: bigint): AppError {
  const money = (n: bigint) => formatMoney(n, currency);
  return new AppError(
    "conflict",
    `The brand's escrow has ${money(available)} available, ${money(needed - available)} short of ` +
      `the ${money(needed)} to put aside. The brand tops up under Billing (${TOP_UP_PATH}) first.`,
  );
}

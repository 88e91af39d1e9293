// Puts a match's agreed fee aside in the brand's escrow when the match is accepted
// (part of the step's one statement, lib/matches/step-statement.ts). The balance moves
// in one UPDATE of the account row, and the account's CHECK (available >= 0) is what
// refuses a short balance: the violation aborts the whole statement, so the step, its
// history and its notes are not written either, and the caller answers 409
// (escrowShortFor). The UPDATE takes the row lock and computes on the newest committed
// row, so of two acceptances racing for the last won one waits and then violates the
// CHECK. A brand without an account in the currency is refused before the statement
// (accounts are never deleted while their brand lives), and should the two ever
// disagree, the statement fails too: the ledger entry takes its amount from the balance
// move. A match that has its HOLD entry already holds nothing twice.
import type { SqlParams } from "../db/sql-params.ts";
import { AppError } from "../errors.ts";
import { formatMoney } from "../money.ts";
import type { Queryable } from "../reporting/queryable.ts";

export const TOP_UP_PATH = "/dashboard/billing";

const SHORT_BALANCE = "escrow_accounts_available_check";

export type MatchFeeHold = {
  brandId: string;
  matchId: string;
  currency: string;
  amount: bigint;
  actorId: string | null;
};

/**
 * The hold as data-modifying CTEs for the caller's statement: `hold_moved` (the balance
 * moved, only when the match has no HOLD entry yet) and `hold_entry` (the ledger entry,
 * whose amount is read from hold_moved). With `gate`, nothing is written when that CTE
 * returns no row. The statement fails with a CHECK violation when the balance is short
 * (isEscrowShort), and with a NOT NULL violation of the entry's amount when the brand
 * has no account in the currency (isEscrowMissing): an entry cannot be written without
 * its balance moving.
 */
export function matchFeeHoldCtes(p: SqlParams, hold: MatchFeeHold, gate?: string): string[] {
  const brand = p.add(hold.brandId);
  const currency = p.add(hold.currency);
  const amount = p.add(String(hold.amount));
  const matchId = p.add(hold.matchId);
  const due = `${gate ? `EXISTS (SELECT 1 FROM ${gate}) AND ` : ""}NOT EXISTS (
         SELECT 1 FROM escrow_entries WHERE match_id = ${matchId}::uuid AND kind = 'HOLD')`;
  return [
    `hold_moved AS (
       UPDATE escrow_accounts
          SET available = available - ${amount}::bigint, held = held + ${amount}::bigint,
              updated_at = now()
        WHERE brand_id = ${brand}::uuid AND currency = ${currency}::char(3) AND ${due}
       RETURNING ${amount}::bigint AS amount
     )`,
    `hold_entry AS (
       INSERT INTO escrow_entries (brand_id, currency, kind, amount, match_id, actor_id)
       SELECT ${brand}::uuid, ${currency}::char(3), 'HOLD', (SELECT amount FROM hold_moved),
              ${matchId}::uuid, ${p.add(hold.actorId)}::uuid
        WHERE ${due}
       RETURNING id
     )`,
  ];
}

/** Whether a failed statement with a hold in it failed because the balance was short. */
export function isEscrowShort(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === "23514" && e.constraint === SHORT_BALANCE;
}

/** Whether it failed because the brand has no account in the currency (hold_entry). */
export function isEscrowMissing(error: unknown): boolean {
  const e = error as { code?: string; table?: string; column?: string } | null;
  return e?.code === "23502" && e.table === "escrow_entries" && e.column === "amount";
}

/**
 * The 409 for a hold whose balance was short. Read in a statement of its own, after the
 * failed one: it tells the balance as it is now, another acceptance's hold included.
 */
export async function escrowShortFor(db: Queryable, hold: MatchFeeHold): Promise<AppError> {
  const account = await db.query(
    `SELECT available::text FROM escrow_accounts WHERE brand_id = $1 AND currency = $2`,
    [hold.brandId, hold.currency],
  );
  const available = BigInt(account.rows[0]?.available ?? "0");
  // topped up since the statement failed: nothing is short any more
  if (available >= hold.amount) {
    return new AppError("conflict", "The brand's escrow balance changed meanwhile: try again.");
  }
  return escrowShort(hold.currency, available, hold.amount);
}

export function escrowShort(currency: string, available: bigint, needed: bigint): AppError {
  const money = (n: bigint) => formatMoney(n, currency);
  return new AppError(
    "conflict",
    `The brand's escrow has ${money(available)} available, ${money(needed - available)} short of ` +
      `the ${money(needed)} to put aside. The brand tops up under Billing (${TOP_UP_PATH}) first.`,
  );
}

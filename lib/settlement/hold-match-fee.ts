// Puts a match's agreed fee aside in the brand's escrow when the match is accepted
// (called inside the workflow's transaction, lib/matches/write-step-effects.ts). The
// balance moves in one conditional UPDATE of the account row: it takes the row lock, so
// of two acceptances racing for the last won one waits and then finds the balance
// short; CHECK constraints keep both columns >= 0 whatever runs. The ledger's unique
// (match, HOLD) makes a retried step hold nothing twice.
import { AppError } from "../errors.ts";
import { formatMoney } from "../money.ts";
import type { Queryable } from "../reporting/queryable.ts";

export const TOP_UP_PATH = "/dashboard/billing";

export async function holdMatchFee(
  db: Queryable,
  hold: {
    brandId: string;
    matchId: string;
    currency: string;
    amount: bigint;
    actorId: string | null;
  },
): Promise<void> {
  if (hold.amount <= 0n) return;
  // One statement: the ledger entry, then the balance moved only when the entry is new.
  // The UPDATE takes the row lock and, after waiting on another's, checks the balance
  // again on the row that other committed.
  const { rows } = await db.query(
    `WITH entry AS (
       INSERT INTO escrow_entries (brand_id, currency, kind, amount, match_id, actor_id)
       VALUES ($1, $2, 'HOLD', $3, $4, $5)
       ON CONFLICT (match_id, kind) DO NOTHING RETURNING id
     ), moved AS (
       UPDATE escrow_accounts
          SET available = available - $3, held = held + $3, updated_at = now()
        WHERE brand_id = $1 AND currency = $2 AND available >= $3
          AND EXISTS (SELECT 1 FROM entry)
       RETURNING 1
     )
     SELECT EXISTS (SELECT 1 FROM entry) AS entered, EXISTS (SELECT 1 FROM moved) AS moved`,
    [hold.brandId, hold.currency, String(hold.amount), hold.matchId, hold.actorId],
  );
  if (!rows[0].entered || rows[0].moved) return; // held before, or held now
  // Read in a statement of its own: this one's snapshot may predate the hold that
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

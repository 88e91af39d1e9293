// An admin moves a settlement PENDING → APPROVED → PAID (no other step exists; a
// repeated or skipped step is 409). Paying captures the money from the brand's escrow
// in the same transaction: the fee held at acceptance is released and the gross
// (fee + commission) captured, in one conditional UPDATE of the account, so a payment
// the escrow cannot cover is refused rather than leaving a negative balance.
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import { conflict, notFound } from "../errors.ts";
import { recordSettlementStep } from "./create-settlement.ts";
import { escrowShort } from "./hold-match-fee.ts";

export const SETTLEMENT_STEPS = { PENDING: "APPROVED", APPROVED: "PAID" } as const;
export type SettlementStatus = "PENDING" | "APPROVED" | "PAID";

export async function advanceSettlement(
  pool: pg.Pool,
  input: { settlementId: string; to: "APPROVED" | "PAID"; actorId: string; note?: string },
): Promise<{ id: string; status: SettlementStatus }> {
  return withTransaction(pool, async (db) => {
    const { rows } = await db.query(
      `SELECT id, status::text AS status, brand_id, match_id, currency, gross::text
         FROM settlements WHERE id = $1 FOR UPDATE`,
      [input.settlementId],
    );
    const s = rows[0];
    if (!s) throw notFound("Settlement");
    const from = s.status as SettlementStatus;
    if (SETTLEMENT_STEPS[from as keyof typeof SETTLEMENT_STEPS] !== input.to) {
      throw conflict(`A settlement cannot go from ${from} to ${input.to}`);
    }
    if (input.to === "PAID") await capture(db, s);
    const column = input.to === "APPROVED" ? "approved" : "paid";
    await db.query(
      `UPDATE settlements SET status = $2::"SettlementStatus", ${column}_at = now(), ${column}_by_id = $3
        WHERE id = $1`,
      [s.id, input.to, input.actorId],
    );
    await recordSettlementStep(db, s.id, from, input.to, input.actorId, input.note ?? null);
    return { id: s.id, status: input.to };
  });
}

async function capture(
  db: pg.PoolClient,
  s: { id: string; brand_id: string; match_id: string; currency: string; gross: string },
): Promise<void> {
  const gross = BigInt(s.gross);
  const currency = s.currency.trim();
  const held = await db.query(
    `SELECT amount::text FROM escrow_entries WHERE match_id = $1 AND kind = 'HOLD'`,
    [s.match_id],
  );
  const hold = BigInt(held.rows[0]?.amount ?? "0");
  if (gross === 0n && hold === 0n) return;
  const moved = await db.query(
    `UPDATE escrow_accounts
        SET held = held - $3, available = available + $3 - $4, updated_at = now()
      WHERE brand_id = $1 AND currency = $2 AND held >= $3 AND available + $3 >= $4`,
    [s.brand_id, currency, String(hold), String(gross)],
  );
  if (moved.rowCount !== 1) {
    const { rows } = await db.query(
      `SELECT available::text FROM escrow_accounts WHERE brand_id = $1 AND currency = $2`,
      [s.brand_id, currency],
    );
    throw escrowShort(currency, BigInt(rows[0]?.available ?? "0") + hold, gross);
  }
  const entry = `INSERT INTO escrow_entries (brand_id, currency, kind, amount, match_id, settlement_id)
                 VALUES ($1, $2, $3::"EscrowEntryKind", $4, $5, $6)`;
  if (hold > 0n)
    await db.query(entry, [s.brand_id, currency, "RELEASE", String(hold), s.match_id, s.id]);
  if (gross > 0n)
    await db.query(entry, [s.brand_id, currency, "CAPTURE", String(gross), s.match_id, s.id]);
}

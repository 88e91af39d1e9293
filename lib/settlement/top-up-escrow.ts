// A brand puts money into its escrow: the payment adapter charges, then the deposit is
// recorded and the balance raised in one transaction. Idempotent: the adapter's
// reference is unique in the ledger, so a retried request (same key) deposits once.
import type pg from "pg";
import { withTransaction } from "../db/transaction.ts";
import { AppError } from "../errors.ts";
import { paymentAdapter, type PaymentAdapter } from "./payment-adapter.ts";

export type TopUpInput = {
  brandId: string;
  amount: bigint;
  currency: string;
  idempotencyKey: string;
  actorId: string;
};

export async function topUpEscrow(
  pool: pg.Pool,
  input: TopUpInput,
  adapter: PaymentAdapter = paymentAdapter(),
): Promise<{ reference: string; available: bigint; duplicate: boolean }> {
  const charge = await adapter.charge(input);
  if (!charge.ok) throw new AppError("conflict", `The payment was declined: ${charge.reason}`);
  return withTransaction(pool, async (db) => {
    const entry = await db.query(
      `INSERT INTO escrow_entries (brand_id, currency, kind, amount, payment_reference, actor_id)
       VALUES ($1, $2, 'DEPOSIT', $3, $4, $5)
       ON CONFLICT (payment_reference) DO NOTHING RETURNING id`,
      [input.brandId, input.currency, String(input.amount), charge.reference, input.actorId],
    );
    const duplicate = entry.rowCount === 0;
    const { rows } = await db.query(
      `INSERT INTO escrow_accounts (brand_id, currency, available) VALUES ($1, $2, $3)
       ON CONFLICT (brand_id, currency) DO UPDATE
         SET available = escrow_accounts.available + EXCLUDED.available, updated_at = now()
       RETURNING available::text`,
      [input.brandId, input.currency, duplicate ? "0" : String(input.amount)],
    );
    return { reference: charge.reference, available: BigInt(rows[0].available), duplicate };
  });
}

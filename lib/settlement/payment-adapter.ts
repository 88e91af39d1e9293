// How money enters a brand's escrow. No payment service is reachable here, so the
// adapter is an interface with a local default that always succeeds and returns a
// reference; a real one (Toss Payments, Stripe...) would charge the brand's card or
// confirm a bank transfer and return the PSP's payment id, with the same idempotency
// key so that a retried top-up charges once. PAYMENT_ADAPTER selects it.
import { createHash } from "node:crypto";
import { env } from "../env.ts";

export type ChargeRequest = {
  brandId: string;
  amount: bigint;
  currency: string;
  /** the client's key for this top-up: the same key never charges twice */
  idempotencyKey: string;
};

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: string };

export interface PaymentAdapter {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/** Succeeds at once; the reference is derived from the idempotency key, so a retry gets the same one. */
export const localPaymentAdapter: PaymentAdapter = {
  name: "local",
  async charge(request) {
    const digest = createHash("sha256")
      .update(`${request.brandId}:${request.idempotencyKey}`)
      .digest("hex")
      .slice(0, 24);
    return { ok: true, reference: `local_${digest}` };
  },
};

export function paymentAdapter(): PaymentAdapter {
  switch (env().PAYMENT_ADAPTER) {
    case "local":
      return localPaymentAdapter;
  }
}

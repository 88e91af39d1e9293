// POST /api/v1/escrow/deposits – a brand tops up its escrow through the payment adapter
// (local: always succeeds). Idempotent on the client's key.
import { apiRoute } from "@/lib/api/route";
import { canManageBrand } from "@/lib/auth/ownership";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { DepositResponseSchema, TopUpSchema } from "@/lib/settlement/schemas";
import { topUpEscrow } from "@/lib/settlement/top-up-escrow";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(
  {
    roles: ["BRAND_MANAGER"],
    body: TopUpSchema,
    docs: {
      summary: "Top up the escrow",
      description:
        "Charges through the payment adapter (local: always succeeds) and deposits; the same idempotencyKey deposits once (duplicate: true).",
      tag: "settlement",
      response: { schema: DepositResponseSchema },
      examples: {
        body: {
          brandId: "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
          amount: 5000000,
          currency: "KRW",
          idempotencyKey: "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
        },
        response: {
          deposit: {
            reference: "local_3f1c2a9e5b7d4c1e9a2b1d2e",
            available: "5000000",
            duplicate: false,
          },
        },
      },
    },
  },
  async ({ user, body }) => {
    if (!canManageBrand(user, body.brandId)) throw notFound("Brand");
    const result = await topUpEscrow(pool, {
      brandId: body.brandId,
      amount: BigInt(body.amount),
      currency: body.currency,
      idempotencyKey: body.idempotencyKey,
      actorId: user.id,
    });
    return {
      deposit: {
        reference: result.reference,
        available: String(result.available),
        duplicate: result.duplicate,
      },
    };
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });

// POST /api/v1/escrow/deposits – a brand tops up its escrow through the payment adapter
// (local: always succeeds). Idempotent on the client's key.
import { apiRoute } from "@/lib/api/route";
import { canManageBrand } from "@/lib/auth/ownership";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { TopUpSchema } from "@/lib/settlement/schemas";
import { topUpEscrow } from "@/lib/settlement/top-up-escrow";

export const POST = apiRoute(
  { roles: ["BRAND_MANAGER"], body: TopUpSchema },
  async ({ user, body }) => {
    if (!canManageBrand(user, body.brandId)) throw notFound("Brand");
    const result = await topUpEscrow(pool, {
      brandId: body.brandId,
      amount: BigInt(body.amount),
      currency: body.currency,
      idempotencyKey: body.idempotencyKey,
      actorId: user.id,
    });
    return Response.json(
      {
        deposit: {
          reference: result.reference,
          available: String(result.available),
          duplicate: result.duplicate,
        },
      },
      { status: result.duplicate ? 200 : 201 },
    );
  },
);

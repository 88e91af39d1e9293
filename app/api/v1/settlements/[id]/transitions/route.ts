// POST /api/v1/settlements/:id/transitions – an admin approves (PENDING → APPROVED) or
// pays (APPROVED → PAID, captured from the brand's escrow) a settlement.
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { advanceSettlement } from "@/lib/settlement/advance-settlement";
import { SettlementStepResponseSchema, SettlementStepSchema } from "@/lib/settlement/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

const Params = z.strictObject({ id: z.uuid() });

export const POST = apiRoute(
  {
    roles: ["ADMIN"],
    params: Params,
    body: SettlementStepSchema,
    docs: {
      summary: "Approve or pay a settlement",
      description:
        "PENDING → APPROVED → PAID only (else 409); paying captures the gross from the brand's escrow (409 when it cannot cover it).",
      tag: "settlement",
      response: { schema: SettlementStepResponseSchema },
      examples: { body: { to: "APPROVED", note: "Checked against the contract" } },
    },
  },
  async ({ user, params, body }) => ({
    settlement: await advanceSettlement(pool, {
      settlementId: params.id,
      to: body.to,
      actorId: user.id,
      note: body.note,
    }),
  }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });

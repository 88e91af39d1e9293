// GET /api/v1/escrow?brandId= – the brand's escrow balance per currency and its newest
// ledger entries (the brand's managers and admins; another brand's: 404).
import { apiRoute } from "@/lib/api/route";
import { canManageBrand } from "@/lib/auth/ownership";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { readEscrow } from "@/lib/settlement/read-escrow";
import { BrandQuery, EscrowResponseSchema } from "@/lib/settlement/schemas";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  {
    roles: ["BRAND_MANAGER", "ADMIN"],
    query: BrandQuery,
    docs: {
      summary: "Escrow balance and ledger",
      description:
        "Balance per currency (available, held for accepted matches) and the newest 100 ledger entries; amounts are decimal strings of minor units.",
      tag: "settlement",
      response: { schema: EscrowResponseSchema },
    },
  },
  async ({ user, query }) => {
    if (!canManageBrand(user, query.brandId)) throw notFound("Brand");
    return { escrow: await readEscrow(pool, query.brandId) };
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

// GET /api/v1/conversions/imports/:id – an order import's counters and row errors
// (the caller's brands only; 404 otherwise).
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getOrderImport } from "@/lib/conversions/csv/import-orders";
import { ImportProgressResponseSchema } from "@/lib/conversions/schemas";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { otherMethods } from "@/lib/api/method-not-allowed";

const Params = z.strictObject({ id: z.uuid() });

export const GET = apiRoute(
  {
    roles: ["BRAND_MANAGER", "ADMIN"],
    params: Params,
    docs: {
      summary: "Order import progress",
      description: "Counters (rows = inserted + duplicate + rejected) and up to 200 row errors.",
      tag: "conversions",
      response: { schema: ImportProgressResponseSchema },
    },
  },
  async ({ user, params }) => {
    const scope = user.role === "ADMIN" ? "all" : user.brandIds;
    const progress = await getOrderImport(pool, scope, params.id);
    if (!progress) throw notFound("Import");
    return { import: progress };
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

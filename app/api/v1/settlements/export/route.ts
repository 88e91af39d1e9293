// GET /api/v1/settlements/export?table=settlements|statements – CSV of what the caller
// may see (a brand its own, a creator their own, admins everything).
import { apiRoute } from "@/lib/api/route";
import { csvResponse } from "@/lib/csv/format-csv";
import { pool } from "@/lib/db/client";
import { ExportQuery } from "@/lib/settlement/schemas";
import { settlementScopeOf } from "@/lib/settlement/scope";
import { settlementsCsv, statementsCsv } from "@/lib/settlement/settlement-csv";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  {
    query: ExportQuery,
    docs: {
      summary: "Settlements or monthly statements as CSV",
      tag: "settlement",
      response: {
        description: "CSV (UTF-8 with BOM), scoped to the caller",
        contentType: "text/csv",
      },
      examples: { query: { table: "statements" } },
    },
  },
  async ({ user, query }) => {
    const scope = settlementScopeOf(user);
    const body =
      query.table === "settlements"
        ? await settlementsCsv(pool, scope)
        : await statementsCsv(pool, scope);
    return csvResponse(`${query.table}.csv`, body);
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

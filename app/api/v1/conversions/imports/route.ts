// POST /api/v1/conversions/imports?brandId=&fileName=[&preview=1] – a SmartStore-style
// order export as the raw CSV body (UTF-8, BOM or not; README "Order CSV"). With
// preview=1: the first rows and the row errors, nothing written. Without: the
// import's id (200: the import runs on); the page polls GET …/imports/:id for the counters.
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { readBodyText } from "@/lib/api/request-guards";
import { canManageBrand } from "@/lib/auth/ownership";
import { previewOrdersCsv, startOrderImport } from "@/lib/conversions/csv/import-orders";
import { CONVERSION_LIMITS, ImportUploadResponseSchema } from "@/lib/conversions/schemas";
import { pool } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { otherMethods } from "@/lib/api/method-not-allowed";

const Query = z.strictObject({
  brandId: z.uuid(),
  fileName: z.string().trim().min(1).max(200),
  preview: z.enum(["1", "0"]).optional(),
});

export const POST = apiRoute(
  {
    roles: ["BRAND_MANAGER", "ADMIN"],
    query: Query,
    contentType: "any",
    maxBodyBytes: CONVERSION_LIMITS.csvBytes,
    docs: {
      summary: "Preview or import an order CSV",
      description:
        "The raw CSV (SmartStore order export or English headers; UTF-8, at most 5 MB and 20,000 rows) as the body. preview=1: the first 20 valid rows and every row error, nothing written. Otherwise the import starts and its id is returned; poll GET /api/v1/conversions/imports/{id}.",
      tag: "conversions",
      response: { schema: ImportUploadResponseSchema },
    },
  },
  async ({ req, user, query }) => {
    if (!canManageBrand(user, query.brandId)) throw notFound("Brand");
    const text = await readBodyText(req, CONVERSION_LIMITS.csvBytes);
    if (query.preview === "1") return { preview: await previewOrdersCsv(text) };
    const { importId } = await startOrderImport(pool, {
      brandId: query.brandId,
      userId: user.id,
      fileName: query.fileName,
      text,
    });
    return { import: { id: importId } };
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });

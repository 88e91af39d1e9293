import { apiRoute } from "@/lib/api/route";
import { predictCtr } from "@/lib/adstats/ctr-model/predict-ctr";
import { PredictBodySchema, PredictResultSchema } from "@/lib/adstats/schemas";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { otherMethods } from "@/lib/api/method-not-allowed";

// POST /api/v1/ctr/predict – click probabilities for up to 1,000 Avazu-shaped rows from
// the latest CTR model (npm run train:ctr). Platform data, no tenant rows involved.
export const POST = apiRoute(
  {
    roles: ["ADMIN", "BRAND_MANAGER"],
    body: PredictBodySchema,
    // A prediction writes nothing: a read token may ask for one.
    scope: "read",
    docs: {
      summary: "Predict click probabilities",
      description:
        "Click probabilities for up to 1,000 Avazu-shaped rows from the latest CTR model.",
      tag: "adstats",
      response: { schema: PredictResultSchema },
    },
  },
  async ({ body }) => {
    const result = await predictCtr(pool, body.rows);
    if (!result)
      throw new AppError("conflict", "No CTR model has been trained yet (npm run train:ctr)");
    return result;
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });

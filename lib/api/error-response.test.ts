// An error answer is bounded like the OpenAPI document says, whatever the request held.
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { errorResponse } from "./error-response.ts";
import { ErrorSchema } from "./openapi/common.ts";

describe("errorResponse", () => {
  it("cuts a huge message and a huge field list to the documented limits", async () => {
    const fields = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`k${i}`.padEnd(500, "x"), Array(30).fill("bad")]),
    );
    const res = errorResponse(
      new AppError("validation_failed", "m".repeat(50_000), fields),
      "req-1",
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(ErrorSchema.safeParse(body).success).toBe(true);
    expect(Object.keys(body.error.fields)).toHaveLength(50);
    expect(body.error.message).toHaveLength(2000);
  });

  it("keeps an ordinary error as it is", async () => {
    const res = errorResponse(
      new AppError("validation_failed", "Check the fields", { title: ["Required"] }),
      "req-2",
    );
    expect(await res.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "Check the fields",
        fields: { title: ["Required"] },
        requestId: "req-2",
      },
    });
  });
});

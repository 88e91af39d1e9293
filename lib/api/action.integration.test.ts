// defineAction's answers are plain, serializable data whatever the input: React refuses
// to send null-prototype objects, which would turn a typed refusal into a 500.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createUser } from "@/test/helpers/fixtures";
import { loadSessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { defineAction } from "./action.ts";

describe("defineAction", () => {
  it("returns field messages as a plain object, unknown keys named", async () => {
    const user = await createUser("BRAND_MANAGER");
    const action = defineAction(
      {
        input: z.strictObject({ n: z.number().max(5) }),
        currentUser: () => loadSessionUser(user.id),
      },
      async ({ n }) => n,
    );
    const result = await action({ n: 9, toString: 1 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "validation_failed",
        message: "Some fields are invalid",
        fields: { n: [expect.any(String)], toString: ["Unknown field"] },
      },
    });
    if (result.ok) throw new Error("unreachable");
    expect(Object.getPrototypeOf(result.error.fields)).toBe(Object.prototype);
    expect(structuredClone(result)).toEqual(result);
  });

  it("refuses extra arguments and hides unexpected errors", async () => {
    const user = await createUser("ADMIN");
    const currentUser = () => loadSessionUser(user.id);
    const echo = defineAction({ input: z.number(), currentUser }, async (n) => n);
    expect(await echo(1)).toEqual({ ok: true, data: 1 });
    expect(await echo(1, "extra")).toMatchObject({ ok: false, error: { code: "bad_request" } });

    const broken = defineAction({ input: z.number(), currentUser }, async () => {
      throw new Error("secret internals");
    });
    expect(await broken(1)).toEqual({
      ok: false,
      error: { code: "internal", message: "Something went wrong" },
    });
    const refusing = defineAction({ input: z.number(), currentUser }, async () => {
      throw new AppError("conflict", "Already done", { status: ["final"] });
    });
    const refused = await refusing(1);
    expect(refused).toEqual({
      ok: false,
      error: { code: "conflict", message: "Already done", fields: { status: ["final"] } },
    });
  });
});

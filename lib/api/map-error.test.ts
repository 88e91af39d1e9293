import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { toAppError } from "./map-error.ts";

describe("toAppError", () => {
  it.each([
    ["a statement past statement_timeout", Object.assign(new Error("x"), { code: "57014" })],
    [
      "Prisma's transaction that could not start in time",
      Object.assign(new Error("x"), { code: "P2028" }),
    ],
    ["no pooled connection in time", new Error("timeout exceeded when trying to connect")],
    ["a wrapped cancel", new Error("outer", { cause: { originalCode: "57014" } })],
  ])("answers %s with a retryable 503", (_, error) => {
    const { appError, unexpected } = toAppError(error);
    expect(unexpected).toBe(false);
    expect(appError).toMatchObject({ code: "unavailable", retryAfter: 2 });
  });

  it("keeps AppErrors and hides anything else behind a logged 500", () => {
    const own = new AppError("conflict", "taken");
    expect(toAppError(own)).toEqual({ appError: own, unexpected: false });
    const { appError, unexpected } = toAppError(new TypeError("secret internals"));
    expect(unexpected).toBe(true);
    expect(appError).toMatchObject({ code: "internal", message: "Something went wrong" });
  });
});

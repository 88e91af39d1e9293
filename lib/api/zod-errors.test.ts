import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors.ts";
import { unstorableTextFields, parseOrThrow } from "./zod-errors.ts";

describe("text Postgres cannot hold", () => {
  it("are found in any string or key, however deep, and named by their field", () => {
    expect(unstorableTextFields({ a: "ok", b: ["x", { c: "y\u0000" }], "d\u0000": 1 })).toEqual({
      "b.1.c": ["Must not contain NUL characters"],
      "(root)": ["Must not contain NUL characters"],
    });
    expect(unstorableTextFields("\u0000", "query")).toEqual({
      query: ["Must not contain NUL characters"],
    });
    expect(unstorableTextFields({ a: "no nul here", n: 1, t: true, z: null })).toBeNull();
    // nested far deeper than a recursive walk could go
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(Object.keys(unstorableTextFields(deep)!)).toHaveLength(1);
  });

  it("and halves of surrogate pairs likewise, while whole pairs pass", () => {
    const lone = "Must be valid Unicode text (a lone surrogate cannot be stored)";
    expect(
      unstorableTextFields({
        regions: ["x\ud800y", "\udc00", "ok 😀"],
        tail: "end\ud83d",
        both: "\u0000\udfff",
        "k\udbff": 1,
      }),
    ).toEqual({
      "regions.0": [lone],
      "regions.1": [lone],
      tail: [lone],
      both: ["Must not contain NUL characters", lone],
      "(root)": [lone],
    });
    expect(
      unstorableTextFields({ emoji: "😀👍🏽", korean: "해운대구", escaped: "\\ud800" }),
    ).toBeNull();
  });

  it("are refused before any schema sees them, whatever the schema allows", () => {
    const loose = z.object({ note: z.string() });
    expect(() => parseOrThrow(loose, { note: "a\u0000b" }, "body")).toThrow(AppError);
    const caught = (input: unknown) => {
      try {
        parseOrThrow(z.object({ note: z.string(), n: z.number() }), input);
      } catch (e) {
        return { code: (e as AppError).code, fields: { ...(e as AppError).fields } };
      }
      return null;
    };
    expect(caught({ note: "a\u0000b", n: 1 })).toEqual({
      code: "validation_failed",
      fields: { note: ["Must not contain NUL characters"] },
    });
    // beside what the schema finds
    expect(caught({ note: "a\u0000b", n: "1" })).toEqual({
      code: "validation_failed",
      fields: {
        n: ["Invalid input: expected number, received string"],
        note: ["Must not contain NUL characters"],
      },
    });
    expect(parseOrThrow(loose, { note: "fine" })).toEqual({ note: "fine" });
  });
});

describe("field messages", () => {
  const fields = (schema: z.ZodType, input: unknown) => {
    try {
      parseOrThrow(schema, input);
    } catch (e) {
      return { ...(e as AppError).fields };
    }
    return null;
  };

  it("tell a value of the wrong type only that", () => {
    expect(fields(z.object({ title: z.string().min(3).max(10) }), { title: ["abc"] })).toEqual({
      title: ["Invalid input: expected string, received array"],
    });
  });

  it("name only the tighter of two bounds on one field", () => {
    const budget = z.object({ budget: z.number().int().positive().max(100_000_000_000) });
    expect(fields(budget, { budget: 99_999_999_999_999_999 })).toEqual({
      budget: ["Too big: expected number to be <=100000000000"],
    });
    const score = z.object({ s: z.number().min(0).min(10, "At least 10") });
    expect(fields(score, { s: -1 })).toEqual({ s: ["At least 10"] });
  });
});

import { describe, expect, it } from "vitest";
import { decodeReviewCursor, encodeReviewCursor } from "./review-cursor.ts";
import { reviewQueueQuery } from "./review-queue-query.ts";

const cursor = {
  createdAt: new Date("2025-05-01T03:04:05.678Z"),
  id: "0b7c7d0e-7a53-4c2a-9a3b-3f2d1c0e9a11",
};

describe("review queue cursor", () => {
  it("round-trips", () => {
    expect(decodeReviewCursor(encodeReviewCursor(cursor))).toEqual(cursor);
  });

  it("rejects what it did not produce", () => {
    expect(decodeReviewCursor("not-a-cursor")).toBeNull();
    expect(
      decodeReviewCursor(
        Buffer.from(JSON.stringify(["2025-05-01", cursor.id])).toString("base64url"),
      ),
    ).toBeNull();
    expect(
      decodeReviewCursor(
        Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), "x"])).toString("base64url"),
      ),
    ).toBeNull();
  });
});

describe("review queue query", () => {
  it("defaults the limit and decodes the cursor", () => {
    expect(reviewQueueQuery.parse({})).toEqual({ limit: 20, cursor: null });
    expect(reviewQueueQuery.parse({ limit: "5", cursor: encodeReviewCursor(cursor) })).toEqual({
      limit: 5,
      cursor,
    });
  });

  it("reports bad input per field", () => {
    const result = reviewQueueQuery.safeParse({ limit: "1000", cursor: "garbage" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["limit", "cursor"]);
    expect(reviewQueueQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(reviewQueueQuery.safeParse({ limit: "2.5" }).success).toBe(false);
  });
});

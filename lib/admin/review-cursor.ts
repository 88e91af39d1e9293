// Opaque keyset cursor for the review queue: the (created_at, id) of the last row
// seen. Keyset rather than offset so that approving items while paging neither
// skips nor repeats entries.
export type ReviewCursor = { createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeReviewCursor(c: ReviewCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString("base64url");
}

/** null when the string is not a cursor this API produced. */
export function decodeReviewCursor(s: string): ReviewCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [iso, id] = value;
    if (typeof iso !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    const createdAt = new Date(iso);
    if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

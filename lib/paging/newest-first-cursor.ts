// Cursors of newest-first lists (campaigns in the API and on the campaigns page, matches
// by their last change): the last row's (time, id), signed for the scope it was issued
// in (signed-cursor.ts).
import { z } from "zod";
import { decodeSignedCursor, encodeSignedCursor } from "./signed-cursor.ts";

/** Where a page ends: the next page starts after this row. */
export type NewestFirstPosition = { createdAt: Date; id: string };

const Position = z.strictObject({ t: z.iso.datetime(), id: z.uuid() });

export function encodeNewestFirstCursor(position: NewestFirstPosition, scope: string): string {
  return encodeSignedCursor({ t: position.createdAt.toISOString(), id: position.id }, scope);
}

/** The position a cursor stands for; a 422 on `field` when it is malformed or foreign. */
export function decodeNewestFirstCursor(
  token: string,
  scope: string,
  field?: string,
): NewestFirstPosition {
  const { t, id } = decodeSignedCursor(token, scope, Position, field);
  return { createdAt: new Date(t), id };
}

// Requests and answers of the notification routes (published in the OpenAPI document).
import { z } from "zod";
import { queryInt } from "../api/query-params.ts";

export const ListNotificationsQuery = z.strictObject({
  limit: queryInt(1, 100).default(20),
});

/** Some ({ids}) or all ({all: true}) of one's notifications; an unknown key names itself. */
export const MarkReadSchema = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), {
    message: "Send either ids or all: true",
  });

export const NotificationsSchema = z.object({
  unread: z.number().int(),
  items: z
    .array(
      z.object({
        id: z.uuid(),
        matchId: z.uuid().nullable(),
        kind: z.string().max(40),
        title: z.string().max(500),
        body: z.string().max(5000),
        read: z.boolean(),
        at: z.iso.datetime(),
      }),
    )
    .max(100),
});

export const MarkedSchema = z.object({ marked: z.number().int() });

// Input of the tracking-link and promo-code actions (the match page's forms and tests).
import { z } from "zod";

export const TRACKING_LIMITS = {
  urlLength: 2048,
  labelLength: 80,
  /** Tracking links, and promo codes, one match has at most: its page lists them all. */
  perMatch: 50,
  promoCode: /^[A-Z0-9][A-Z0-9_-]{2,31}$/,
} as const;

const expiresAt = z.iso
  .datetime({ offset: true, error: "Use a date and time" })
  .max(40)
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() > Date.now(), "Pick a time in the future")
  .refine((d) => d.getFullYear() <= 2099, "Pick a date before 2100");

export const AddTrackingLinkSchema = z.strictObject({
  matchId: z.uuid(),
  destinationUrl: z
    .string()
    .trim()
    .max(TRACKING_LIMITS.urlLength)
    .pipe(z.url({ protocol: /^https?$/, error: "Use an http(s) address" })),
  label: z.string().trim().max(TRACKING_LIMITS.labelLength).optional(),
  expiresAt: expiresAt.optional(),
});
export type AddTrackingLinkInput = z.infer<typeof AddTrackingLinkSchema>;

export const AddPromoCodeSchema = z.strictObject({
  matchId: z.uuid(),
  // Empty: the platform generates one. Stored upper case; orders match it case-insensitively.
  code: z
    .string()
    .trim()
    .max(32)
    .transform((s) => s.toUpperCase())
    .refine(
      (s) => s === "" || TRACKING_LIMITS.promoCode.test(s),
      "3-32 letters, digits, - or _, starting with a letter or digit",
    )
    .optional(),
  expiresAt: expiresAt.optional(),
});
export type AddPromoCodeInput = z.infer<typeof AddPromoCodeSchema>;

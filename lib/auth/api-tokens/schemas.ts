// API tokens: the scopes, the limits and the shapes the dashboard, the server actions
// and the tests share.
import { z } from "zod";

export const API_SCOPES = ["read", "write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_TOKEN_LIMITS = {
  nameLength: 80,
  /** Live (unrevoked) tokens a brand may hold: each has its own rate budget. */
  livePerBrand: 20,
  /** Tokens (revoked ones included) the dashboard lists. */
  listed: 200,
} as const;

export const CreateApiTokenSchema = z.strictObject({
  brandId: z.uuid(),
  name: z
    .string()
    .trim()
    .min(1, "Give the token a name")
    .max(API_TOKEN_LIMITS.nameLength)
    .refine((s) => !s.includes("\u0000"), "Must not contain NUL characters"),
  scopes: z
    .array(z.enum(API_SCOPES))
    .min(1, "Choose at least one scope")
    .max(API_SCOPES.length)
    .refine((xs) => new Set(xs).size === xs.length, "Scopes must be distinct"),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenSchema>;

export const RevokeApiTokenSchema = z.strictObject({ tokenId: z.uuid() });

/** A token as lists show it: never the secret, which exists only in the creation answer. */
export type ApiTokenView = {
  id: string;
  brandId: string;
  brandName: string;
  name: string;
  /** The public start of the token, e.g. "cm_live_3hTq9ZkP0aBc". */
  displayPrefix: string;
  scopes: ApiScope[];
  createdAt: string;
  createdBy: { id: string; name: string | null; email: string };
  lastUsedAt: string | null;
  revokedAt: string | null;
};

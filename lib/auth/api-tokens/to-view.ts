import type { ApiScope, ApiTokenView } from "./schemas.ts";
import { displayPrefix } from "./token-format.ts";

type Row = {
  id: string;
  brandId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  brand: { name: string };
  createdBy: { id: string; name: string | null; email: string };
};

/** The select that toApiTokenView needs (one place, so list and create agree). */
export const API_TOKEN_VIEW_SELECT = {
  id: true,
  brandId: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  brand: { select: { name: true } },
  createdBy: { select: { id: true, name: true, email: true } },
} as const;

export function toApiTokenView(row: Row): ApiTokenView {
  return {
    id: row.id,
    brandId: row.brandId,
    brandName: row.brand.name,
    name: row.name,
    displayPrefix: displayPrefix(row.prefix),
    scopes: row.scopes as ApiScope[],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

// Who sees which settlements: a brand manager their brands', a creator their own, an
// admin all. A SQL condition on settlements (alias s), so another tenant's rows are
// simply not there.
import type { SessionUser } from "../auth/session-user.ts";

export type SettlementScope =
  | { kind: "brand"; brandIds: readonly string[] }
  | { kind: "creator"; creatorId: string | null }
  | { kind: "admin" };

export function settlementScopeOf(user: SessionUser): SettlementScope {
  if (user.role === "ADMIN") return { kind: "admin" };
  if (user.role === "CREATOR") return { kind: "creator", creatorId: user.creatorId };
  return { kind: "brand", brandIds: user.brandIds };
}

/** `AND …` for alias s; `$n` is the next parameter. */
export function scopeCondition(
  scope: SettlementScope,
  n: number,
): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case "brand":
      return { sql: `AND s.brand_id = ANY($${n}::uuid[])`, params: [scope.brandIds] };
    case "creator":
      // a creator without a profile sees nothing (null never equals)
      return { sql: `AND s.creator_id = $${n}::uuid`, params: [scope.creatorId] };
    case "admin":
      return { sql: "", params: [] };
  }
}

// Ownership rules, in one place. A brand manager reaches only their brands' data, a
// creator only their own profile and proposals, an admin everything. Not-owned data
// answers 404 rather than 403 so that ids of other tenants cannot be probed. Queries
// carry the rule in their own SQL (lib/campaigns/campaign-scope.ts) rather than
// checking first and then reading by a bare id.
import type { SessionUser } from "./session-user.ts";

export function canManageBrand(user: SessionUser, brandId: string): boolean {
  return (
    user.role === "ADMIN" || (user.role === "BRAND_MANAGER" && user.brandIds.includes(brandId))
  );
}

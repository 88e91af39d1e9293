import type { Role } from "../db/generated/enums.ts";

/** Who may manage campaigns: their brand's managers, and admins for every brand. */
export const CAMPAIGN_MANAGER_ROLES = ["BRAND_MANAGER", "ADMIN"] as const satisfies readonly Role[];

// The demo roles the browser tests sign in as, where each lands, and what its page shows.
import path from "node:path";
import { DEMO_ACCOUNTS, type DemoAccountKey } from "../../lib/demo-data/accounts.ts";

export type RoleCase = {
  key: DemoAccountKey;
  email: string;
  home: string;
  /** The landing page's <h1>. */
  heading: string;
  storageState: string;
};

const HOME: Record<DemoAccountKey, { home: string; heading: string }> = {
  brand: { home: "/dashboard", heading: "Dashboard" },
  otherBrand: { home: "/dashboard", heading: "Dashboard" },
  creator: { home: "/creator", heading: "Creator home" },
  admin: { home: "/admin", heading: "Admin overview" },
};

export const ROLES: RoleCase[] = (Object.keys(DEMO_ACCOUNTS) as DemoAccountKey[]).map((key) => ({
  key,
  email: DEMO_ACCOUNTS[key].email,
  ...HOME[key],
  storageState: path.join("e2e", ".auth", `${key}.json`),
}));

export function role(key: DemoAccountKey): RoleCase {
  return ROLES.find((r) => r.key === key)!;
}

/** Every role's home page, for "refused other roles' pages". */
export const ROLE_PAGES = ["/dashboard", "/creator", "/admin"] as const;

import type { Role } from "../db/generated/enums.ts";

/** Where each role lands after sign-in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin";
    case "BRAND_MANAGER":
      return "/dashboard";
    case "CREATOR":
      return "/creator";
  }
}

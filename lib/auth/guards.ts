// Page-level guards for server components. Anonymous visitors go to sign-in and come
// back; a signed-in user of the wrong role sees the 403 page (app/forbidden.tsx).
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import type { Role } from "../db/generated/enums.ts";
import { getCurrentUser } from "./current-user.ts";
import type { SessionUser } from "./session-user.ts";

export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

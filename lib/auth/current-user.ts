// The signed-in user for server components, layouts and server actions.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options.ts";
import { loadSessionUser, type SessionUser } from "./session-user.ts";

/** Memoised per request: layouts and pages may all ask. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadSessionUser(id) : null;
});

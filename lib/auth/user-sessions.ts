// Sign-in sessions as database rows, so that a session can end before its JWT expires.
import { prisma } from "../db/client.ts";

const MAX_USER_AGENT = 256;

/** Records a new sign-in; its id goes into the JWT as `sid`. */
export async function createUserSession(
  userId: string,
  meta: { userAgent?: string | null } = {},
): Promise<string> {
  const row = await prisma.userSession.create({
    data: { userId, userAgent: meta.userAgent?.slice(0, MAX_USER_AGENT) ?? null },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (sign-out). Scoped to its user, so a stray id revokes nothing else. */
export async function revokeUserSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await prisma.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/** Ends every session of a user ("sign out everywhere"); returns how many were live. */
export async function revokeAllUserSessions(userId: string): Promise<number> {
  const { count } = await prisma.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

// Who is asking: the signed-in user as every authorization check sees it. Loaded from
// the database on each request (one indexed query), so a role or membership change
// takes effect at once rather than when a JWT expires.
import { prisma } from "../db/client.ts";
import type { Role } from "../db/generated/enums.ts";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Brands this user manages (empty for creators). */
  brandIds: string[];
  /** The creator profile of this user, if any. */
  creatorId: string | null;
};

export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { select: { brandId: true } },
      creator: { select: { id: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    brandIds: user.memberships.map((m) => m.brandId),
    creatorId: user.creator?.id ?? null,
  };
}

// /signin/continue – every sign-in returns here (see ../landing.ts): next-auth knows
// where the user was going, only we know who they are and whether they still have to
// onboard.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/home-path";
import { pool, prisma } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { rememberFirstLocale } from "@/lib/i18n/set-user-locale";
import { env } from "@/lib/env";
import { postSignInPath, safeCallbackPath } from "../landing";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function ContinueAfterSignIn({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const callbackPath = safeCallbackPath(
    Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl,
    env().NEXTAUTH_URL,
  );
  const user = await getCurrentUser();
  if (!user) {
    redirect(callbackPath ? `/signin?callbackUrl=${encodeURIComponent(callbackPath)}` : "/signin");
  }
  await rememberFirstLocale(pool, user.id, await requestLocale());
  const creator =
    user.role === "CREATOR" && user.creatorId
      ? await prisma.creator.findUnique({
          where: { id: user.creatorId },
          select: { onboardingStep: true },
        })
      : null;
  redirect(
    postSignInPath({
      home: homePathFor(user.role),
      onboardingIncomplete: creator !== null && creator.onboardingStep !== "DONE",
      callbackPath,
    }),
  );
}

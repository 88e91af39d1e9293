// Where a browser goes after signing in. next-auth only knows the callbackUrl it was
// given, not who signed in, so every sign-in returns through /signin/continue, which
// asks this function. Pure, so the rules are unit-tested.

const CONTINUE_PATH = "/signin/continue";

/**
 * A same-origin path to return to, or null. Absolute URLs are accepted only for our own
 * origin (next-auth builds them); anything that could leave the site or loop back into
 * sign-in is dropped.
 */
export function safeCallbackPath(
  callbackUrl: string | null | undefined,
  origin: string,
): string | null {
  if (!callbackUrl) return null;
  let url: URL;
  try {
    url = new URL(callbackUrl, origin);
  } catch {
    return null;
  }
  const relative =
    callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") && !callbackUrl.startsWith("/\\");
  if (url.origin !== new URL(origin).origin || (!relative && !/^https?:\/\//i.test(callbackUrl)))
    return null;
  // Normalising can turn "/.//evil.com" into "//evil.com", which a browser reads as
  // another host: check the path we would actually redirect to.
  if (url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return null;
  if (
    url.pathname === "/signin" ||
    url.pathname.startsWith("/signin/") ||
    url.pathname.startsWith("/api/auth")
  ) {
    return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The callbackUrl handed to next-auth: always our continue step, carrying the original target. */
export function continueUrl(callbackPath: string | null): string {
  return callbackPath
    ? `${CONTINUE_PATH}?callbackUrl=${encodeURIComponent(callbackPath)}`
    : CONTINUE_PATH;
}

/**
 * A creator who has not finished onboarding goes there first (a brand-new Google
 * account lands here); everybody else returns where they were going, or to their home.
 */
export function postSignInPath(input: {
  home: string;
  onboardingIncomplete: boolean;
  callbackPath: string | null;
}): string {
  if (input.onboardingIncomplete) return "/onboarding";
  return input.callbackPath ?? input.home;
}

import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { LOCALES, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/i18n/set-user-locale";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

const Body = z.object({ locale: z.enum(LOCALES) });

// PUT /api/locale – the language switch: a cookie for this browser (anyone, signed in or
// not) and, when signed in, the user's row. Outside /api/v1: a page setting, not the API.
export const PUT = apiRoute({ auth: false, body: Body }, async ({ user, body }) => {
  if (user) await setUserLocale(pool, user.id, body.locale);
  const secure = env().NEXTAUTH_URL.startsWith("https:") ? "; Secure" : "";
  return new Response(JSON.stringify({ locale: body.locale }), {
    headers: {
      "content-type": "application/json",
      "set-cookie": `${LOCALE_COOKIE}=${body.locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly${secure}`,
    },
  });
});

export const { GET, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });

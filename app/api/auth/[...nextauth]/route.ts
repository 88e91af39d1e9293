// next-auth's endpoints: sign-in redirect to Google, the OAuth callback, CSRF token,
// session and sign-out. Configuration lives in lib/auth/options.ts.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { otherMethods } from "@/lib/api/method-not-allowed";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET: handler, POST: handler });

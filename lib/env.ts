// The one place that reads process.env. Validated with zod on first use, so a
// misconfigured deployment fails at start-up with a list of what is wrong.
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const GOOGLE = "https://accounts.google.com";

/**
 * Whether an issuer URL is Google's, exactly: same origin and nothing after it. A
 * prefix test would let `https://accounts.google.com.evil.example` (another host) or
 * `https://accounts.google.com@evil.example` pass.
 */
export function isGoogleIssuer(issuer: string): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  return (
    url.origin === GOOGLE &&
    url.pathname === "/" &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash
  );
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url(),
    // Public URL of the app; next-auth builds its callback URLs from it.
    NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    // OpenID issuer used for "Sign in with Google". Production: Google itself.
    // Development and tests: the local stand-in started by scripts/start.ts.
    GOOGLE_ISSUER: z.string().url().default(GOOGLE),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    // Requests per minute per client (signed-in user, else address) on the JSON API and
    // server actions; refused requests count too.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().max(1_000_000).default(600),
    // Requests per minute per API token (a token spends this budget, not its creator's).
    API_TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().max(1_000_000).default(600),
    // The ranking endpoint's own, smaller budget (each call scans every creator).
    RANKING_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().max(1_000_000).default(60),
    // Rankings run in a pool of worker threads: how many (default: one per core), how
    // many may wait, and how long one may take from arrival to answer before it is
    // given up with 503 + Retry-After.
    // 0 ranks on the request thread itself (the single-thread baseline of bench:isolation).
    RANK_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
    // The ranking threads' nice value (Linux: per thread): the request thread and
    // Postgres are scheduled before them, rankings get the rest of the cores.
    RANK_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(19),
    RANK_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(64),
    RANK_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    // Every database statement of the app is cancelled after this long, and waiting
    // for a pooled connection is given up after DB_ACQUIRE_TIMEOUT_MS (both 503).
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    // gzip of responses in Node (next.config.mjs): off, for a proxy in front compresses.
    HTTP_COMPRESSION: booleanString.default(false),
    // Each connection prepares the app's parameterised statements once
    // (lib/db/prepared-statements.ts). Off behind a pooler in transaction mode.
    DB_PREPARED_STATEMENTS: booleanString.default(true),
    // Password of GET /api/metrics (Prometheus text; HTTP basic auth, any user name).
    // Unset: the endpoint answers 404.
    METRICS_TOKEN: z.string().min(16).max(512).optional(),
    // Matches above this amount (minor units) wait for admin review.
    REVIEW_BUDGET_THRESHOLD: z.coerce.number().int().positive().default(5_000_000),
    // Lets a production build sign in through a non-Google issuer (the browser tests'
    // stand-in). Never set it in a real deployment: the stand-in signs in anyone.
    ALLOW_LOCAL_IDENTITY_PROVIDER: booleanString.default(false),
    // Outgoing e-mail (notifications), over SMTP. Development and tests: the local
    // catcher that npm start runs (scripts/dev/smtp-catcher.ts).
    SMTP_HOST: z.string().min(1).default("127.0.0.1"),
    SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(2525),
    SMTP_SECURE: booleanString.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default("Creator Match <no-reply@creatormatch.local>"),
    // API key for public video statistics (the sponsored videos' daily snapshots)
    YOUTUBE_API_KEY: z.string().min(1).max(500).optional(),
    // Tracking links (lib/tracking). The salt of the visitor hash (HMAC of IP and user
    // agent; the raw IP is never stored); default: derived from NEXTAUTH_SECRET.
    CLICK_HASH_SALT: z.string().min(16).max(512).optional(),
    // The header a CDN / proxy in front sets to the visitor's ISO country (Cloudflare's
    // by default); absent or not two letters: no country.
    CLICK_COUNTRY_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/)
      .default("cf-ipcountry")
      .transform((h) => h.toLowerCase()),
    // Group commit of clicks: rows per INSERT, INSERTs in flight at once, clicks that may
    // wait for a commit (past it: 503).
    CLICK_BATCH_MAX_ROWS: z.coerce.number().int().min(1).max(5_000).default(500),
    CLICK_BATCH_IN_FLIGHT: z.coerce.number().int().min(1).max(16).default(2),
    CLICK_QUEUE_MAX: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    // Turns on /bench/r/:code, a constant 302 with no lookup and no write: the framework's
    // ceiling that bench:redirect measures beside /r/. Off: 404.
    BENCH_CEILING_ROUTE: booleanString.default(false),
    // AES-256-GCM key for secrets stored in the database (webhook signing secrets, OAuth
    // tokens): 32 bytes, base64. Development and tests use a fixed dev-only key.
    TOKEN_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, "32 bytes in base64 (openssl rand -base64 32)")
      .optional(),
    // The platform's commission on a settlement's gross, in basis points (1000 = 10 %).
    PLATFORM_COMMISSION_BP: z.coerce.number().int().min(0).max(10_000).default(1_000),
    // How brands top up their escrow: "local" (no payment service; every top-up succeeds).
    PAYMENT_ADAPTER: z.enum(["local"]).default("local"),
    // Google's OAuth endpoints for the "Connect YouTube" consent, and the two YouTube
    // APIs. Development and tests: the local stand-in (scripts/dev/youtube-stand-in.ts).
    GOOGLE_AUTH_URL: z.string().url().default("https://accounts.google.com/o/oauth2/v2/auth"),
    GOOGLE_TOKEN_URL: z.string().url().default("https://oauth2.googleapis.com/token"),
    GOOGLE_REVOKE_URL: z.string().url().default("https://oauth2.googleapis.com/revoke"),
    YOUTUBE_DATA_API_BASE_URL: z.string().url().default("https://www.googleapis.com/youtube/v3"),
    YOUTUBE_ANALYTICS_API_BASE_URL: z
      .string()
      .url()
      .default("https://youtubeanalytics.googleapis.com/v2"),
    // The OAuth client the YouTube consent uses; the sign-in client when unset.
    YOUTUBE_CLIENT_ID: z.string().min(1).max(500).optional(),
    YOUTUBE_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "required in production",
      });
    }
    if (env.NODE_ENV === "production" && !env.TOKEN_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["TOKEN_ENCRYPTION_KEY"],
        message: "required in production (32 bytes, base64: openssl rand -base64 32)",
      });
    }
    if (
      env.NODE_ENV === "production" &&
      !isGoogleIssuer(env.GOOGLE_ISSUER) &&
      !env.ALLOW_LOCAL_IDENTITY_PROVIDER
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["GOOGLE_ISSUER"],
        message: `must be ${GOOGLE} in production (a stand-in would sign in anyone)`,
      });
    }
  });

export type Env = z.infer<typeof EnvSchema> & {
  NEXTAUTH_SECRET: string;
  TOKEN_ENCRYPTION_KEY: string;
};

let cached: Env | undefined;

const DEV_ONLY_SECRET = "dev-only-secret-not-for-production-use";
// 32 bytes of a published constant: it protects nothing, which is why production refuses it.
const DEV_ONLY_TOKEN_KEY = Buffer.from("dev-only-token-key-do-not-use-!!").toString("base64");

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  // Development and tests sign JWTs with a fixed secret so that a newcomer needs no
  // configuration; production refuses to start without one (superRefine above).
  cached = {
    ...parsed.data,
    NEXTAUTH_SECRET: parsed.data.NEXTAUTH_SECRET ?? DEV_ONLY_SECRET,
    TOKEN_ENCRYPTION_KEY: parsed.data.TOKEN_ENCRYPTION_KEY ?? DEV_ONLY_TOKEN_KEY,
  };
  return cached;
}

/** Whether sign-in goes to a local OpenID stand-in instead of Google. */
export function usesLocalIdentityProvider(e: Env = env()): boolean {
  return !isGoogleIssuer(e.GOOGLE_ISSUER);
}

import { afterEach, describe, expect, it, vi } from "vitest";

// env() caches its first result: load a fresh copy of the module per case.
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import("./env.ts")).env;
}

afterEach(() => vi.unstubAllEnvs());

const base = {
  DATABASE_URL: "postgresql://localhost:5432/x",
  NEXTAUTH_SECRET: "0123456789abcdef0123",
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("env", () => {
  it("refuses a non-Google issuer in production", async () => {
    const env = await loadEnv({
      ...base,
      NODE_ENV: "production",
      GOOGLE_ISSUER: "http://localhost:4011",
    });
    expect(() => env()).toThrow(/GOOGLE_ISSUER/);
  });

  it.each([
    "https://accounts.google.com.evil.example",
    "https://accounts.google.com@evil.example",
    "https://accounts.google.com:8443",
    "http://accounts.google.com",
    "https://accounts.google.com/evil",
    "https://evil.example/?https://accounts.google.com",
  ])("refuses the look-alike issuer %s in production", async (issuer) => {
    const env = await loadEnv({ ...base, NODE_ENV: "production", GOOGLE_ISSUER: issuer });
    expect(() => env()).toThrow(/GOOGLE_ISSUER/);
  });

  it.each(["https://accounts.google.com", "https://accounts.google.com/"])(
    "accepts Google's own issuer %s in production",
    async (issuer) => {
      const env = await loadEnv({ ...base, NODE_ENV: "production", GOOGLE_ISSUER: issuer });
      expect(env().GOOGLE_ISSUER).toBe(issuer);
      const { usesLocalIdentityProvider } = await import("./env.ts");
      expect(usesLocalIdentityProvider(env())).toBe(false);
    },
  );

  it("treats a look-alike issuer as a stand-in elsewhere", async () => {
    const env = await loadEnv({
      ...base,
      GOOGLE_ISSUER: "https://accounts.google.com.evil.example",
    });
    const { usesLocalIdentityProvider } = await import("./env.ts");
    expect(usesLocalIdentityProvider(env())).toBe(true);
  });

  it("allows it when a production build is deliberately pointed at the stand-in", async () => {
    const env = await loadEnv({
      ...base,
      NODE_ENV: "production",
      GOOGLE_ISSUER: "http://localhost:4011",
      ALLOW_LOCAL_IDENTITY_PROVIDER: "true",
    });
    expect(env().GOOGLE_ISSUER).toBe("http://localhost:4011");
  });

  it("requires NEXTAUTH_SECRET in production and supplies a dev one elsewhere", async () => {
    const prod = await loadEnv({ ...base, NEXTAUTH_SECRET: undefined, NODE_ENV: "production" });
    expect(() => prod()).toThrow(/NEXTAUTH_SECRET/);
    const dev = await loadEnv({ ...base, NEXTAUTH_SECRET: undefined, NODE_ENV: "development" });
    expect(dev().NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(16);
  });

  it("requires a 32-byte TOKEN_ENCRYPTION_KEY in production and supplies a dev one elsewhere", async () => {
    const prod = await loadEnv({
      ...base,
      TOKEN_ENCRYPTION_KEY: undefined,
      NODE_ENV: "production",
    });
    expect(() => prod()).toThrow(/TOKEN_ENCRYPTION_KEY: required in production/);
    const short = await loadEnv({ ...base, TOKEN_ENCRYPTION_KEY: "c2hvcnQ=" });
    expect(() => short()).toThrow(/TOKEN_ENCRYPTION_KEY: 32 bytes in base64/);
    const dev = await loadEnv({ ...base, TOKEN_ENCRYPTION_KEY: undefined, NODE_ENV: "test" });
    expect(Buffer.from(dev().TOKEN_ENCRYPTION_KEY, "base64")).toHaveLength(32);
  });
});

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
});

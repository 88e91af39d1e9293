// The demo accounts: seeded into the database by scripts/db/seed.ts and offered by the
// local OpenID stand-in (dev and tests) in place of Google. Never used in production.
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@demo.creatormatch.kr", name: "김민지 (운영팀)", role: "ADMIN" },
  brand: {
    email: "brand@demo.creatormatch.kr",
    name: "박지우 (글로우랩)",
    role: "BRAND_MANAGER",
  },
  // A second brand, so that tests can prove one brand cannot see another's data.
  otherBrand: {
    email: "brand2@demo.creatormatch.kr",
    name: "김서준 (부산한입)",
    role: "BRAND_MANAGER",
  },
  creator: { email: "creator@demo.creatormatch.kr", name: "이하늘", role: "CREATOR" },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

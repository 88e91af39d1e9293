// The demo accounts: seeded into the database by scripts/db/seed.ts and offered by the
// local OpenID stand-in (dev and tests) in place of Google. Never used in production.
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@demo.creatormatch.kr", name: "Minji Admin", role: "ADMIN" },
  brand: {
    email: "brand@demo.creatormatch.kr",
    name: "Jiwoo Park (Glow Lab)",
    role: "BRAND_MANAGER",
  },
  // A second brand, so that tests can prove one brand cannot see another's data.
  otherBrand: {
    email: "brand2@demo.creatormatch.kr",
    name: "Seojun Kim (Busan Bites)",
    role: "BRAND_MANAGER",
  },
  creator: { email: "creator@demo.creatormatch.kr", name: "Haneul Lee", role: "CREATOR" },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

import { defineConfig } from "prisma/config";

// The Prisma CLI's view of the project. The app itself connects through
// lib/db/client.ts (adapter-pg); migrations are applied by scripts/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/creator_match" },
});

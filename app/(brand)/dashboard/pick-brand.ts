// The brand a money page (billing, orders) shows, by ?brand=: lib/settlement/select-brand
// decides; a brand the manager does not manage renders the 404 page.
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { selectBrand } from "@/lib/settlement/select-brand";

export async function pickBrand(
  user: SessionUser,
  searchParams: Promise<{ brand?: string | string[] }>,
) {
  return selectBrand(pool, user.brandIds, (await searchParams).brand).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
}

// Which of a manager's brands a money page shows (billing, orders): the one named by
// ?brand= when the caller manages it, else their first. A brand they do not manage is
// a 404, like every other foreign resource (never "forbidden": that would confirm it
// exists). The names are for the brand picker of a manager with several brands.
import { z } from "zod";
import { notFound } from "../errors.ts";
import type { Queryable } from "../reporting/queryable.ts";

export type ManagedBrand = { id: string; name: string };

const BrandParam = z.uuid();

export async function selectBrand(
  db: Queryable,
  brandIds: readonly string[],
  requested: string | string[] | undefined,
): Promise<{ brandId: string | null; brands: ManagedBrand[] }> {
  const { rows } = await db.query<ManagedBrand>(
    `SELECT id, name FROM brands WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
    [brandIds],
  );
  if (requested === undefined) return { brandId: brandIds[0] ?? null, brands: rows };
  const parsed = BrandParam.safeParse(requested);
  if (!parsed.success || !rows.some((b) => b.id === parsed.data)) throw notFound("Brand");
  return { brandId: parsed.data, brands: rows };
}

// Names of the brands a manager works for, for the dashboard heading.
import { defaultDb, type Queryable } from "./queryable.ts";

export type BrandSummary = {
  id: string;
  name: string;
  kind: string;
  category: string;
  city: string | null;
};

export async function listBrands(
  brandIds: readonly string[],
  db: Queryable = defaultDb,
): Promise<BrandSummary[]> {
  const { rows } = await db.query<BrandSummary>(
    `SELECT id, name, kind::text AS kind, category, city FROM brands WHERE id = ANY($1::uuid[]) ORDER BY name`,
    [brandIds],
  );
  return rows;
}

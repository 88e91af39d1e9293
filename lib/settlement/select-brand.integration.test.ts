// The money pages' brand choice: a manager of two brands gets either by ?brand=, and
// another brand, or something that is not an id, is a 404.
import { describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createBrandWithManager } from "@/test/helpers/fixtures";
import { selectBrand } from "./select-brand.ts";

describe("selectBrand", () => {
  it("picks any brand the manager manages, the first by default; 404 for anything else", async () => {
    const a = await createBrandWithManager("Alpha money");
    const b = await createBrandWithManager("Beta money");
    const stranger = await createBrandWithManager();
    await pool.query(
      `INSERT INTO brand_members (brand_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
      [b.brand.id, a.manager.id],
    );
    const mine = [a.brand.id, b.brand.id];
    const brands = [
      { id: a.brand.id, name: "Alpha money" },
      { id: b.brand.id, name: "Beta money" },
    ];
    expect(await selectBrand(pool, mine, undefined)).toEqual({ brandId: a.brand.id, brands });
    expect(await selectBrand(pool, mine, b.brand.id)).toEqual({ brandId: b.brand.id, brands });
    for (const bad of [stranger.brand.id, "not-a-uuid", [a.brand.id, b.brand.id]]) {
      await expect(selectBrand(pool, mine, bad)).rejects.toMatchObject({
        code: "not_found",
      } satisfies Partial<AppError>);
    }
  });
});

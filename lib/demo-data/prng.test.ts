import { describe, expect, it } from "vitest";
import { rng } from "./prng.ts";

describe("rng", () => {
  it("gives the same stream for the same key and another for another key", () => {
    const a = Array.from(
      { length: 5 },
      (() => {
        const r = rng("k");
        return () => r.uint32();
      })(),
    );
    const b = Array.from(
      { length: 5 },
      (() => {
        const r = rng("k");
        return () => r.uint32();
      })(),
    );
    const c = Array.from(
      { length: 5 },
      (() => {
        const r = rng("k2");
        return () => r.uint32();
      })(),
    );
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("draws uniform numbers in [0, 1) with the right mean", () => {
    const r = rng("uniform");
    const xs = Array.from({ length: 20_000 }, () => r.next());
    expect(xs.filter((x) => x < 0 || x >= 1)).toEqual([]);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it("draws normals with mean and sd as asked", () => {
    const r = rng("normal");
    const xs = Array.from({ length: 20_000 }, () => r.normal(10, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it("keeps int within both ends and reaches them", () => {
    const r = rng("int");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("draws Poisson counts with the right mean, small and large", () => {
    const r = rng("poisson");
    for (const lambda of [0.5, 4, 200]) {
      const xs = Array.from({ length: 5000 }, () => r.poisson(lambda));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(lambda, lambda > 10 ? -1 : 0);
    }
  });

  it("samples distinct items", () => {
    const r = rng("sample");
    const s = r.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(s).size).toBe(5);
    expect(r.sample([1, 2], 5)).toHaveLength(2);
  });

  it("makes version-4 UUIDs and YouTube-shaped ids", () => {
    const r = rng("ids");
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) ids.add(r.uuid());
    expect(ids.size).toBe(1000);
    expect(
      [...ids].filter(
        (id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      ),
    ).toEqual([]);
    expect(r.youtubeId(22)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const t = Date.UTC(2026, 10, 21);
    const v7 = [0, 1, 2, 65_535, 65_536].map((dt) => r.uuidV7(t + dt));
    expect(v7[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(v7[0].replace(/-/g, "").slice(0, 12), 16)).toBe(t);
    expect([...v7].sort()).toEqual(v7);
  });
});

// PreparingClient against a real Postgres: what each connection has prepared is read
// back from pg_prepared_statements (per session), so the tests see what the server
// keeps, not what the client believes.
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_GENERATIONS, PreparingClient, statementName } from "./prepared-statements.ts";

const databaseUrl = process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new PreparingClient({ connectionString: databaseUrl });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** The statements this session has prepared, by their text. */
async function prepared(): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>(
    "SELECT statement FROM pg_prepared_statements",
  );
  return rows.map((r) => r.statement);
}

describe("PreparingClient", () => {
  it("prepares a parameterised statement once and answers each call with its own values", async () => {
    const text = `SELECT $1::int * 2 AS doubled /* prepared-test-1 */`;
    const before = (await prepared()).filter((s) => s === text);
    expect(before).toEqual([]);
    const answers = [];
    for (const n of [1, 2, 3]) answers.push((await client.query(text, [n])).rows[0].doubled);
    expect(answers).toEqual([2, 4, 6]);
    expect((await prepared()).filter((s) => s === text)).toEqual([text]);
  });

  it("names a query config with values, and keeps its other options", async () => {
    const text = `SELECT $1::text AS a, $2::int AS b /* prepared-test-2 */`;
    const r = await client.query({ text, values: ["x", 7], rowMode: "array" });
    expect(r.rows).toEqual([["x", 7]]);
    expect(await prepared()).toContain(text);
  });

  it("leaves queries without parameters unprepared, several statements included", async () => {
    const r = await client.query(`SELECT 1 AS one /* prepared-test-3 */; SELECT 2 AS two`);
    expect((r as unknown as pg.QueryResult[]).map((x) => x.rows[0])).toEqual([
      { one: 1 },
      { two: 2 },
    ]);
    expect((await prepared()).some((s) => s.includes("prepared-test-3"))).toBe(false);
  });

  it("keeps a caller's own statement name", async () => {
    const text = `SELECT $1::int + 1 AS next /* prepared-test-4 */`;
    const r = await client.query({ name: "callers-own", text, values: [41] });
    expect(r.rows[0].next).toBe(42);
    const { rows } = await client.query<{ name: string }>(
      "SELECT name FROM pg_prepared_statements WHERE statement = $1",
      [text],
    );
    expect(rows.map((x) => x.name)).toEqual(["callers-own"]);
  });

  it("passes a COPY stream through untouched", async () => {
    await client.query("CREATE TEMP TABLE prepared_copy (n int)");
    await pipeline(
      Readable.from(["1\n2\n3\n"]),
      client.query(copyFrom("COPY prepared_copy FROM STDIN")),
    );
    const { rows } = await client.query(
      "SELECT sum(n)::int AS s FROM prepared_copy WHERE n > $1",
      [0],
    );
    expect(rows[0].s).toBe(6);
  });

  it("recovers from a statement Postgres refuses: the next call of the same text prepares it", async () => {
    const text = `SELECT $1::int AS n FROM prepared_missing_table /* prepared-test-5 */`;
    await expect(client.query(text, [1])).rejects.toThrow(/prepared_missing_table/);
    await client.query("CREATE TEMP TABLE prepared_missing_table (n int)");
    await client.query("INSERT INTO prepared_missing_table VALUES (1)");
    const { rows } = await client.query(text, [5]);
    expect(rows).toEqual([{ n: 5 }]);
  });

  it("sends a query with an object among its values unnamed: a value that fails to serialise spoils nothing", async () => {
    const text = `SELECT $1::jsonb AS j /* prepared-test-6 */`;
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(client.query(text, [circular])).rejects.toThrow(/circular/i);
    const { rows } = await client.query(text, [{ a: 1 }]);
    expect(rows).toEqual([{ j: { a: 1 } }]);
    expect((await prepared()).some((s) => s.includes("prepared-test-6"))).toBe(false);
    // arrays of plain values are prepared as before
    const arrays = `SELECT cardinality($1::int[]) AS n /* prepared-test-7 */`;
    expect((await client.query(arrays, [[1, 2, 3]])).rows).toEqual([{ n: 3 }]);
    expect(await prepared()).toContain(arrays);
  });

  it("gives one text one name, and another text another", () => {
    const a = statementName("SELECT $1 /* name-a */");
    expect(a).toMatch(/^p\d+$/);
    expect(statementName("SELECT $1 /* name-a */")).toBe(a);
    expect(statementName("SELECT $1 /* name-b */")).not.toBe(a);
  });
  it("prepares a statement again after a schema change made Postgres refuse it, also in a transaction", async () => {
    const table = `prepared_test_shape_${process.pid}`;
    await client.query(`CREATE TABLE ${table} (id int, v int)`);
    try {
      await client.query(`INSERT INTO ${table} VALUES (1, 2)`);
      const text = `SELECT * FROM ${table} WHERE id = $1`;
      expect((await client.query(text, [1])).rows).toEqual([{ id: 1, v: 2 }]);
      // a migration while the app runs: the prepared result shape no longer holds, and
      // the call, outside a transaction, goes again under a new name
      await client.query(`ALTER TABLE ${table} ALTER COLUMN v TYPE text`);
      expect((await client.query(text, [1])).rows).toEqual([{ id: 1, v: "2" }]);
      expect((client as PreparingClient).statementGeneration).toBe(1);

      // inside a transaction the call fails (the transaction is spoilt), the next one works
      await client.query(`ALTER TABLE ${table} ADD COLUMN w int`);
      await client.query("BEGIN");
      await expect(client.query(text, [1])).rejects.toMatchObject({ code: "0A000" });
      await client.query("ROLLBACK");
      for (let call = 0; call < 3; call++) {
        await client.query("BEGIN");
        expect((await client.query(text, [1])).rows).toEqual([{ id: 1, v: "2", w: null }]);
        await client.query("COMMIT");
      }
    } finally {
      await client.query(`DROP TABLE ${table}`);
    }
  });

  it("answers pool.query (node-pg's callback form) after a schema change, on the first call", async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl, Client: PreparingClient, max: 1 });
    const table = `prepared_test_pool_${process.pid}`;
    try {
      await pool.query(`CREATE TABLE ${table} (id int, v int)`);
      await pool.query(`INSERT INTO ${table} VALUES (1, 2)`);
      const text = `SELECT * FROM ${table} WHERE id = $1`;
      expect((await pool.query(text, [1])).rows).toEqual([{ id: 1, v: 2 }]);
      await pool.query(`ALTER TABLE ${table} ADD COLUMN w int`);
      // the one connection met the stale statement and sent the call again
      expect((await pool.query(text, [1])).rows).toEqual([{ id: 1, v: 2, w: null }]);
      expect((await pool.query(text, [1])).rows).toEqual([{ id: 1, v: 2, w: null }]);
      const answered = await new Promise<unknown>((resolve, reject) =>
        pool.query(text, [1], (error, result) => (error ? reject(error) : resolve(result.rows))),
      );
      expect(answered).toEqual([{ id: 1, v: 2, w: null }]);

      // the config's own callback (node-pg's third form) is answered the same way
      await pool.query(`ALTER TABLE ${table} ADD COLUMN x int`);
      const client = await pool.connect();
      try {
        const rows = await new Promise<unknown>((resolve, reject) =>
          client.query({
            text,
            values: [1],
            callback: (error: Error | null, result: pg.QueryResult) =>
              error ? reject(error) : resolve(result.rows),
          } as pg.QueryConfig),
        );
        expect(rows).toEqual([{ id: 1, v: 2, w: null, x: null }]);

        // a forwarding wrapper's trailing undefined callback is the promise form
        const forwarded = await (client.query as (...a: unknown[]) => Promise<pg.QueryResult>)(
          text,
          [1],
          undefined,
        );
        expect(forwarded.rows).toEqual([{ id: 1, v: 2, w: null, x: null }]);

        // a call with others queued behind it is not sent again: it would run after them
        await client.query(`ALTER TABLE ${table} ADD COLUMN y int`);
        const stale = client.query(text, [1]);
        const behind = client.query("SELECT 2 AS two");
        await expect(stale).rejects.toMatchObject({ code: "0A000" });
        expect((await behind).rows).toEqual([{ two: 2 }]);
        expect((await client.query(text, [1])).rows).toEqual([
          { id: 1, v: 2, w: null, x: null, y: null },
        ]);
      } finally {
        client.release();
      }
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`);
      await pool.end();
    }
  });

  it("renames nothing for a query's own unsupported feature (0A000), and stops preparing after MAX_GENERATIONS", async () => {
    const c = new PreparingClient({ connectionString: databaseUrl });
    await c.connect();
    try {
      const unsupported = `SELECT count(*) FROM (VALUES ($1::int)) v(n) FOR UPDATE`;
      await expect(c.query(unsupported, [1])).rejects.toMatchObject({ code: "0A000" });
      await expect(c.query(unsupported, [1])).rejects.toMatchObject({ code: "0A000" });
      expect(c.statementGeneration).toBe(0);

      c.statementGeneration = MAX_GENERATIONS;
      const text = `SELECT $1::int AS n /* prepared-test-8 */`;
      expect((await c.query(text, [8])).rows).toEqual([{ n: 8 }]);
      const { rows } = await c.query("SELECT count(*)::int AS n FROM pg_prepared_statements");
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await c.end();
    }
  });
});

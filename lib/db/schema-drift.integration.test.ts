// Proves that prisma/schema.prisma and the database built by prisma/migrations
// agree: enums, tables, columns (type, nullability, default), primary keys,
// indexes (unique, method, column order, sort order) and foreign keys (target,
// ON DELETE / ON UPDATE). This is the check `prisma migrate diff` would make if
// its engine could be downloaded here.
//
// Both sides are reduced to the same flat list of facts, named as Prisma names
// things, so a failure reads as "expected X, found Y". Anything the mapping does
// not know (a new native type, a dbgenerated default, a named FK) throws, so the
// test fails loudly instead of silently checking less.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import pkg from "@prisma/internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "./migrations.ts";

const { getDMMF } = pkg;
type Datamodel = Awaited<ReturnType<typeof getDMMF>>["datamodel"];
type Model = Datamodel["models"][number];
type Field = Model["fields"][number];

const MAX_IDENTIFIER = 63;
const FK_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  SetNull: "SET NULL",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};
const PG_FK_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** fact name -> value; the unit both sides are compared in. */
type Facts = Map<string, string>;

// ───────────────────────────── expected, from schema.prisma ─────────────────────────────

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function truncatedName(base: string, suffix: string): string {
  // Prisma keeps generated constraint names within Postgres's identifier limit.
  return base.slice(0, MAX_IDENTIFIER - suffix.length) + suffix;
}

// Tables whose @@id exists for Prisma only: the database has no such key, on purpose.
// adstats_events: unique by construction, and its b-tree cost the import 40% on top of
// the COPY (migration 20261205100000_adstats_events_brin).
const KEYS_ONLY_IN_SCHEMA = new Set(["adstats_events"]);

/**
 * Names of the partial indexes schema.prisma declares (`map: "…"` with a
 * `where: raw(…)`, preview feature partialIndexes): getDMMF drops the predicate, so
 * the source says which indexes have one. Whether there is a predicate is compared,
 * not its text (Postgres rewrites it).
 */
function partialIndexNames(schema: string): Set<string> {
  const names = new Set<string>();
  for (const m of schema.matchAll(/@@(?:unique|index)\(\[[^\]]*\],([^\n]*)/g)) {
    const map = /map:\s*"([^"]+)"/.exec(m[1]);
    if (/\bwhere:/.test(m[1])) {
      if (!map) throw new Error(`drift test: name the partial index with map: (${m[0]})`);
      names.add(map[1]);
    }
  }
  return names;
}

function expectedFacts(dm: Datamodel, partial: Set<string>): Facts {
  const facts: Facts = new Map();
  const enumDbName = (name: string) => {
    const e = dm.enums.find((x) => x.name === name);
    if (!e) throw new Error(`unknown enum ${name}`);
    return e.dbName ?? e.name;
  };
  const tableName = (m: Model) => m.dbName ?? m.name;
  const columnName = (f: Field) => f.dbName ?? f.name;
  const modelByName = (name: string) => dm.models.find((m) => m.name === name)!;
  const fieldColumn = (m: Model, fieldName: string) =>
    columnName(m.fields.find((f) => f.name === fieldName)!);

  for (const e of dm.enums) {
    facts.set(`enum ${e.dbName ?? e.name}`, e.values.map((v) => v.dbName ?? v.name).join(", "));
  }

  const baseType = (f: Field): string => {
    if (f.kind === "enum") return quoteIdent(enumDbName(f.type));
    if (f.nativeType) {
      const [name, args] = f.nativeType as [string, string[]];
      const native: Record<string, string> = {
        Uuid: "uuid",
        Text: "text",
        Char: `character(${args[0]})`,
        VarChar: `character varying(${args[0]})`,
        SmallInt: "smallint",
        Integer: "integer",
        BigInt: "bigint",
        DoublePrecision: "double precision",
        Real: "real",
        Decimal: `numeric(${args.join(",")})`,
        Timestamptz: `timestamp(${args[0] ?? 6}) with time zone`,
        Timestamp: `timestamp(${args[0] ?? 6}) without time zone`,
        Date: "date",
        JsonB: "jsonb",
        Json: "json",
        Boolean: "boolean",
      };
      if (!native[name]) throw new Error(`drift test: map native type @db.${name} (${f.name})`);
      return native[name];
    }
    const scalar: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Bytes: "bytea",
    };
    if (!scalar[f.type]) throw new Error(`drift test: map scalar type ${f.type} (${f.name})`);
    return scalar[f.type];
  };

  // The default as Postgres prints it back (pg_get_expr).
  const expectedDefault = (f: Field, type: string, table: string): string => {
    if (!f.hasDefaultValue) return "none";
    const d = f.default as unknown;
    if (d !== null && typeof d === "object" && !Array.isArray(d)) {
      const fn = (d as { name: string }).name;
      if (fn === "now") return "CURRENT_TIMESTAMP";
      // @default(autoincrement()) on a BigInt / Int: a BIGSERIAL / SERIAL column.
      if (fn === "autoincrement") return `nextval('${table}_${columnName(f)}_seq'::regclass)`;
      // dbgenerated("expr"): the SQL expression itself, as Postgres prints it back.
      if (fn === "dbgenerated") return String((d as { args: unknown[] }).args[0]);
      // Generated by the Prisma client, not the database.
      if (fn === "uuid" || fn === "cuid" || fn === "nanoid" || fn === "ulid") return "none";
      throw new Error(`drift test: map default ${fn}() (${f.name})`);
    }
    const literal = (v: unknown, castTo: string): string => {
      if (typeof v === "boolean") return String(v);
      if (f.type === "Int" || f.type === "BigInt") {
        const n = String(v);
        return n.startsWith("-") ? `'${n}'::${castTo}` : n;
      }
      if (typeof v === "string") {
        const pgCast = castTo.startsWith("character(") ? "bpchar" : castTo;
        return `'${v.replace(/'/g, "''")}'::${pgCast}`;
      }
      throw new Error(`drift test: map default ${JSON.stringify(v)} (${f.name})`);
    };
    if (Array.isArray(d)) {
      if (d.length === 0) return `ARRAY[]::${type}[]`;
      return `ARRAY[${d.map((v) => literal(v, type)).join(", ")}]`;
    }
    return literal(d, type);
  };

  for (const m of dm.models) {
    const t = tableName(m);
    facts.set(`table ${t}`, "exists");
    for (const f of m.fields) {
      if (f.kind === "object") continue;
      if (f.kind !== "scalar" && f.kind !== "enum")
        throw new Error(`drift test: field kind ${f.kind}`);
      const c = `${t}.${columnName(f)}`;
      const type = baseType(f);
      facts.set(`column ${c} type`, f.isList ? `${type}[]` : type);
      // Prisma creates list columns nullable and required scalars NOT NULL.
      facts.set(`column ${c} nullable`, String(!f.isRequired || f.isList));
      facts.set(`column ${c} default`, expectedDefault(f, type, t));
    }

    for (const index of dm.indexes.filter((i) => i.model === m.name)) {
      const columns = index.fields.map((x) => fieldColumn(m, x.name));
      const rendered = index.fields
        .map((x) => {
          if ((x as { operatorClass?: unknown }).operatorClass)
            throw new Error(`drift test: map operator classes`);
          return fieldColumn(m, x.name) + (x.sortOrder === "desc" ? " DESC" : "");
        })
        .join(", ");
      if (index.type === "id") {
        if (KEYS_ONLY_IN_SCHEMA.has(t)) continue;
        const name = index.dbName ?? truncatedName(t, "_pkey");
        facts.set(`primary key ${t}`, `${name} (${rendered})`);
        continue;
      }
      if (index.type !== "unique" && index.type !== "normal")
        throw new Error(`drift test: index type ${index.type}`);
      const suffix = index.type === "unique" ? "_key" : "_idx";
      const name = index.dbName ?? truncatedName(`${t}_${columns.join("_")}`, suffix);
      const method = (index.algorithm ?? "BTree").toLowerCase();
      facts.set(
        `index ${name}`,
        `${index.type === "unique" ? "UNIQUE " : ""}${method} ON ${t} (${rendered})` +
          (partial.has(name) ? " WHERE <predicate>" : ""),
      );
    }

    for (const f of m.fields) {
      if (f.kind !== "object" || !f.relationFromFields?.length) continue;
      const target = modelByName(f.type);
      const from = f.relationFromFields.map((n) => fieldColumn(m, n));
      const to = (f.relationToFields ?? []).map((n) => fieldColumn(target, n));
      // Prisma's defaults: optional relations SET NULL, required ones RESTRICT; updates CASCADE.
      const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
      const onUpdate = (f as { relationOnUpdate?: string }).relationOnUpdate ?? "Cascade";
      // DMMF does not carry @relation(map: ...), so a custom FK name shows up here as drift.
      const name = truncatedName(`${t}_${from.join("_")}`, "_fkey");
      facts.set(
        `foreign key ${name}`,
        `${t} (${from.join(", ")}) -> ${tableName(target)} (${to.join(", ")}) ON DELETE ${FK_ACTIONS[onDelete]} ON UPDATE ${FK_ACTIONS[onUpdate]}`,
      );
    }
  }
  return facts;
}

// ───────────────────────────── actual, from the database ─────────────────────────────

async function actualFacts(client: pg.ClientBase, schema: string): Promise<Facts> {
  const facts: Facts = new Map();
  const ignoredTables = ["_prisma_migrations"];

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  for (const e of enums.rows) facts.set(`enum ${e.name}`, e.labels.join(", "));

  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($2))`,
    [schema, ignoredTables],
  );
  for (const t of tables.rows) facts.set(`table ${t.name}`, "exists");

  const columns = await client.query<{
    tbl: string;
    col: string;
    type: string;
    notnull: boolean;
    dflt: string | null;
  }>(
    `SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        AND NOT (c.relname = ANY($2))`,
    [schema, ignoredTables],
  );
  for (const c of columns.rows) {
    const key = `column ${c.tbl}.${c.col}`;
    facts.set(`${key} type`, c.type);
    facts.set(`${key} nullable`, String(!c.notnull));
    facts.set(`${key} default`, c.dflt ?? "none");
  }

  const indexes = await client.query<{
    tbl: string;
    name: string;
    method: string;
    is_unique: boolean;
    is_primary: boolean;
    columns: string[];
    options: number[];
    partial: boolean;
  }>(
    `SELECT t.relname AS tbl, i.relname AS name, am.amname AS method, x.indisunique AS is_unique,
            x.indisprimary AS is_primary, x.indpred IS NOT NULL AS partial,
            array(SELECT coalesce(a.attname::text, '<expression>')
                    FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   ORDER BY k.ord) AS columns,
            x.indoption::int2[] AS options
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_am am ON am.oid = i.relam
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND NOT (t.relname = ANY($2))`,
    [schema, ignoredTables],
  );
  for (const ix of indexes.rows) {
    const rendered = ix.columns
      .map((col, i) => {
        const desc = (ix.options[i] & 1) !== 0;
        const nullsFirst = (ix.options[i] & 2) !== 0;
        // Only the non-default NULLS placement is worth naming; Prisma never asks for it.
        const nulls = nullsFirst !== desc ? (nullsFirst ? " NULLS FIRST" : " NULLS LAST") : "";
        return `${col}${desc ? " DESC" : ""}${nulls}`;
      })
      .join(", ");
    if (ix.is_primary) {
      facts.set(`primary key ${ix.tbl}`, `${ix.name} (${rendered})`);
    } else {
      const partial = ix.partial ? " WHERE <predicate>" : "";
      facts.set(
        `index ${ix.name}`,
        `${ix.is_unique ? "UNIQUE " : ""}${ix.method} ON ${ix.tbl} (${rendered})${partial}`,
      );
    }
  }

  const constraints = await client.query<{
    name: string;
    type: string;
    tbl: string;
    cols: string[];
    ref_tbl: string | null;
    ref_cols: string[] | null;
    on_delete: string;
    on_update: string;
  }>(
    `SELECT con.conname AS name, con.contype AS type, t.relname AS tbl,
            array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
            rt.relname AS ref_tbl,
            array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_cols,
            con.confdeltype AS on_delete, con.confupdtype AS on_update
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_class rt ON rt.oid = con.confrelid
      WHERE n.nspname = $1 AND NOT (t.relname = ANY($2))`,
    [schema, ignoredTables],
  );
  for (const con of constraints.rows) {
    if (con.type === "f") {
      facts.set(
        `foreign key ${con.name}`,
        `${con.tbl} (${con.cols.join(", ")}) -> ${con.ref_tbl} (${con.ref_cols!.join(", ")}) ` +
          `ON DELETE ${PG_FK_ACTIONS[con.on_delete]} ON UPDATE ${PG_FK_ACTIONS[con.on_update]}`,
      );
    } else if (con.type === "p" || con.type === "n") {
      // Primary keys are read from their index; 'n' is PG 18's catalogued NOT NULL, read from the column.
    } else if (con.type === "c") {
      // CHECK constraints: Prisma's schema cannot state them and `prisma migrate diff`
      // leaves them alone, so hand-written ones (a balance that never goes negative) are
      // allowed; the migration that adds one says why.
    } else {
      // CHECK, EXCLUDE, UNIQUE constraints (Prisma makes unique indexes), triggers: not in the schema.
      facts.set(`constraint ${con.name}`, `type ${con.type} on ${con.tbl}`);
    }
  }
  return facts;
}

function differences(expected: Facts, actual: Facts): string[] {
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  const out: string[] = [];
  for (const key of keys) {
    const want = expected.get(key);
    const got = actual.get(key);
    if (want === got) continue;
    if (got === undefined) out.push(`${key}: missing in the database (schema says ${want})`);
    else if (want === undefined)
      out.push(`${key}: in the database (${got}) but not in schema.prisma`);
    else out.push(`${key}: schema says ${want}, database has ${got}`);
  }
  return out;
}

// ───────────────────────────── the tests ─────────────────────────────

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
let client: pg.Client;
let expected: Facts;

beforeAll(async () => {
  const schema = readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
  const dmmf = await getDMMF({ datamodel: schema });
  expected = expectedFacts(dmmf.datamodel, partialIndexNames(schema));
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("schema.prisma and prisma/migrations", () => {
  it("describe the same database", async () => {
    const actual = await actualFacts(client, "public");
    expect(differences(expected, actual)).toEqual([]);
    // Guard against both sides being empty or the reader finding nothing.
    expect(actual.size).toBeGreaterThan(300);
    // ... and every relation of the schema found as a foreign key (not a fixed count that
    // each new table would have to edit).
    const foreignKeys = (facts: Facts) =>
      [...facts.keys()].filter((k) => k.startsWith("foreign key "));
    expect(foreignKeys(actual).length).toBeGreaterThanOrEqual(18);
    expect(foreignKeys(actual).sort()).toEqual(foreignKeys(expected).sort());
  });

  // The comparison must be able to fail: apply a deliberately broken copy of the
  // migrations to a scratch schema and check that each break is reported.
  describe("report drift", () => {
    const scratch = "drift_probe";
    let sql: string;

    beforeAll(async () => {
      const migrations = await readMigrations(path.join(repoRoot, "prisma", "migrations"));
      sql = migrations.map((m) => m.script).join("\n");
    });

    async function factsOfBrokenCopy(broken: string): Promise<Facts> {
      await client.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE; CREATE SCHEMA ${scratch}`);
      try {
        await client.query(`SET search_path TO ${scratch}`);
        await client.query(broken);
        return await actualFacts(client, scratch);
      } finally {
        await client.query(`SET search_path TO public; DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
      }
    }

    const breaks: { what: string; from: string | RegExp; to: string; reported: RegExp }[] = [
      {
        what: "a missing column",
        from: '    "handle" TEXT,\n',
        to: "",
        reported: /^column channels\.handle type: missing/,
      },
      {
        what: "a wrong type",
        from: '"subscriber_count" INTEGER,',
        to: '"subscriber_count" BIGINT,',
        reported:
          /^column channels\.subscriber_count type: schema says integer, database has bigint/,
      },
      {
        what: "a wrong nullability",
        from: '"display_name" TEXT NOT NULL,',
        to: '"display_name" TEXT,',
        reported: /^column creators\.display_name nullable: schema says false/,
      },
      {
        what: "a wrong default",
        from: "\"country\" CHAR(2) NOT NULL DEFAULT 'KR',",
        to: "\"country\" CHAR(2) NOT NULL DEFAULT 'US',",
        reported:
          /^column creators\.country default: schema says 'KR'::bpchar, database has 'US'::bpchar/,
      },
      {
        what: "a lost sort order",
        from: '"subscriber_count" DESC)',
        to: '"subscriber_count")',
        reported:
          /^index channels_platform_subscriber_count_idx: .* database has btree ON channels \(platform, subscriber_count\)/,
      },
      {
        what: "a btree where GIN belongs",
        from: 'ON "creators" USING GIN ("categories")',
        to: 'ON "creators"("categories")',
        reported: /^index creators_categories_idx: schema says gin/,
      },
      {
        what: "a unique index that is not unique",
        from: 'CREATE UNIQUE INDEX "users_email_key"',
        to: 'CREATE INDEX "users_email_key"',
        reported: /^index users_email_key: schema says UNIQUE btree/,
      },
      {
        what: "a partial unique index made whole",
        from: /\n {2}WHERE status NOT IN \('REJECTED', 'EXPIRED'\);/,
        to: ";",
        reported:
          /^index matches_live_pair_key: schema says UNIQUE btree .* WHERE <predicate>, database has/,
      },
      {
        what: "a missing index",
        from: /-- CreateIndex\nCREATE INDEX "matches_status_created_at_idx"[^\n]*\n/,
        to: "",
        reported: /^index matches_status_created_at_idx: missing/,
      },
      {
        what: "a wrong ON DELETE",
        from: /("creators_user_id_fkey"[^;]*)ON DELETE SET NULL/,
        to: "$1ON DELETE CASCADE",
        reported:
          /^foreign key creators_user_id_fkey: .*ON DELETE SET NULL.*database has .*ON DELETE CASCADE/,
      },
      {
        what: "a foreign key to the wrong table",
        from: /("campaigns_created_by_id_fkey"[^;]*)REFERENCES "users"\("id"\)/,
        to: '$1REFERENCES "brands"("id")',
        reported: /^foreign key campaigns_created_by_id_fkey: .*database has .*-> brands \(id\)/,
      },
      {
        what: "a missing enum value",
        from: "'TIKTOK'",
        to: "'TIK_TOK'",
        reported:
          /^enum Platform: schema says YOUTUBE, INSTAGRAM, TIKTOK, database has YOUTUBE, INSTAGRAM, TIK_TOK/,
      },
      {
        what: "an extra table",
        from: /$/,
        to: '\nCREATE TABLE "stray" ("id" INTEGER PRIMARY KEY);\n',
        reported: /^table stray: in the database/,
      },
    ];

    it.each(breaks)("$what", async ({ from, to, reported }) => {
      const broken = sql.replace(from, to);
      expect(broken, "the break must change the SQL").not.toBe(sql);
      const found = differences(expected, await factsOfBrokenCopy(broken));
      expect(
        found.some((line) => reported.test(line)),
        found.join("\n"),
      ).toBe(true);
    });

    it("finds nothing in an unbroken copy (the scratch schema is read like the real one)", async () => {
      expect(differences(expected, await factsOfBrokenCopy(sql))).toEqual([]);
    });
  });
});

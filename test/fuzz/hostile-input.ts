// fast-check arbitraries for hostile input: the values a careless script, a fuzzer or
// an attacker sends where a route expects something well-formed.
import fc from "fast-check";

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf"];

/** Strings that have broken parsers, databases and renderers before. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\uFEFF",
    "null",
    "undefined",
    "NaN",
    "-0",
    "1e309",
    "9007199254740993",
    "0x1F",
    "2027-02-30",
    "2027-13-01",
    "../../etc/passwd",
    "%00",
    "%ZZ",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "한국어 캠페인 🎉",
    "𝕏".repeat(50),
    "a".repeat(10_000),
    ...PROTOTYPE_KEYS,
  ),
  fc.string({ maxLength: 60, unit: "binary" }),
  fc.string({ maxLength: 30 }),
);

/** Any JSON value, including ones a schema does not expect at this place. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 53, -(2 ** 63), Number.MAX_VALUE),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, "a"), fc.jsonValue({ maxDepth: 1 })),
);

/** A valid object with one key replaced, removed or added: reaches deep validation. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    // Now and then the valid object itself, so that writes get through and what they
    // store is checked too.
    fc.constant(valid),
    fc
      .record({ key: fc.constantFrom(...keys), value: anyJson })
      .map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _removed, ...rest } = valid;
      return rest;
    }),
    fc
      .record({ key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString), value: anyJson })
      .map(({ key, value }) => JSON.parse(JSON.stringify({ ...valid, [key]: value }))),
  );
}

/** A raw request body: JSON text, broken JSON, deep nesting, prototype keys, large. */
export function rawBody(jsonBodies: fc.Arbitrary<unknown>): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: jsonBodies.map((b) => JSON.stringify(b) ?? "null") },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        "",
        "{",
        '{"title":',
        "[".repeat(5000) + "]".repeat(5000),
        '{"__proto__":{"role":"ADMIN"},"constructor":{"prototype":{}}}',
        '{"a":1,"a":2}',
        "\u0000",
        "title=x&budget=1",
        "<campaign><title>x</title></campaign>",
      ),
    },
    { weight: 1, arbitrary: hostileString },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 200_000, max: 1_300_000 })
        .map((n) => JSON.stringify({ title: "Big", regions: "r".repeat(n) })),
    },
  );
}

export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/xml",
      "application/json; charset=utf-16",
    ),
  },
);

/** A query string built from the names routes read, plus junk and repeated names. */
export function queryString(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    hostileString,
    fc.integer({ min: -5, max: 200_000 }).map(String),
    fc
      .array(fc.constantFrom("micro", "mid", "Seoul", "beauty", "x"), { maxLength: 40 })
      .map((xs) => xs.join(",")),
  );
  const name = fc.oneof(fc.constantFrom(...names, ...PROTOTYPE_KEYS), hostileString);
  return fc
    .array(fc.tuple(name, value), { maxLength: 6 })
    .map((pairs) => new URLSearchParams(pairs).toString());
}

import type { z } from "zod";
import { AppError, type FieldErrors } from "../errors.ts";

/**
 * Flattens zod issues into { "targetAudience.ageRanges.0": ["..."] }. An unknown key is
 * reported on its own path ("targetAudience.region": ["Unknown field"]) so that a typo
 * points at itself.
 */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldErrors {
  // No prototype: a field named "toString" or "__proto__" is a field like any other.
  const fields: FieldErrors = Object.create(null);
  for (const { key, message } of keyedIssues(error, prefix)) (fields[key] ??= []).push(message);
  return fields;
}

/** Each issue with the field key it is reported on (lib/i18n/localize-error.ts rewords them). */
export function keyedIssues(error: z.ZodError, prefix?: string) {
  const out: { key: string; message: string; issue: z.core.$ZodIssue }[] = [];
  const keyOf = (path: PropertyKey[]) =>
    [prefix, ...path.map(String)].filter(Boolean).join(".") || "(root)";
  // A value of the wrong type is told only that: zod 4 still runs a field's length and
  // range checks on it, so ["abc"] for a title would also be "Too small: expected array
  // to have >=3 items", a message about a list the field never takes.
  const wrongType = new Set(
    error.issues.filter((i) => i.code === "invalid_type").map((i) => keyOf(i.path)),
  );
  // Of two bounds on one field, the tighter says it all: 99999999999999999 for a budget
  // is "at most 100000000000", not also "at most 9007199254740991" (zod's safe-integer
  // check, a limit of the language rather than of the business).
  const tightest = new Map<string, number>();
  for (const i of error.issues) {
    if (i.code !== "too_big" && i.code !== "too_small") continue;
    const bound = Number(i.code === "too_big" ? i.maximum : i.minimum);
    const key = `${i.code}\u0000${keyOf(i.path)}`;
    const kept = tightest.get(key);
    if (kept === undefined || (i.code === "too_big" ? bound < kept : bound > kept))
      tightest.set(key, bound);
  }
  for (const issue of error.issues) {
    if (issue.code !== "invalid_type" && wrongType.has(keyOf(issue.path))) continue;
    if (
      (issue.code === "too_big" || issue.code === "too_small") &&
      tightest.get(`${issue.code}\u0000${keyOf(issue.path)}`) !==
        Number(issue.code === "too_big" ? issue.maximum : issue.minimum)
    )
      continue;
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys.slice(0, 20))
        out.push({ key: keyOf([...issue.path, k]), message: "Unknown field", issue });
    } else {
      out.push({ key: keyOf(issue.path), message: issue.message, issue });
    }
  }
  return out;
}

export function validationError(
  error: z.ZodError | null,
  prefix?: string,
  unstorable: FieldErrors | null = null,
): AppError {
  const issues = error ? keyedIssues(error, prefix) : [];
  // text Postgres cannot hold is reported beside the schema's own findings, as issues of
  // their own so that they are worded in the reader's language like the others
  for (const [key, messages] of Object.entries(unstorable ?? {}))
    for (const message of messages)
      issues.push({ key, message, issue: { code: "custom", message, path: [], input: undefined } });
  const fields: FieldErrors = Object.create(null);
  for (const { key, message } of issues) {
    const list = (fields[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  const e = new AppError("validation_failed", "Some fields are invalid", fields);
  e.zodIssues = issues;
  return e;
}

/**
 * Where text Postgres cannot hold hides in a parsed input (a string or an object key),
 * as field keys with the reason: a NUL character (text and jsonb refuse it), or half of a
 * UTF-16 surrogate pair without its other half (JSON's "\ud800": jsonb refuses it, and
 * a text column would store a replacement character instead of what was sent). Every
 * route, server action and import refuses it here, beside its schema's findings, instead of
 * failing in the database with a 500. Walks without recursion (a 1 MB body can nest
 * deeper than the stack).
 */
export function unstorableTextFields(input: unknown, prefix?: string): FieldErrors | null {
  // Nearly every input holds neither: one native pass settles that before any walk (JSON
  // escapes a NUL as \u0000 and a lone surrogate as \udxxx; a whole pair stays as it
  // is); a walk allocates per value, ~1 s on a 1 MB body here. Values JSON cannot write
  // (a BigInt in an action's argument) are walked instead.
  try {
    const text = JSON.stringify(input);
    if (text === undefined || !SUSPECT_JSON.test(text)) return null;
  } catch {
    // walk
  }
  let fields: FieldErrors | null = null;
  // A path is a chain of (parent, key) links, spelt out only for a hit: copying it at
  // every level would make a deeply nested body cost its depth squared.
  type Path = { parent: Path | null; key: string } | null;
  const keyOf = (path: Path) => {
    const keys: string[] = [];
    for (let p = path; p; p = p.parent) keys.push(p.key);
    return keys.reverse().join(".") || "(root)";
  };
  const hit = (path: Path, message: string) => {
    const list = ((fields ??= Object.create(null) as FieldErrors)[keyOf(path)] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);
  const report = (text: string, path: Path) => {
    if (text.includes("\u0000")) hit(path, NUL_MESSAGE);
    if (LONE_SURROGATE.test(text)) hit(path, LONE_SURROGATE_MESSAGE);
  };
  const stack: [unknown, Path][] = [[input, prefix ? { parent: null, key: prefix } : null]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (unstorable(value)) report(value, path);
    } else if (value !== null && typeof value === "object") {
      // only strings and containers are looked at: a number costs nothing, a path link
      // is made for a hit or a container
      const visit = (k: string, v: unknown) => {
        if (typeof v === "string") {
          if (unstorable(v)) report(v, { parent: path, key: k });
        } else if (v !== null && typeof v === "object") stack.push([v, { parent: path, key: k }]);
      };
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(String(i), value[i]);
      else
        for (const k in value) {
          if (!Object.hasOwn(value, k)) continue;
          // a key is reported on its object: it cannot name a field
          if (unstorable(k)) report(k, path);
          else visit(k, (value as Record<string, unknown>)[k]);
        }
    }
  }
  return fields;
}

const NUL_MESSAGE = "Must not contain NUL characters";
const LONE_SURROGATE_MESSAGE = "Must be valid Unicode text (a lone surrogate cannot be stored)";
// Half a surrogate pair, read as code units (no u flag): a high one not followed by a
// low one, or a low one not after a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// What JSON.stringify writes for either: \u0000, or the escape of a lone surrogate.
const SUSPECT_JSON = /\\u0000|\\ud[89a-f]/i;

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix?: string,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  const unstorable = unstorableTextFields(input, prefix);
  if (parsed.success && !unstorable) return parsed.data;
  throw validationError(parsed.success ? null : parsed.error, prefix, unstorable);
}

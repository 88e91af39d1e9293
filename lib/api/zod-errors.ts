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
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys.slice(0, 20))
        out.push({ key: keyOf([...issue.path, k]), message: "Unknown field", issue });
    } else {
      out.push({ key: keyOf(issue.path), message: issue.message, issue });
    }
  }
  return out;
}

export function validationError(error: z.ZodError, prefix?: string): AppError {
  const e = new AppError(
    "validation_failed",
    "Some fields are invalid",
    fieldErrors(error, prefix),
  );
  e.zodIssues = keyedIssues(error, prefix);
  return e;
}

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix?: string,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, prefix);
  return parsed.data;
}

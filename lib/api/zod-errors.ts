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
  const add = (path: PropertyKey[], message: string) => {
    const key = [prefix, ...path.map(String)].filter(Boolean).join(".") || "(root)";
    (fields[key] ??= []).push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys.slice(0, 20)) add([...issue.path, k], "Unknown field");
    } else {
      add(issue.path, issue.message);
    }
  }
  return fields;
}

export function validationError(error: z.ZodError, prefix?: string): AppError {
  return new AppError("validation_failed", "Some fields are invalid", fieldErrors(error, prefix));
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

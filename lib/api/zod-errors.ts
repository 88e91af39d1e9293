import type { z } from "zod";
import { AppError, type FieldErrors } from "../errors.ts";

/** Flattens zod issues into { "targetAudience.ageRanges.0": ["..."] }. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    (fields[path] ??= []).push(issue.message);
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

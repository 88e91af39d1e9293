// What a route says about itself for the OpenAPI document, next to its zod schemas in
// its apiRoute config. lib/api/openapi/build-document.ts reads it from the exported
// handler, so the document is made from the very schemas the route parses with.
import type { z } from "zod";
import type { Role } from "../../db/generated/enums.ts";
import type { ApiScope } from "../../auth/api-tokens/schemas.ts";

export type RouteDocs = {
  /** One line, shown in lists. */
  summary: string;
  description?: string;
  /** Groups the operation in the docs page; defaults to the path's first segment after /api/v1. */
  tag?: string;
  /** The success answer: a zod schema the handler's result is checked against outside production. */
  response:
    | { status?: 200 | 201; description?: string; schema: z.ZodType }
    /** A streamed answer in another format (NDJSON progress), described in words. */
    | { status?: 200 | 201; description: string; contentType: string };
  /** Examples shown on the docs page; a test checks each against its schema. */
  examples?: { query?: Record<string, string>; body?: unknown; response?: unknown };
};

/** The parts of a route's apiRoute config the document is built from. */
export type RouteDefinition = {
  roles?: readonly Role[];
  auth?: boolean;
  scope?: ApiScope | false;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  contentType?: "json" | "any";
  rateLimit?: false | string;
  docs?: RouteDocs;
};

/** A route handler as apiRoute returns it: callable by Next, and describing itself. */
export type DocumentedHandler = ((...args: never[]) => Promise<Response>) & {
  definition: RouteDefinition;
};

export function isDocumentedHandler(value: unknown): value is DocumentedHandler {
  return typeof value === "function" && "definition" in value;
}

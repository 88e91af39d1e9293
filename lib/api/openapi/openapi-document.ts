// The document served at /api/v1/openapi.json and rendered on /docs/api, built once per
// process from the registered route modules.
import { z } from "zod";
import { buildOpenApiDocument, withQueryExamples, type RouteModules } from "./build-document.ts";

export const API_VERSION = "1.0.0";

let cached: { modules: RouteModules; doc: ReturnType<typeof buildOpenApiDocument> } | null = null;

export function openApiDocument(modules: RouteModules) {
  if (cached?.modules !== modules) {
    cached = {
      modules,
      doc: withQueryExamples(buildOpenApiDocument(modules, API_VERSION), modules),
    };
  }
  return cached.doc;
}

/** The document's own answer, loosely: it is large and built, not hand-written. */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string().max(200), version: z.string().max(40) }),
  paths: z.record(z.string().max(200), z.unknown()),
});

// The OpenAPI 3.1 document, built from the route handlers themselves: each exported
// method of each registered route module carries its apiRoute config (params, query,
// body and response zod schemas, docs), and zod-openapi turns those schemas into JSON
// Schema. Nothing here restates a schema, so the document cannot drift from what the
// routes parse and answer.
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";
import { COMMON_RESPONSES, SECURITY_SCHEMES } from "./common.ts";
import { HTTP_METHODS } from "../method-not-allowed.ts";
import { isDocumentedHandler, type RouteDefinition } from "./route-docs.ts";

export { HTTP_METHODS };

/** OpenAPI path (`/api/v1/campaigns/{id}`) -> the route module's exports. */
export type RouteModules = Record<string, Record<string, unknown>>;

export function buildOpenApiDocument(modules: RouteModules, version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const [path, mod] of Object.entries(modules)) {
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (!isDocumentedHandler(handler)) continue;
      paths[path] ??= {};
      paths[path][method.toLowerCase() as Lowercase<typeof method>] = operation(
        path,
        method,
        handler.definition,
      );
    }
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Creator Match API",
      version,
      description:
        "The JSON API of Creator Match. Authenticate with a brand's API token " +
        "(`Authorization: Bearer cm_live_...`, created on /dashboard/api-tokens) or a " +
        "signed-in session. Every answer carries `x-request-id`; errors share one shape.",
    },
    servers: [{ url: "/", description: "this server" }],
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      responses: COMMON_RESPONSES,
    },
  });
}

/** GET /api/v1/campaigns/{id}/creators -> getCampaignsIdCreators */
export function operationId(path: string, method: string): string {
  const words = path
    .replace(/^\/api\/v1\//, "")
    .split(/[/{}.-]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

// Params and queries are zod objects (path and query parameters are named by their keys).
type ParamsSchema = NonNullable<NonNullable<ZodOpenApiOperationObject["requestParams"]>["path"]>;

const ref = (name: keyof typeof COMMON_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

function operation(path: string, method: string, def: RouteDefinition): ZodOpenApiOperationObject {
  const docs = def.docs;
  const isWrite = method !== "GET";
  const scope = def.scope ?? (isWrite ? "write" : "read");
  const status = String(docs?.response.status ?? 200);
  const who = [
    def.auth === false ? "Public." : null,
    def.roles ? `Roles: ${def.roles.join(", ")}.` : null,
    def.auth === false
      ? null
      : scope === false
        ? "Session only (no API tokens)."
        : `Token scope: \`${scope}\`.`,
  ].filter(Boolean);

  const responses: ZodOpenApiOperationObject["responses"] = {
    [status]: docs
      ? "schema" in docs.response
        ? {
            description: docs.response.description ?? "OK",
            content: {
              "application/json": {
                schema: docs.response.schema,
                ...(docs.examples?.response !== undefined
                  ? { example: docs.examples.response }
                  : {}),
              },
            },
          }
        : { description: docs.response.description, content: { [docs.response.contentType]: {} } }
      : { description: "OK (not documented yet)" },
    "429": ref("RateLimited"),
  };
  if (def.auth !== false)
    Object.assign(responses, { "401": ref("Unauthorized"), "403": ref("Forbidden") });
  // ids travel in the path or the body (a proposal's campaignId and creatorId)
  if (def.params || def.body) responses["404"] = ref("NotFound");
  if (def.params || def.query || def.body) responses["422"] = ref("ValidationFailed");
  if (def.body) {
    responses["400"] = ref("BadRequest");
    responses["415"] = ref("UnsupportedMediaType");
  }
  if (def.body || def.contentType === "any") responses["413"] = ref("PayloadTooLarge");
  if (isWrite) responses["409"] = ref("Conflict");
  responses["503"] = ref("Unavailable");

  return {
    operationId: operationId(path, method),
    summary: docs?.summary ?? `${method} ${path}`,
    description: [docs?.description, who.join(" ")].filter(Boolean).join("\n\n"),
    tags: [docs?.tag ?? tagOf(path)],
    security:
      def.auth === false
        ? []
        : scope === false
          ? [{ cookie: [] }]
          : [{ bearer: [scope] }, { cookie: [] }],
    ...(def.params || def.query
      ? {
          requestParams: {
            ...(def.params ? { path: def.params as ParamsSchema } : {}),
            ...(def.query ? { query: def.query as ParamsSchema } : {}),
          },
        }
      : {}),
    ...(def.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: def.body,
                ...(docs?.examples?.body !== undefined ? { example: docs.examples.body } : {}),
              },
            },
          },
        }
      : def.contentType === "any"
        ? {
            requestBody: {
              required: true,
              description: "The file itself as the request body (streamed).",
              content: {
                "application/octet-stream": {
                  schema: { type: "string", contentMediaType: "application/octet-stream" },
                },
              },
            },
          }
        : {}),
    responses,
  };
}

function tagOf(path: string): string {
  return path.replace(/^\/api\/v1\//, "").split("/")[0]!;
}

/** Puts each query example on its parameter (zod-openapi has no per-operation hook for it). */
export function withQueryExamples<D extends { paths?: Record<string, unknown> }>(
  doc: D,
  modules: RouteModules,
): D {
  for (const [path, mod] of Object.entries(modules)) {
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      const query = isDocumentedHandler(handler)
        ? handler.definition.docs?.examples?.query
        : undefined;
      if (!query) continue;
      const op = (
        doc.paths?.[path] as Record<
          string,
          { parameters?: { in: string; name: string; example?: unknown }[] }
        >
      )[method.toLowerCase()];
      for (const p of op?.parameters ?? []) {
        if (p.in === "query" && p.name in query) p.example = query[p.name];
      }
    }
  }
  return doc;
}

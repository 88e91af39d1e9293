import type { RouteModules } from "@/lib/api/openapi/build-document";
import { openApiDocument, OpenApiDocumentSchema } from "@/lib/api/openapi/openapi-document";
import { apiRoute } from "@/lib/api/route";
import { ROUTES } from "./registry";
import { otherMethods } from "@/lib/api/method-not-allowed";

// This route documents itself too; it cannot sit in the registry, which it imports.
const self: Record<string, unknown> = {};
const ALL_ROUTES: RouteModules = { ...ROUTES, "/api/v1/openapi.json": self };

// GET /api/v1/openapi.json – the OpenAPI 3.1 document of this API (public), built from
// the routes' own zod schemas.
export const GET = apiRoute(
  {
    auth: false,
    docs: {
      summary: "This document",
      description: "The OpenAPI 3.1 document of the API, built from the routes' own zod schemas.",
      tag: "meta",
      response: { schema: OpenApiDocumentSchema },
    },
  },
  async () =>
    Response.json(openApiDocument(ALL_ROUTES), {
      headers: { "cache-control": "public, max-age=300" },
    }),
);
self.GET = GET;

export { ALL_ROUTES };

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

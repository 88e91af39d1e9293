import { ALL_ROUTES } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "@/lib/api/openapi/openapi-document";
const d = openApiDocument(ALL_ROUTES);
console.log(JSON.stringify(d).length, Object.keys(d.paths!).length);
console.log(JSON.stringify(d.paths!["/api/v1/campaigns"], null, 1).slice(0, 3000));
console.log(Object.keys(d.components!.schemas ?? {}));

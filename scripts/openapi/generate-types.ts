// npm run openapi:types – writes lib/api/openapi/api-types.ts: TypeScript types of the
// API generated from its OpenAPI document by openapi-typescript, for typed clients
// (openapi-fetch) in the tests and in programs. A test fails when the file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
// The route modules the document is built from check the environment when imported;
// nothing here connects to a database, so a fresh checkout needs none.
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:1/unused";
const { API_TYPES_PATH, generateApiTypes } = await import("./api-types.ts");
const fresh = await generateApiTypes();
if (values.check) {
  const current = await readFile(API_TYPES_PATH, "utf8").catch(() => "");
  if (current !== fresh) {
    console.error(`${API_TYPES_PATH} is stale: run npm run openapi:types`);
    process.exit(1);
  }
  console.log(`${API_TYPES_PATH} is up to date`);
} else {
  await writeFile(API_TYPES_PATH, fresh);
  console.log(`wrote ${API_TYPES_PATH}`);
}
process.exit(0);

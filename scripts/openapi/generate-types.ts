// npm run openapi:types – writes lib/api/openapi/api-types.ts: TypeScript types of the
// API generated from its OpenAPI document by openapi-typescript, for typed clients
// (openapi-fetch) in the tests and in programs. A test fails when the file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { API_TYPES_PATH, generateApiTypes } from "./api-types.ts";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
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

// POST /api/v1/adstats/imports through the real handler: admin only, the body streamed
// into the import, NDJSON progress ending with the result, exactly once on re-upload.
import { NextRequest } from "next/server";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedText } from "@/lib/adstats/generator/test-helpers";
import { sessionCookieFor, routeParams } from "@/test/helpers/api";
import { createUser } from "@/test/helpers/fixtures";
import { POST } from "./route";

let adminId: string;
let managerId: string;

beforeAll(async () => {
  adminId = (await createUser("ADMIN")).id;
  managerId = (await createUser("BRAND_MANAGER")).id;
});

async function upload(userId: string | undefined, name: string, body: Uint8Array | string) {
  const headers: Record<string, string> = { "content-type": "text/csv" };
  if (userId) headers.cookie = await sessionCookieFor(userId);
  const req = new NextRequest(
    new URL(`/api/v1/adstats/imports?name=${encodeURIComponent(name)}`, "http://localhost:3000"),
    {
      method: "POST",
      headers,
      body: body as BodyInit,
    },
  );
  return POST(req, routeParams({}));
}

const lines = async (res: Response) =>
  (await res.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("POST /api/v1/adstats/imports", () => {
  const text = generatedText({
    rows: 3_000,
    seed: 21,
    start: "2035-02-02",
    days: 1,
    malformed: 0.01,
  });

  it("streams progress and ends with the import's accounting", async () => {
    const res = await upload(adminId, "feb.csv.gz", gzipSync(text));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const msgs = await lines(res);
    expect(msgs.at(-2).type).toBe("progress");
    const done = msgs.at(-1);
    expect(done.type).toBe("done");
    expect(done.result.source).toBe("upload:feb.csv.gz");
    expect(done.result.rowsRead).toBe(3_000);
    expect(done.result.rowsStored + done.result.rowsDeadLettered).toBe(3_000);
    expect(done.result.rowsDeadLettered).toBeGreaterThan(0);
    const again = (await lines(await upload(adminId, "feb.csv.gz", text))).at(-1);
    expect(again.result).toMatchObject({ rowsInserted: 0, rowsDuplicate: done.result.rowsStored });
  });

  it("reports a file that is not an Avazu log as an error line", async () => {
    const msgs = await lines(await upload(adminId, "other.csv", "a,b,c\n1,2,3\n"));
    expect(msgs.at(-1)).toEqual({
      type: "done",
      result: expect.objectContaining({ rowsRead: 2, rowsStored: 0, rowsDeadLettered: 2 }),
    });
    const bad = await lines(await upload(adminId, "hdr.csv", "id,click\n1,0\n"));
    expect(bad.at(-1)).toEqual({
      type: "error",
      message: expect.stringMatching(/^unexpected header/),
    });
    // a gzip stream that breaks off says so, not "The import failed"
    const gz = gzipSync(text);
    const broken = Buffer.concat([gz.subarray(0, 20), Buffer.alloc(40, 0xff)]);
    const corrupt = await lines(await upload(adminId, "x.csv.gz", broken));
    expect(corrupt.at(-1)).toEqual({
      type: "error",
      message: expect.stringMatching(/^The file is not valid gzip \(.+\)/),
    });
  });

  it("is refused to other roles and validates the name", async () => {
    expect((await upload(undefined, "x.csv", text)).status).toBe(401);
    expect((await upload(managerId, "x.csv", text)).status).toBe(403);
    const res = await upload(adminId, "../etc/passwd", text);
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toHaveProperty(["query.name"]);
  });
});

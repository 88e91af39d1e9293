// The request edge of apiRoute, through real NextRequests: body size (declared and
// counted), content type, origin, request id and caching headers. The handlers here
// are tiny stand-ins so that each check is seen on its own.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createUser } from "@/test/helpers/fixtures";
import { sessionCookieFor } from "@/test/helpers/api";
import { apiRoute } from "./route.ts";

const noParams = { params: Promise.resolve({}) };
const APP = "http://localhost:3000"; // NEXTAUTH_URL's default in tests

const Body = z.object({ note: z.string().max(10_000_000) });
const handler = vi.fn(async ({ body }: { body: z.infer<typeof Body> }) => ({
  length: body.note.length,
}));
const write = apiRoute({ auth: false, rateLimit: false, body: Body }, handler);
const small = apiRoute({ auth: false, rateLimit: false, body: Body, maxBodyBytes: 2048 }, handler);
const read = apiRoute({ auth: false, rateLimit: false }, async () => ({ ok: true }));
const remove = apiRoute({ auth: false, rateLimit: false }, async () => ({ removed: true }));
// An upload route: any content type, a large limit, streams the body itself.
const upload = apiRoute(
  { auth: false, rateLimit: false, contentType: "any", maxBodyBytes: 2 * 1024 ** 3 },
  async ({ req }) => {
    let bytes = 0;
    const reader = req.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
    return { bytes };
  },
);

function request(
  method: string,
  opts: { body?: BodyInit; headers?: Record<string, string>; url?: string } = {},
): NextRequest {
  return new NextRequest(opts.url ?? `${APP}/api/v1/things`, {
    method,
    headers: { "content-type": "application/json", ...opts.headers },
    body: opts.body,
    // A stream body needs half-duplex in undici.
    ...(opts.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

/** A body of n bytes streamed in 64 KiB chunks, with no Content-Length: chunked encoding. */
function chunked(n: number, onPull?: (sent: number) => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= n) return controller.close();
      const size = Math.min(65_536, n - sent);
      sent += size;
      onPull?.(sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: Record<string, unknown> }).error;
}

describe("apiRoute: body size", () => {
  it("refuses a body declared above 1 MiB with 413 before reading it", async () => {
    handler.mockClear();
    const res = await write(
      request("POST", {
        body: "{}",
        headers: { "content-length": String(1024 * 1024 + 1) },
      }),
      noParams,
    );
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      code: "payload_too_large",
      message: "Request body is larger than 1 MiB",
      fields: { "(body)": [`at most ${1024 * 1024} bytes`] },
      requestId: res.headers.get("x-request-id"),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("counts a chunked body without Content-Length and stops reading at the limit", async () => {
    handler.mockClear();
    let pulled = 0;
    const res = await write(
      request("POST", { body: chunked(50 * 1024 * 1024, (sent) => (pulled = sent)) }),
      noParams,
    );
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("payload_too_large");
    expect(handler).not.toHaveBeenCalled();
    // Cut off near 1 MiB, not after buffering all 50 MiB.
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it("accepts a JSON body just under the limit", async () => {
    const note = "x".repeat(1024 * 1024 - 20);
    const res = await write(request("POST", { body: JSON.stringify({ note }) }), noParams);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ length: note.length });
  });

  it("applies a route's own smaller limit", async () => {
    const res = await small(
      request("POST", { body: JSON.stringify({ note: "y".repeat(3000) }) }),
      noParams,
    );
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toBe("Request body is larger than 2 KiB");
  });

  it("lets an upload route take a large non-JSON body and stream it itself", async () => {
    const res = await upload(
      request("POST", {
        body: chunked(3 * 1024 * 1024),
        headers: { "content-type": "text/csv" },
      }),
      noParams,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: 3 * 1024 * 1024 });
  });

  it("answers 400 to a Content-Length that is not a number", async () => {
    const res = await write(
      request("POST", { body: "{}", headers: { "content-length": "12abc" } }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("bad_request");
  });

  it("answers 400, not 500, to a body that is not UTF-8", async () => {
    const res = await write(
      request("POST", { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("invalid_json");
  });
});

describe("apiRoute: content type", () => {
  it.each([
    ["text/plain", 'title={"x":"', "text/plain"],
    ["application/x-www-form-urlencoded", "title=Spring", "application/x-www-form-urlencoded"],
    ["multipart/form-data; boundary=x", "--x--", "multipart/form-data"],
    ["application/xml", "<campaign/>", "application/xml"],
  ])("refuses a %s write with 415", async (type, body, shown) => {
    handler.mockClear();
    const res = await write(request("POST", { body, headers: { "content-type": type } }), noParams);
    expect(res.status).toBe(415);
    expect(await errorOf(res)).toEqual({
      code: "unsupported_media_type",
      message: `Send the body as application/json (got ${shown})`,
      requestId: res.headers.get("x-request-id"),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a write with a body and no content type", async () => {
    const req = new NextRequest(`${APP}/api/v1/things`, { method: "POST", body: '{"note":"a"}' });
    req.headers.delete("content-type");
    const res = await write(req, noParams);
    expect(res.status).toBe(415);
  });

  it("accepts application/json with parameters and +json types", async () => {
    for (const type of ["application/json; charset=utf-8", "application/merge-patch+json"]) {
      const res = await write(
        request("PATCH", { body: '{"note":"ok"}', headers: { "content-type": type } }),
        noParams,
      );
      expect(res.status, type).toBe(200);
    }
  });

  it("lets a bodiless DELETE through whatever its content type", async () => {
    const res = await remove(
      request("DELETE", { headers: { "content-type": "text/plain" } }),
      noParams,
    );
    expect(res.status).toBe(200);
  });
});

describe("apiRoute: origin", () => {
  const body = '{"note":"hello"}';

  it.each([
    ["a sibling port", { origin: "http://localhost:4000" }],
    ["another host", { origin: "https://evil.example" }],
    ["an opaque origin", { origin: "null" }],
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }],
  ])("refuses a write from %s with 403", async (_label, headers) => {
    handler.mockClear();
    const res = await write(request("POST", { body, headers }), noParams);
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toEqual({
      code: "forbidden",
      message: "Requests from other sites are refused",
      requestId: res.headers.get("x-request-id"),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ["its own origin (NEXTAUTH_URL)", { origin: APP, "sec-fetch-site": "same-origin" }],
    ["the host it was sent to", { origin: "https://match.example", host: "match.example" }],
    ["a script without Origin", {}],
  ])("accepts a write from %s", async (_label, headers) => {
    const res = await write(request("POST", { body, headers }), noParams);
    expect(res.status).toBe(200);
  });

  it("does not refuse reads from elsewhere (CORS keeps their answers from the page)", async () => {
    const res = await read(
      request("GET", { headers: { origin: "https://evil.example" } }),
      noParams,
    );
    expect(res.status).toBe(200);
  });

  it("checks the origin before the session: a signed-in brand's cookie does not help", async () => {
    const user = await createUser("BRAND_MANAGER");
    const signedIn = apiRoute({ body: Body }, handler);
    handler.mockClear();
    const res = await signedIn(
      request("POST", {
        body,
        headers: { origin: "http://localhost:4000", cookie: await sessionCookieFor(user.id) },
      }),
      noParams,
    );
    expect(res.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("apiRoute: request id and caching", () => {
  it("keeps a short, well-formed X-Request-Id", async () => {
    const res = await read(
      request("GET", { headers: { "x-request-id": "lb-1234:abc.def_9" } }),
      noParams,
    );
    expect(res.headers.get("x-request-id")).toBe("lb-1234:abc.def_9");
  });

  it.each(["x".repeat(65), "has space", "a\u00e9b", "<script>", "a/b"])(
    "replaces the malformed X-Request-Id %j with a fresh UUID",
    async (id) => {
      const res = await read(request("GET", { headers: { "x-request-id": id } }), noParams);
      expect(res.headers.get("x-request-id")).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    },
  );

  it("marks answers and errors no-store", async () => {
    const ok = await read(request("GET"), noParams);
    const refused = await write(
      request("POST", { body: "x", headers: { "content-type": "text/plain" } }),
      noParams,
    );
    const anonymous = await apiRoute({}, async () => null)(request("GET"), noParams);
    expect([ok.status, refused.status, anonymous.status]).toEqual([200, 415, 401]);
    for (const res of [ok, refused, anonymous])
      expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

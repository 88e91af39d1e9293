import { describe, expect, it } from "vitest";
import { allowHeader, isRefusal, otherMethods } from "./method-not-allowed.ts";

const GET = () => new Response("ok");
const POST = () => new Response("ok");

describe("otherMethods", () => {
  it("refuses the methods a route lacks with 405, the API's error shape and Allow", async () => {
    const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
    for (const [method, handler] of [
      ["PUT", PUT],
      ["PATCH", PATCH],
      ["DELETE", DELETE],
    ] as const) {
      const res = handler(
        new Request("http://x/api/v1/campaigns", {
          method,
          headers: { "x-request-id": "req-1" },
        }),
      );
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({
        error: {
          code: "method_not_allowed",
          message: `${method} is not allowed here; allowed: GET, HEAD, POST, OPTIONS`,
          requestId: "req-1",
        },
      });
      expect(isRefusal(handler)).toBe(true);
    }
    expect(isRefusal(GET)).toBe(false);
  });

  it("answers OPTIONS with the methods the route takes, and in the reader's language", async () => {
    const { OPTIONS, GET: refused } = otherMethods({ POST });
    const options = OPTIONS(new Request("http://x/", { method: "OPTIONS" }));
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("POST, OPTIONS");
    const ko = refused(
      new Request("http://x/", { headers: { "accept-language": "ko-KR,ko;q=0.9" } }),
    );
    expect(((await ko.json()) as { error: { message: string } }).error.message).toBe(
      "이 주소는 이 요청 방식을 받지 않습니다.",
    );
  });

  it("refuses HEAD too when asked, and then leaves it out of Allow", async () => {
    const { HEAD, OPTIONS } = otherMethods({ GET }, { refuseHead: true });
    const head = HEAD(new Request("http://x/r/abc", { method: "HEAD" }));
    expect(head.status).toBe(405);
    expect(head.headers.get("allow")).toBe("GET, OPTIONS");
    expect(OPTIONS(new Request("http://x/r/abc")).headers.get("allow")).toBe("GET, OPTIONS");
  });

  it("names HEAD with GET only", () => {
    expect(allowHeader(["DELETE", "GET"])).toBe("GET, HEAD, DELETE, OPTIONS");
    expect(allowHeader(["PUT"])).toBe("PUT, OPTIONS");
  });
});

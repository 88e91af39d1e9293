// PUT /api/locale through the real handler: anyone may switch (a cookie); a signed-in
// user's choice is also kept on their row, and only on theirs.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { apiRequest, routeParams } from "@/test/helpers/api";
import { createUser } from "@/test/helpers/fixtures";
import { PUT } from "./route";

const put = async (body: unknown, userId?: string) =>
  PUT(await apiRequest("/api/locale", { method: "PUT", body, userId }), routeParams({}));

describe("PUT /api/locale", () => {
  it("sets a year-long cookie for an anonymous visitor", async () => {
    const res = await put({ locale: "en" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ locale: "en" });
    expect(res.headers.get("set-cookie")).toBe(
      "NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
    );
  });

  it("keeps a signed-in user's choice on their row and no one else's", async () => {
    const me = await createUser("CREATOR");
    const other = await createUser("CREATOR");
    expect((await put({ locale: "en" }, me.id)).status).toBe(200);
    const rows = await prisma.user.findMany({
      where: { id: { in: [me.id, other.id] } },
      select: { id: true, locale: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.locale]))).toEqual({
      [me.id]: "en",
      [other.id]: null,
    });
    expect((await put({ locale: "ko" }, me.id)).status).toBe(200);
    expect((await prisma.user.findUnique({ where: { id: me.id } }))?.locale).toBe("ko");
  });

  it("refuses a language we do not speak with a field message", async () => {
    const res = await put({ locale: "de" });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(Object.keys(body.error.fields)).toEqual(["locale"]);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});

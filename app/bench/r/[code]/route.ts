// GET /bench/r/:code – the framework's ceiling for bench:redirect: the same kind of
// route as /r/:code answering a constant 302, with no lookup and no write. Only when
// BENCH_CEILING_ROUTE is on; 404 otherwise.
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { otherMethods } from "@/lib/api/method-not-allowed";

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ code: string }> },
) {
  if (!env().BENCH_CEILING_ROUTE) return new Response(null, { status: 404 });
  await params;
  return new Response(null, {
    status: 302,
    headers: {
      location: "https://example.com/landing?cm_click=ceiling",
      "cache-control": "no-store",
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

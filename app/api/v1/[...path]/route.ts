// Any /api/v1 address no route answers: the API's JSON 404 (the error shape of every
// other answer), not the site's HTML page. Not an operation, so not in the document.
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

const noSuchRoute = apiRoute({ auth: false, contentType: "any" }, async ({ req }) => {
  throw new AppError(
    "not_found",
    `No API route at ${req.nextUrl.pathname.slice(0, 200)}: see /api/v1/openapi.json`,
  );
});

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;

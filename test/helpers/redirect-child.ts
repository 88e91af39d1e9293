// A bare HTTP server around the redirect's domain code (the same resolveRedirect and
// redirect-service as app/r/[code]/route.ts), run as a child process by the crash test
// so that it can be killed with SIGKILL mid-burst. Prints "port <n>" when listening.
import http from "node:http";
import { redirectDeps } from "@/lib/tracking/redirect-service";
import { resolveRedirect } from "@/lib/tracking/resolve-redirect";

const server = http.createServer(async (req, res) => {
  const code = /^\/r\/([^/?]+)/.exec(req.url ?? "")?.[1] ?? "";
  const outcome = await resolveRedirect(redirectDeps(), code, {
    ip: String(req.headers["x-forwarded-for"] ?? "unknown"),
    userAgent: req.headers["user-agent"] ?? null,
    referrer: null,
    country: null,
  });
  if (outcome.kind === "redirect") res.writeHead(302, { location: outcome.location }).end();
  else res.writeHead(outcome.kind === "not_found" ? 404 : 503).end();
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stdout.write(`port ${address.port}\n`);
});

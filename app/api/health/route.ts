// GET /api/health – liveness: the process is up and its event loop answers. It checks
// nothing else on purpose, so that a slow database never gets a healthy process
// restarted; readiness is /api/health/ready.
import { apiRoute } from "@/lib/api/route";
import { otherMethods } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ auth: false, rateLimit: false }, async () => ({
  status: "ok",
  uptimeSeconds: Math.round(process.uptime()),
}));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });

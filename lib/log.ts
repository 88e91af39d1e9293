// Structured JSON logs (one line per event). Never log tokens, cookies or bodies.
// The one process.env read outside lib/env.ts: the logger must work even when env()
// fails validation, since it is what reports that failure.
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "creator-match" },
  redact: {
    paths: ["*.authorization", "*.cookie", "*.token", "*.accessToken", "*.refreshToken"],
    remove: true,
  },
});

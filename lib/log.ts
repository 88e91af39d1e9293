// Structured JSON logs (one line per event). Never log tokens, cookies or bodies.
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "creator-match" },
  redact: { paths: ["*.authorization", "*.cookie", "*.token", "*.accessToken", "*.refreshToken"], remove: true },
});

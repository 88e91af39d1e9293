// Bots are dropped before recording (they still get their redirect). The pattern list
// is the maintained `isbot` package; a request without a user agent is no browser either.
import { isbot } from "isbot";

export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || !userAgent.trim()) return true;
  return isbot(userAgent);
}

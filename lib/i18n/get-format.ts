import "server-only";
// Locale-bound formatters for async server components and server actions.
import { getLocale } from "next-intl/server";
import { formattersFor, type Formatters } from "./formatters.ts";

export async function getFormat(): Promise<Formatters> {
  return formattersFor(await getLocale());
}

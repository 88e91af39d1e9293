// Locale-bound formatters for client components and synchronous server components.
import { useLocale } from "next-intl";
import { formattersFor, type Formatters } from "./formatters.ts";

export function useFormat(): Formatters {
  return formattersFor(useLocale());
}

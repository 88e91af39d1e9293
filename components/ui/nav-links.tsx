"use client";
// Section links of the app shell; the current one is marked for sighted and
// screen-reader users alike.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";

/** label: a key of the "nav" messages (a literal label is shown as it is). */
export type NavItem = { href: string; label: string };

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  // Only the most specific section is current: on /admin/ad-stats that is "Ad stats",
  // not also "Overview" (/admin).
  const matches = (href: string) =>
    !href.includes("#") && (pathname === href || pathname.startsWith(`${href}/`));
  const currentHref = items
    .filter((item) => matches(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="flex gap-1 overflow-x-auto">
      {items.map((item) => {
        const current = item.href === currentHref;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
                current
                  ? "bg-blue-50 text-blue-700"
                  : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              }`}
            >
              {t.has(item.label) ? t(item.label) : item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

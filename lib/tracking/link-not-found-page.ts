// The friendly page for an unknown or expired link: plain HTML from the route itself
// (no React render on the redirect path), in the visitor's language (the language
// switch's cookie, else the browser's), no script.
import type { Locale } from "../i18n/locales.ts";
import { translatorFor } from "../i18n/translator.ts";

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function linkNotFoundPage(locale: Locale): string {
  const t = translatorFor(locale, "tracking");
  const [title, body, home] = ["title", "body", "home"].map((k) => escape(t(`notFound.${k}`)));
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Creator Match</title>
<style>
body{margin:0;min-height:100dvh;display:flex;align-items:center;justify-content:center;font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:28rem;padding:1.5rem;text-align:center}
p.code{font-size:.875rem;font-weight:600;color:#1d4ed8;margin:0}
h1{font-size:1.5rem;margin:.5rem 0}
p{color:#475569;line-height:1.5}
a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:#2563eb;color:#fff;text-decoration:none;font-size:.875rem}
</style></head>
<body><main><p class="code">404</p><h1>${title}</h1><p>${body}</p><a href="/">${home}</a></main></body></html>`;
}

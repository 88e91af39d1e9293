// The friendly page for an unknown or expired link: plain HTML from the route itself
// (no React render on the redirect path), in the visitor's language, no script.

const TEXT = {
  en: {
    lang: "en",
    title: "This link is not active",
    body: "The link you followed does not exist or has expired. The creator may have shared a newer one; check the video description or ask them.",
    home: "Go to Creator Match",
  },
  ko: {
    lang: "ko",
    title: "사용할 수 없는 링크입니다",
    body: "열려고 한 링크가 없거나 기간이 끝났습니다. 크리에이터가 새 링크를 올렸을 수 있으니 영상 설명을 확인하거나 크리에이터에게 문의해 주세요.",
    home: "Creator Match로 가기",
  },
} as const;

export type PageLocale = keyof typeof TEXT;

/** Korean when the visitor's browser prefers it over English, else English. */
export function pageLocale(acceptLanguage: string | null): PageLocale {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((t) => t.tag.startsWith("ko") || t.tag.startsWith("en"))
    .sort((a, b) => b.q - a.q);
  return tags[0]?.tag.startsWith("ko") ? "ko" : "en";
}

export function linkNotFoundPage(locale: PageLocale): string {
  const t = TEXT[locale];
  return `<!doctype html>
<html lang="${t.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} · Creator Match</title>
<style>
body{margin:0;min-height:100dvh;display:flex;align-items:center;justify-content:center;font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:28rem;padding:1.5rem;text-align:center}
p.code{font-size:.875rem;font-weight:600;color:#1d4ed8;margin:0}
h1{font-size:1.5rem;margin:.5rem 0}
p{color:#475569;line-height:1.5}
a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:#2563eb;color:#fff;text-decoration:none;font-size:.875rem}
</style></head>
<body><main><p class="code">404</p><h1>${t.title}</h1><p>${t.body}</p><a href="/">${t.home}</a></main></body></html>`;
}

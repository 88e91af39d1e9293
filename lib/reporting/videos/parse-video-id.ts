// A YouTube video id from what a creator pastes: a bare 11-character id or any of
// YouTube's URL shapes (watch?v=, youtu.be/, /shorts/, /live/, /embed/, m. and music.
// hosts). Anything else is null: the form says "not a YouTube video link".
const ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"]);
const PATH_PREFIXES = ["/shorts/", "/live/", "/embed/", "/v/"];

export const VIDEO_INPUT_MAX = 300;

export function parseVideoId(input: string): string | null {
  const text = input.trim();
  if (text.length > VIDEO_INPUT_MAX) return null;
  if (ID.test(text)) return text;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase();
  let candidate: string | null = null;
  if (host === "youtu.be") candidate = url.pathname.slice(1).split("/")[0];
  else if (HOSTS.has(host)) {
    if (url.pathname === "/watch") candidate = url.searchParams.get("v");
    else {
      const prefix = PATH_PREFIXES.find((p) => url.pathname.startsWith(p));
      if (prefix) candidate = url.pathname.slice(prefix.length).split("/")[0];
    }
  }
  return candidate && ID.test(candidate) ? candidate : null;
}

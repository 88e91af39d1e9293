// The device class of a click from its user agent: the few rules every UA parser
// applies first, without a parser's full table (the redirect is a hot path).
import type { DeviceClass } from "../db/generated/enums.ts";

const TABLET = /iPad|Tablet|PlayBook|Silk|Kindle|(Android(?!.*Mobile))/i;
const MOBILE = /Mobi|iPhone|iPod|Android|Windows Phone|BlackBerry|Opera Mini|IEMobile/i;
const DESKTOP = /Windows NT|Macintosh|X11|CrOS|Linux x86_64/i;

export function deviceClass(userAgent: string | null | undefined): DeviceClass {
  if (!userAgent) return "OTHER";
  // Tablets first: an Android tablet says "Android" without "Mobile"; an iPad in desktop
  // mode says "Macintosh" and cannot be told apart (counted as desktop, as Safari wants).
  if (TABLET.test(userAgent)) return "TABLET";
  if (MOBILE.test(userAgent)) return "MOBILE";
  if (DESKTOP.test(userAgent)) return "DESKTOP";
  return "OTHER";
}

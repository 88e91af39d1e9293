// The Location of a redirect: the link's destination with the click id appended as
// cm_click, keeping its own query and fragment (a fragment must stay last).

export const CLICK_ID_PARAM = "cm_click";

export function withClickId(destination: string, clickId: string): string {
  const url = new URL(destination);
  // Replace, not add: a destination copied from an earlier redirect carries one already.
  url.searchParams.set(CLICK_ID_PARAM, clickId);
  return url.toString();
}

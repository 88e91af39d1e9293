"use client";
// Until React has hydrated the page, its buttons' onClick handlers do not exist: a click
// did nothing, and was lost. The guard script (hydration-guard-script.ts) marks the page
// as hydrating; meanwhile globals.css lets no pointer reach a button, so a click waits
// (as a browser test's click does) instead of vanishing. Once the page has hydrated this
// lifts the mark. Without JavaScript the script never runs and nothing is held back.
import { useEffect } from "react";
import { HYDRATING_ATTRIBUTE } from "./hydration-guard-script";

export function HydrationGuard() {
  useEffect(() => {
    document.documentElement.removeAttribute(HYDRATING_ATTRIBUTE);
  }, []);
  return null;
}

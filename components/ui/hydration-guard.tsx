"use client";
// Until React has hydrated the page, its buttons' onClick handlers do not exist: a click
// then did nothing. The guard script (hydration-guard-script.ts) marks the page as
// hydrating; meanwhile globals.css lets no pointer reach such a button, so that nothing
// takes a click it cannot act on (a person's early click is lost either way; a browser
// test's click waits until the button can act), and native submissions of React's forms
// are held back. Once the page has hydrated this lifts the mark. Without JavaScript the
// script never runs and nothing is held back.
import { useEffect } from "react";
import { HYDRATING_ATTRIBUTE } from "./hydration-guard-script";

export function HydrationGuard() {
  useEffect(() => {
    document.documentElement.removeAttribute(HYDRATING_ATTRIBUTE);
  }, []);
  return null;
}

"use client";
// Whether the page runs in the browser yet: false on the server and while hydrating.
// A control whose handler only exists once hydrated (a plain onClick, not a form) stays
// disabled until then, so that an early click is not silently lost.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

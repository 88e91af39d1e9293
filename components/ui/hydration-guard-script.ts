// The first script of every page (app/layout.tsx, next/script beforeInteractive), for
// components/ui/hydration-guard.tsx: marks the page as hydrating, and while it is, holds
// back a form's native submission (the form's onSubmit does not exist yet: Enter in a
// field would reload the page to the same address, with what was typed lost).
export const HYDRATING_ATTRIBUTE = "data-hydrating";

export const HYDRATION_GUARD_SCRIPT =
  `document.documentElement.setAttribute("${HYDRATING_ATTRIBUTE}", "");` +
  `document.addEventListener("submit", function (e) {` +
  ` if (document.documentElement.hasAttribute("${HYDRATING_ATTRIBUTE}")) e.preventDefault(); }, true);`;

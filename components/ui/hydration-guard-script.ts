// The first script of every page (app/layout.tsx, inline in the HTML), for
// components/ui/hydration-guard.tsx: marks the page as hydrating, and while it is, holds
// back the native submission of a form React handles (onSubmit, which does not exist
// yet: Enter in a field reloaded the page with the form's fields in the address). A form
// with its own `action` or `method` submits natively on purpose (the GET filter forms)
// and is left alone, hydrated or not.
export const HYDRATING_ATTRIBUTE = "data-hydrating";

export const HYDRATION_GUARD_SCRIPT =
  `document.documentElement.setAttribute("${HYDRATING_ATTRIBUTE}", "");` +
  `document.addEventListener("submit", function (e) {` +
  ` var f = e.target;` +
  ` if (document.documentElement.hasAttribute("${HYDRATING_ATTRIBUTE}")` +
  ` && !f.hasAttribute("action") && !f.hasAttribute("method")) e.preventDefault(); }, true);`;

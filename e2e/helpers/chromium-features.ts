// The Chromium features the browser tests run without. Chromium keeps only the last
// --disable-features it is given, and Playwright passes its own list first: a list of
// ours alone would switch Playwright's back on (HTTPS upgrades, paint holding, storage
// partitioning, …). So ours repeats Playwright's; e2e/chromium-flags.spec.ts fails when
// a Playwright upgrade changes that list.
export const PLAYWRIGHT_DISABLED_FEATURES = [
  // Playwright 1.65's own list (playwright-core chromiumSwitches)
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

// Chromium 156 (Debian's) loads its omnibox popup, a WebUI page, into every new window,
// so into every test's context, headless too: a renderer busy ~30 % of a core for a
// popup no test opens.
export const OUR_DISABLED_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

export const DISABLE_FEATURES_ARG = `--disable-features=${[
  ...PLAYWRIGHT_DISABLED_FEATURES,
  ...OUR_DISABLED_FEATURES,
].join(",")}`;

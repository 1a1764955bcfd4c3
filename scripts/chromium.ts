// Debian's Chromium, as the e2e journeys (playwright.config.ts) and the Lighthouse runs of
// the pages bench start it. Without the background-networking flags it keeps trying hosts
// this machine cannot reach.
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance","accessibility","seo"] });
const { categories, audits } = r.lhr;
console.log(url, "perf", categories.performance.score*100, "a11y", categories.accessibility.score*100, "seo", categories.seo.score*100);
for (const k of ["first-contentful-paint","largest-contentful-paint","total-blocking-time","cumulative-layout-shift","speed-index","interactive","bootup-time","mainthread-work-breakdown","largest-contentful-paint-element","render-blocking-resources","unused-javascript","total-byte-weight"]) {
  const a = audits[k]; if (!a) continue;
  console.log(" ", k, a.displayValue ?? "", a.score);
}
const lcp = audits["largest-contentful-paint-element"]; console.log(JSON.stringify(lcp?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? lcp?.details?.items?.[0]).slice(0,300));
const phases = audits["largest-contentful-paint-element"]?.details?.items?.[1]?.items; console.log(JSON.stringify(phases));
const boot = audits["bootup-time"]?.details?.items?.slice(0,6).map(i => `${i.url.slice(-40)} ${Math.round(i.total)}ms script ${Math.round(i.scripting)}`); console.log(boot?.join("\n"));
console.log("benchmarkIndex", r.lhr.environment.benchmarkIndex);
await chrome.kill();

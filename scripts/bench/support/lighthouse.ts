import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../chromium";

// Lighthouse's default run (a mid-range phone on a slow 4G link, simulated) in Debian's
// Chromium. Scores move from run to run; the median of `runs` is what a bench reports.

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

export async function lighthouseMedian(url: string, runs: number): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS.map((f) => (f === "--headless" ? "--headless=new" : f)),
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      figures.push({
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        seo: Math.round((categories.seo?.score ?? 0) * 100),
        lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      });
    }
    // The run with the median performance score, whole, so its figures belong together.
    return figures.sort((a, b) => a.performance - b.performance)[Math.floor(figures.length / 2)]!;
  } finally {
    await chrome.kill();
  }
}

/**
 * Accessibility: every page, with a site chosen where the page needs one (so that its tables, charts and
 * forms are on screen), checked by axe-core (WCAG 2.1 A and AA rules) after it has rendered. Violations of
 * "serious" or "critical" impact fail the test; each is reported with its rule and the elements concerned.
 * Then, at a 320 px wide viewport (a small phone; WCAG 1.4.10 Reflow), the page must not scroll sideways.
 * axe is injected from node_modules as an inline script, so no request leaves the server.
 */
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { caseStudies, routes } from "../../src/lib/workflow/routes.js";
import { launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// The Copperbelt test site of the site-assessment issue: every workflow page has something to show.
const SITE = "?lat=-12.8&lon=28.21&site=Copperbelt%20test%20site";
const workflow = new Set(["/site", "/species", "/nursery", "/closure", "/investment", "/institutions", "/monitoring"]);
const paths = ["/", ...routes.map((r) => r.path), ...caseStudies.map((r) => r.path)];
// Content that appears only after the page's heavy work (simulation, value of information, DuckDB query):
// axe waits for it, so that the result tables and charts are checked too.
const finished: Record<string, string> = {
  "/closure": "[data-testid=run-status][data-state=done]",
  "/investment": "[data-testid=evpi-advice]",
  "/institutions": "[data-testid=arrangement-table]",
  "/explore": '[data-testid="sql-result"] tbody tr',
  "/monitoring": "[data-testid=wheel-table]"
};
// What to do on the page first to get there (the SQL explorer runs a query when an example is pressed).
const actions: Record<string, (page: Page) => Promise<void>> = {
  "/explore": (page) => page.click('[data-testid="sql-examples"] button >> nth=0'),
  // The worked example fills the criteria table, trends, species table and the Recovery Wheel.
  "/monitoring": (page) => page.click("[data-testid=load-demo]")
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" "))
    }));
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it.each(paths)("%s has no serious or critical violation", async (path) => {
    const { context, page } = await openPage(browser, baseUrl, { bypassCSP: true }); // axe-core is injected as an inline script, which the site's Content-Security-Policy blocks (csp.test.ts checks the policy)
    try {
      await page.goto(baseUrl + path + (workflow.has(path) ? SITE : ""), { waitUntil: "load" });
      await waitForRendered(page);
      await actions[path]?.(page);
      if (finished[path]) await page.waitForSelector(finished[path], { timeout: 120_000 });
      await page.waitForLoadState("networkidle");
      const violations = await axeViolations(page);
      for (const v of violations) console.log(`${path}: [${v.impact}] ${v.id} — ${v.help}\n    ${v.targets.join("\n    ")}`);
      expect(
        violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.targets.join(", ")}`)
      ).toEqual([]);

      // Reflow (WCAG 1.4.10): at 320 CSS px the page does not scroll sideways; wide tables, charts and
      // maps scroll inside their own boxes.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.waitForTimeout(300);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.page, "page width at a 320 px viewport").toBeLessThanOrEqual(widths.viewport);
    } finally {
      await context.close();
    }
  });
});

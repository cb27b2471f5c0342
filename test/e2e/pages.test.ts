/**
 * Every page of the site, cold, in a fresh profile: it renders its main content, with no console error,
 * no page error, no cell error, no failed request and no request to any host but the server's; and its
 * first content is painted within 1 s of navigation (median of 3 cold loads). A screenshot of each page
 * goes to test/output/.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { caseStudies, routes } from "../../src/lib/workflow/routes.js";
import { cellErrors, launchBrowser, medianFirstContentfulPaint, openPage, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const paths = ["/", ...routes.map((r) => r.path), ...caseStudies.map((r) => r.path)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("every page", () => {
  it.each(paths)("%s renders with no error and no foreign request", async (path) => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      const started = Date.now();
      await page.goto(baseUrl + path, { waitUntil: "load" });
      await waitForRendered(page);
      const renderedMs = Date.now() - started;
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: screenshotPath(`page${path === "/" ? "-home" : path}`), fullPage: true });
      expect(await page.locator("#observablehq-main h1").count(), "a page title").toBeGreaterThan(0);
      expect(await cellErrors(page), "cell errors").toEqual([]);
      expect(log.pageErrors, "page errors").toEqual([]);
      expect(log.consoleErrors, "console errors").toEqual([]);
      expect(log.failedRequests, "failed requests").toEqual([]);
      expect(log.foreignRequests, "requests to other hosts").toEqual([]);
      const fcp = await medianFirstContentfulPaint(browser, baseUrl + path);
      console.log(
        `${path}: first contentful paint ${Math.round(fcp.median)} ms (median of ${fcp.runs.map(Math.round).join(", ")}), rendered ${renderedMs} ms, ${log.requests.length} requests`
      );
      expect(fcp.median, "first content within 1 s (median of 3 cold loads)").toBeLessThan(1000);
    } finally {
      await context.close();
    }
  });
});

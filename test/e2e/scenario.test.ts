/**
 * Scenario links are untrusted input. Every workflow page (and the home page) is opened with script
 * payloads in the site name and in the scenario hash; no script may run, the page must still render, and
 * a tampered hash must show a visible notice instead of failing.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { routes } from "../../src/lib/workflow/routes.js";
import { launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const workflow = routes.filter((r) => r.kind === "workflow").map((r) => r.path);

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '"><img src=x onerror="window.__xss=2">',
  "javascript:window.__xss=3",
  "<svg onload=window.__xss=4>"
];

/** A scenario hash whose JSON carries the payloads in every text-like field. */
function hostileHash(payload: string): string {
  const json = JSON.stringify({
    site: { lat: 1, lon: 2, name: payload },
    climate: { preset: payload },
    nursery: { technology: payload },
    institutions: { arrangement: payload },
    investment: { estimates: { [payload]: { lower: 1, upper: 2 } } },
    [payload]: payload
  });
  return `#s=1.${Buffer.from(json, "utf8").toString("base64url")}`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("hostile scenario links", () => {
  it.each(["/", ...workflow])("%s runs no script from the URL and says what it rejected", async (path) => {
    for (const payload of PAYLOADS) {
      const { context, page, log } = await openPage(browser, baseUrl);
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      try {
        const url = `${baseUrl}${path}?lat=1&lon=2&site=${encodeURIComponent(payload)}${hostileHash(payload)}`;
        await page.goto(url, { waitUntil: "load" });
        await waitForRendered(page);
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        expect(dialogs).toBe(0);
        expect(log.pageErrors).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        // No element created from the payload: no <img src=x>, no injected <svg onload>.
        expect(await page.locator("img[src='x'], svg[onload], script:has-text('__xss')").count()).toBe(0);
        if (path !== "/") {
          await expect.poll(() => page.locator("[data-testid=scenario-notice]").count()).toBeGreaterThan(0);
        }
      } finally {
        await context.close();
      }
    }
  });

  it.each(workflow)("%s falls back to defaults with a notice for a damaged hash", async (path) => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(`${baseUrl}${path}#s=1.%%%not-base64`, { waitUntil: "load" });
      await waitForRendered(page);
      await expect.poll(() => page.locator("[data-testid=scenario-notice]").count()).toBeGreaterThan(0);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("every workflow page", () => {
  it.each(workflow)("%s offers a button to copy a link to its scenario", async (path) => {
    const { context, page } = await openPage(browser, baseUrl);
    try {
      await page.goto(`${baseUrl}${path}?lat=-12.8&lon=28.21`, { waitUntil: "load" });
      await waitForRendered(page);
      await expect.poll(() => page.getByRole("button", { name: "Copy link to this scenario" }).count(), { timeout: 30_000 }).toBe(1);
    } finally {
      await context.close();
    }
  });
});

/**
 * /site names the site's botanical country (WGSRPD level 3) and country, in Chromium: Carajás is in Brazil
 * North (BZN), Brazil; a point at sea is in no area and the page says so.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cellErrors, launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("/site: the site's botanical country", () => {
  it.each([
    ["/site?lat=-6.06&lon=-50.17", /Brazil North \(BZN\).*country: Brazil \(BRA\)/s],
    ["/site?lat=-12.68&lon=141.88", /Queensland \(QLD\).*country: Australia \(AUS\)/s],
    ["/site?lat=0&lon=-150", /in no WGSRPD level-3 area.*country: none found/s]
  ])("%s", async (path, expected) => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      await waitForRendered(page);
      const place = page.locator("[data-testid=site-place]");
      await place.waitFor({ timeout: 60_000 });
      expect(await place.textContent()).toMatch(expected);
      expect(await cellErrors(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

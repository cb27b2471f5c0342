/**
 * The chain at real mines outside the case studies (issue 15), in Chromium:
 * - Sudbury nickel, Canada (46.5, −81.0; boreal Dfb): /site finds the planting window in early summer
 *   (from the growing season, not the rains) and draws the climograph.
 * - Escondida copper, Chile (−24.27, −69.07; hyper-arid, ~3,100 m): /investment names no planting option
 *   "best" rain-fed (they are left out, with the reason) until the user prices establishment water, whose
 *   rows then appear in the estimate table; the decision is discounted at the social rate (2–6 %/yr, OMB
 *   Circular A-4 / EU guidance) and /nursery and /investment use the same wage; no USD axis uses the SI
 *   "m" prefix.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseEstimateCsv } from "../../src/lib/decision/estimate.js";
import { OPTION_NAMES } from "../../src/lib/investment/options.js";
import { defaultScenario, type Scenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { cellErrors, launchBrowser, openPage, type PageLog, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const PLANTING = ["plantation", "agroforestry", "bioenergy"] as const;

function at(lat: number, lon: number, name: string): Scenario {
  const scenario = defaultScenario();
  scenario.site = { lat, lon, name };
  return scenario;
}
const SUDBURY = at(46.5, -81.0, "Sudbury");
const ESCONDIDA = at(-24.27, -69.07, "Escondida");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, scenario: Scenario): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const { context, page, log } = await openPage(browser, baseUrl);
  await page.goto(baseUrl + scenarioHref(path, scenario), { waitUntil: "load" });
  await waitForRendered(page, 60_000);
  return { page, log, close: () => context.close() };
}

const waitDone = (page: Page) => page.waitForSelector("[data-testid=run-status][data-state=done]", { timeout: 180_000 });
/** "Wage: 12.3 USD per person-day (…)" → 12.3 */
const wageOf = async (page: Page) => Number((await page.locator("[data-testid=wage-used]").innerText()).match(/Wage: ([\d.]+) USD/)![1]);
/**
 * Tick and legend texts of every chart that end in a small SI prefix ("400m" for 0.4, "5µ"): on a USD axis
 * "m" reads as millions. Thousands as "10k" are fine.
 */
const siPrefixed = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("svg text, svg tspan")]
      .map((t) => (t.textContent ?? "").trim())
      .filter((t) => /^[−-]?\d[\d.,]*\s?[mµn]$/.test(t))
  );

describe("a boreal mine: Sudbury, Canada", () => {
  it("plants in early summer (growing season) and draws the climograph", async () => {
    const { page, log, close } = await open("/site", SUDBURY);
    try {
      const window = await page.locator("[data-testid=planting-window]").innerText();
      console.log(`/site Sudbury planting window: ${window}`);
      expect(window).toMatch(/^(May|Jun)/);
      expect(window).not.toMatch(/none|unknown|null/);
      expect(await page.locator("[data-testid=climograph] svg").count()).toBeGreaterThan(0);
      expect(await cellErrors(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});

describe("a hyper-arid mine: Escondida, Chile", () => {
  it("leaves the planting options out of 'best' rain-fed, and prices establishment water when asked", async () => {
    const { page, log, close } = await open("/investment", ESCONDIDA);
    try {
      await waitDone(page);
      expect(await page.locator("[data-testid=feasibility]").innerText()).toMatch(/no rain-fed planting window/);
      expect(await page.locator("[data-testid=irrigation-note]").innerText()).toMatch(/not feasible rain-fed/);
      const best = await page.locator("[data-testid=best-option]").innerText();
      console.log(`/investment Escondida rain-fed best: ${best}`);
      for (const o of PLANTING) expect(best).not.toBe(OPTION_NAMES[o]);
      const excluded = await page.locator("[data-testid=excluded-options]").innerText();
      for (const o of PLANTING) expect(excluded).toContain(OPTION_NAMES[o]);

      // The decision's discount rate: the social range, with its source.
      const download = page.waitForEvent("download");
      await page.locator("[data-testid=estimate-download]").click();
      const { estimate } = parseEstimateCsv(await readFile(await (await download).path(), "utf8"));
      const discount = estimate.rows.find((r) => r.variable === "discount_rate")!;
      expect(discount.lower).toBeGreaterThanOrEqual(2);
      expect(discount.upper).toBeLessThanOrEqual(6);
      expect(discount.extra.source).toMatch(/OMB Circular A-4/);
      expect(estimate.rows.some((r) => r.variable.startsWith("irrigation_"))).toBe(false);

      // No SI prefix on a USD axis (EVPI, cash flows, NPV distributions).
      await page.waitForSelector("[data-testid=evpi-advice]", { timeout: 180_000 });
      expect(await siPrefixed(page)).toEqual([]);

      // Switch establishment water on: the cost rows are in the table and the note says so.
      await page.getByLabel(/Price establishment water/).check();
      await page.waitForSelector("[data-testid=run-status]:not([data-state=done])", { timeout: 10_000 }).catch(() => {});
      await waitDone(page);
      expect(await page.locator("[data-testid=irrigation-note]").innerText()).toMatch(/Establishment water is priced/);
      const download2 = page.waitForEvent("download");
      await page.locator("[data-testid=estimate-download]").click();
      const watered = parseEstimateCsv(await readFile(await (await download2).path(), "utf8")).estimate;
      expect(watered.rows.map((r) => r.variable)).toEqual(expect.arrayContaining(["irrigation_capex_usd_ha", "irrigation_usd_ha_yr"]));
      console.log(`/investment Escondida with water: best ${await page.locator("[data-testid=best-option]").innerText()}`);
      expect(await cellErrors(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  }, 400_000);

  it("uses one wage on /nursery and /investment", async () => {
    const nursery = await open("/nursery", ESCONDIDA);
    const investment = await open("/investment", ESCONDIDA);
    try {
      const [a, b] = [await wageOf(nursery.page), await wageOf(investment.page)];
      console.log(`Escondida wage: nursery ${a}, investment ${b} USD/person-day`);
      expect(a).toBeGreaterThan(0);
      expect(a).toBe(b);
    } finally {
      await nursery.close();
      await investment.close();
    }
  }, 180_000);
});

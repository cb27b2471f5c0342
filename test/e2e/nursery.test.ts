/**
 * /nursery in Chromium: for 100 ha at 1,100 stems/ha with three species (a scenario URL with a site and
 * a 3-species mix), the page shows per species seeds (kg), seedlings and bed area equal to the library's
 * plan, and a calendar ending in the planting window; lowering germination raises the seed needed and
 * raising field survival lowers the seedlings to dispatch; the CSV downloads hold the plan; no console
 * error, no failed or foreign request.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultScenario, scenarioHref } from "../../src/lib/scenario.js";
import { planNursery } from "../../src/lib/nursery.js";
import { NURSERY_SPECIES_CATALOG } from "../../src/lib/nursery-defaults.js";
import { cellErrors, launchBrowser, openPage, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const MIX = [
  { id: 2658, share: 0.4 }, // Acacia mangium
  { id: 1146, share: 0.3 }, // Gliricidia sepium
  { id: 2054, share: 0.3 } // Tectona grandis
];
const AS_OF = "2025-01-15";

function nurseryUrl(): string {
  const scenario = defaultScenario();
  scenario.site = { lat: -3, lon: 115, name: "Borneo test site" };
  scenario.species.mix = MIX;
  scenario.planting.areaHa = 100;
  scenario.planting.densityPerHa = 1100;
  return baseUrl + scenarioHref("/nursery", scenario);
}

/** The library's plan for the same inputs (the page's defaults: survival 0.8, polybags, inoculated). */
function expectedPlan(fieldSurvival = 0.8) {
  const catalog = new Map(NURSERY_SPECIES_CATALOG.map((s) => [s.id, s]));
  return planNursery({
    areaHa: 100,
    densityPerHa: 1100,
    fieldSurvival,
    replacementRate: null,
    technology: "polybag",
    inoculation: true,
    species: MIX.map((m) => ({ species: catalog.get(m.id)!, share: m.share }))
  });
}

const number = (text: string) => Number(text.replace(/,/g, ""));

async function speciesRows(page: Page) {
  return page.$$eval("[data-testid=species-row]", (rows) =>
    rows.map((row) => {
      const cell = (field: string) => row.querySelector(`[data-field="${field}"]`) as HTMLElement;
      return {
        id: Number(row.getAttribute("data-id")),
        name: row.querySelector("th")!.textContent!.trim(),
        dispatch: cell("dispatch").textContent!,
        seedKg: Number(cell("seedKg").dataset.value),
        bedArea: Number(cell("bedArea").dataset.value)
      };
    })
  );
}

async function setFormNumber(page: Page, labelStart: string, value: string) {
  await page.evaluate(
    ({ labelStart, value }) => {
      const label = [...document.querySelectorAll("form label")].find((l) => l.textContent!.trim().startsWith(labelStart));
      if (!label) throw new Error(`no input labelled ${labelStart}`);
      const input = label.closest("form")!.querySelector("input[type=number], input[type=date]") as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    { labelStart, value }
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("/nursery", () => {
  it("plans 100 ha at 1,100 stems/ha for three species, reacts in the documented direction, and downloads the plan", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(nurseryUrl(), { waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=species-row]");
      await setFormNumber(page, "Plan as of", AS_OF);
      await page.waitForFunction((d) => document.querySelector("[data-testid=plan-summary]")?.textContent?.includes(d), AS_OF);

      // Per species: names from the mix, seedlings and seed kg and bed area as the library computes them.
      const expected = expectedPlan();
      const rows = await speciesRows(page);
      expect(rows.map((r) => r.name)).toEqual(["Acacia mangium", "Gliricidia sepium", "Tectona grandis"]);
      rows.forEach((row, i) => {
        const s = expected.species[i];
        expect(number(row.dispatch), row.name).toBe(s.dispatch);
        expect(row.seedKg, row.name).toBeCloseTo(s.seedKg, 9);
        expect(row.bedArea, row.name).toBeCloseTo(s.bedAreaM2, 9);
        expect(row.seedKg).toBeGreaterThan(0);
      });
      expect(number(await page.textContent("[data-testid=total-dispatch]") ?? "")).toBe(expected.totals.dispatch);

      // The calendar: every species is ready inside the planting window (Nov, 3 months), none before today.
      const schedules = await page.$$eval("[data-testid=schedule]", (items) => items.map((li) => ({ ...(li as HTMLElement).dataset })));
      expect(schedules).toHaveLength(3);
      for (const s of schedules) {
        expect(s.windowStart!.slice(5), s.species).toBe("11-01");
        expect(s.ready! >= s.windowStart! && s.ready! < s.windowEnd!, s.species).toBe(true);
        expect(s.sow! >= AS_OF, s.species).toBe(true);
      }
      expect(await page.locator("figure.nursery-gantt svg").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("nursery"), fullPage: true });

      // Lower germination of Acacia mangium → more seed to buy for it.
      const before = rows[0].seedKg;
      await page.fill('input[name="germination-2658"]', "0.5");
      await page.press('input[name="germination-2658"]', "Enter");
      await page.waitForFunction((kg) => Number((document.querySelector('[data-testid=species-row][data-id="2658"] [data-field=seedKg]') as HTMLElement)?.dataset.value) > kg, before);
      const afterGermination = await speciesRows(page);
      expect(afterGermination[0].seedKg).toBeGreaterThan(before);
      expect(afterGermination[1].seedKg).toBe(rows[1].seedKg);

      // Higher field survival → fewer seedlings to dispatch (replacements follow survival).
      await setFormNumber(page, "Field survival", "0.9");
      await page.waitForFunction(
        (n) => Number(document.querySelector("[data-testid=total-dispatch]")!.textContent!.replace(/,/g, "")) < n,
        expected.totals.dispatch
      );
      expect(number(await page.textContent("[data-testid=total-dispatch]") ?? "")).toBe(expectedPlan(0.9).totals.dispatch);
      // The scenario in the URL follows the inputs.
      expect(decodeURIComponent(page.url())).toContain("#s=1.");

      // Downloads: the seed order list and the production schedule.
      const [seedDownload] = await Promise.all([page.waitForEvent("download"), page.click("button[data-download='seed-order.csv']")]);
      const seedCsv = await readFile((await seedDownload.path())!, "utf8");
      const seedLines = seedCsv.trim().split("\n");
      expect(seedLines[0]).toMatch(/^species,ecocrop_id,seeds_to_sow,germination,seeds_per_kg,seed_kg_to_buy/);
      expect(seedLines).toHaveLength(4);
      expect(seedLines[1]).toMatch(/^Acacia mangium,2658,\d+,0\.5,93000,/);
      const [scheduleDownload] = await Promise.all([page.waitForEvent("download"), page.click("button[data-download='production-schedule.csv']")]);
      const scheduleCsv = await readFile((await scheduleDownload.path())!, "utf8");
      expect(scheduleCsv).toMatch(/Tectona grandis,2054,dispatch,\d{4}-11-01/);
      const [estimateDownload] = await Promise.all([page.waitForEvent("download"), page.click("button[data-download='nursery-estimates.csv']")]);
      expect(await readFile((await estimateDownload.path())!, "utf8")).toMatch(/^variable,distribution,lower,median,upper/);

      expect(await cellErrors(page), "cell errors").toEqual([]);
      expect(log.pageErrors, "page errors").toEqual([]);
      expect(log.consoleErrors, "console errors").toEqual([]);
      expect(log.failedRequests, "failed requests").toEqual([]);
      expect(log.foreignRequests, "foreign requests").toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a clear message for an invalid area and keeps the page working", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(nurseryUrl(), { waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=species-row]");
      await page.fill('input[name="germination-1146"]', "7");
      await page.press('input[name="germination-1146"]', "Enter");
      expect(await page.textContent(".param-message")).toMatch(/Gliricidia sepium, Germination: enter a number from 0.01 to 1/);
      await setFormNumber(page, "Area to plant", "0");
      await page.waitForSelector("[data-testid=plan-error]");
      expect(await page.textContent("[data-testid=plan-error]")).toMatch(/area/);
      await setFormNumber(page, "Area to plant", "50");
      await page.waitForFunction(() => !document.querySelector("[data-testid=plan-error]") && !!document.querySelector("[data-testid=species-row]"));
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

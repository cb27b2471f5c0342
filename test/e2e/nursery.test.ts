/**
 * /nursery in Chromium: for 100 ha at 1,100 stems/ha with three species (a scenario URL with the
 * Copperbelt site and a mix of Acacia mangium, from the nursery catalogue, and two species that only the
 * species dataset knows), the page shows the dataset's names and per species seeds (kg), seedlings and
 * bed area equal to the library's plan for nurseryInputFor(scenario, species.json), and a calendar ending
 * in the site's planting window as assessClimate computes it from the built station data; lowering
 * germination raises the seed needed and raising field survival lowers the seedlings to dispatch; the CSV
 * downloads hold the plan; no console error, no failed or foreign request. A West African site under a
 * drier, warmer scenario plans for its own window (May) and shows the scenario's (June); the window can
 * be set by hand; an arid site asks for irrigation; a scenario without a site says so.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeStations } from "../../src/lib/data/climate.js";
import type { SpeciesRecord } from "../../src/lib/data/records.js";
import { siteWindows } from "../../src/lib/nursery/calendar.js";
import { planNursery } from "../../src/lib/nursery/plan.js";
import { defaultScenario, type Scenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { assessClimate } from "../../src/lib/site/assess.js";
import { stationIndex } from "../../src/lib/site/stations.js";
import { nurseryInputFor } from "../../src/lib/workflow/chain.js";
import { cellErrors, launchBrowser, openPage, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const MIX = [
  { id: 2658, share: 0.4 }, // Acacia mangium: nursery catalogue (published values)
  { id: 9041, share: 0.3 }, // Pterocarpus angolensis: species dataset only (tree)
  { id: 952, share: 0.3 } // Dodonaea viscosa: species dataset only (tree/shrub)
];
const COPPERBELT = { lat: -12.8, lon: 28.21, name: "Copperbelt test site" };
const AS_OF = "2025-01-15";

/** A dataset file as the server serves it (dist/_file/data/<name>.<hash>.json). */
function builtJson(name: string): unknown {
  const dir = join(process.cwd(), "dist", "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.json$`).test(f));
  if (!file) throw new Error(`dist/_file/data has no ${name}.json: build first`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}
const speciesRecords = new Map((builtJson("species") as SpeciesRecord[]).map((r) => [r.id, r]));
const stations = stationIndex(decodeStations(builtJson("climate-stations") as Parameters<typeof decodeStations>[0]));

function scenarioFor(
  site: Scenario["site"],
  climate: { warmingC: number; rainfallPct: number } = { warmingC: 0, rainfallPct: 0 }
): Scenario {
  const scenario = defaultScenario();
  scenario.site = site;
  scenario.climate.warmingC = climate.warmingC;
  scenario.climate.rainfallPct = climate.rainfallPct;
  // Warming and rainfall set by hand (no preset): the page resolves no regional value over them.
  scenario.climate.preset = null;
  scenario.species.mix = MIX;
  scenario.planting.areaHa = 100;
  scenario.planting.densityPerHa = 1100;
  return scenario;
}
const urlFor = (scenario: Scenario) => baseUrl + scenarioHref("/nursery", scenario);

/** The site's planting windows as the library computes them from the built station data. */
function expectedWindows(scenario: Scenario) {
  const climate = assessClimate(
    { lat: scenario.site!.lat, lon: scenario.site!.lon, warmingC: scenario.climate.warmingC, rainfallPct: scenario.climate.rainfallPct },
    { stations }
  );
  return siteWindows(climate.present!.plantingMonths, climate.scenario!.plantingMonths);
}

/** The library's plan for the same scenario (the page's defaults: survival 0.8, polybags, inoculated). */
function expectedPlan(fieldSurvival = 0.8) {
  const scenario = scenarioFor(COPPERBELT);
  scenario.planting.fieldSurvival = fieldSurvival;
  return planNursery(nurseryInputFor(scenario, speciesRecords));
}

async function windowNote(page: Page) {
  await page.waitForSelector("[data-testid=window-note]");
  return page.$eval("[data-testid=window-note]", (el) => {
    const { source, startMonth, months } = (el as HTMLElement).dataset;
    return { source, startMonth, months, text: el.textContent!.replace(/\s+/g, " ") };
  });
}

async function schedulesOf(page: Page) {
  return page.$$eval("[data-testid=schedule]", (items) => items.map((li) => ({ ...(li as HTMLElement).dataset })));
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
  it("plans 100 ha at 1,100 stems/ha for three species in the site's planting window, reacts in the documented direction, and downloads the plan", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      const started = Date.now();
      await page.goto(urlFor(scenarioFor(COPPERBELT)), { waitUntil: "load" });
      await page.waitForSelector("#observablehq-main h1");
      const titleMs = Date.now() - started;
      await waitForRendered(page);
      console.log(`/nursery (Copperbelt, 3 species): title ${titleMs} ms, every cell rendered ${Date.now() - started} ms`);
      await page.waitForSelector("[data-testid=species-row]");
      await setFormNumber(page, "Plan as of", AS_OF);
      await page.waitForFunction((d) => document.querySelector("[data-testid=plan-summary]")?.textContent?.includes(d), AS_OF);

      // Per species: the species dataset's names, seedlings and seed kg and bed area as the library computes them.
      const expected = expectedPlan();
      const rows = await speciesRows(page);
      expect(rows.map((r) => r.name)).toEqual(MIX.map((m) => speciesRecords.get(m.id)!.name));
      expect(rows.map((r) => r.name)).toEqual(["Acacia mangium", "Pterocarpus angolensis", "Dodonaea viscosa"]);
      rows.forEach((row, i) => {
        const s = expected.species[i];
        expect(number(row.dispatch), row.name).toBe(s.dispatch);
        expect(row.seedKg, row.name).toBeCloseTo(s.seedKg, 9);
        expect(row.bedArea, row.name).toBeCloseTo(s.bedAreaM2, 9);
        expect(row.seedKg).toBeGreaterThan(0);
      });
      expect(number((await page.textContent("[data-testid=total-dispatch]")) ?? "")).toBe(expected.totals.dispatch);
      // The two dataset species are planned with their growth form's defaults, and the page says so.
      expect(await page.textContent("[data-testid=growth-form-defaults]")).toMatch(
        /Pterocarpus angolensis \(tree\).*Dodonaea viscosa \(tree\/shrub\)/
      );
      expect(await page.textContent(".param-sources")).toMatch(/Dodonaea viscosa/);

      // The planting window comes from the site: the present climate's window as assessClimate computes it.
      const windows = expectedWindows(scenarioFor(COPPERBELT));
      expect(windows.present).toEqual({ startMonth: 11, months: 3 }); // one wet season Nov–Mar: plant Nov–Jan
      const note = await windowNote(page);
      expect(note.source).toBe("site");
      expect([Number(note.startMonth), Number(note.months)]).toEqual([windows.present!.startMonth, windows.present!.months]);
      expect(note.text).toMatch(/plant in November–January \(3 months\)/);
      expect(note.text).toMatch(/present climate/);
      expect(await page.textContent("[data-testid=window-from]")).toBe("the site's climate");

      // The calendar: every species is ready inside the site's window (1 Nov 2025 – 31 Jan 2026), sown after today.
      const schedules = await schedulesOf(page);
      expect(schedules).toHaveLength(3);
      for (const s of schedules) {
        expect(s.windowStart, s.species).toBe("2025-11-01");
        expect(s.windowEnd, s.species).toBe("2026-02-01");
        expect(s.ready! >= s.windowStart! && s.ready! < s.windowEnd!, s.species).toBe(true);
        expect(s.sow! >= AS_OF, s.species).toBe(true);
      }
      // Acacia mangium: 2 + 12 + 4 = 18 weeks = 126 days before 1 Nov 2025 → 28 Jun 2025 (test/lib/nursery-calendar.test.ts).
      expect(schedules[0].sow).toBe("2025-06-28");
      expect(await page.locator("figure.nursery-gantt svg").count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("nursery"), fullPage: true });

      // Lower germination of Acacia mangium → more seed to buy for it.
      const before = rows[0].seedKg;
      await page.fill('input[name="germination-2658"]', "0.5");
      await page.press('input[name="germination-2658"]', "Enter");
      await page.waitForFunction(
        (kg) =>
          Number((document.querySelector('[data-testid=species-row][data-id="2658"] [data-field=seedKg]') as HTMLElement)?.dataset.value) >
          kg,
        before
      );
      const afterGermination = await speciesRows(page);
      expect(afterGermination[0].seedKg).toBeGreaterThan(before);
      expect(afterGermination[1].seedKg).toBe(rows[1].seedKg);

      // Higher field survival → fewer seedlings to dispatch (replacements follow survival).
      await setFormNumber(page, "Field survival", "0.9");
      await page.waitForFunction(
        (n) => Number(document.querySelector("[data-testid=total-dispatch]")!.textContent!.replace(/,/g, "")) < n,
        expected.totals.dispatch
      );
      expect(number((await page.textContent("[data-testid=total-dispatch]")) ?? "")).toBe(expectedPlan(0.9).totals.dispatch);
      // The scenario in the URL follows the inputs.
      expect(decodeURIComponent(page.url())).toContain("#s=1.");

      // Downloads: the seed order list and the production schedule.
      const [seedDownload] = await Promise.all([page.waitForEvent("download"), page.click("button[data-download='seed-order.csv']")]);
      const seedCsv = await readFile((await seedDownload.path())!, "utf8");
      const seedLines = seedCsv.trim().split("\n");
      expect(seedLines[0]).toMatch(/^species,ecocrop_id,seeds_to_sow,germination,seeds_per_kg,seed_kg_to_buy/);
      expect(seedLines).toHaveLength(4);
      expect(seedLines[1]).toMatch(/^Acacia mangium,2658,\d+,0\.5,93000,/);
      expect(seedLines[3]).toMatch(/^Dodonaea viscosa,952,\d+,0\.7,20000,/); // tree defaults (growth form tree/shrub)
      const [scheduleDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.click("button[data-download='production-schedule.csv']")
      ]);
      const scheduleCsv = await readFile((await scheduleDownload.path())!, "utf8");
      expect(scheduleCsv).toMatch(/Pterocarpus angolensis,9041,dispatch,2025-11-01/);
      const [estimateDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.click("button[data-download='nursery-estimates.csv']")
      ]);
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

  it("plans for a West African site's own window (May), shows the scenario's (June), and lets the user set one by hand", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      // Boké bauxite (Guinea), +2 °C and −20 % rain: one wet season May–Oct; present window May–Aug, scenario Jun–Aug.
      const scenario = scenarioFor({ lat: 10.94, lon: -14.3, name: "Boké test site" }, { warmingC: 2, rainfallPct: -20 });
      const windows = expectedWindows(scenario);
      expect(windows).toMatchObject({
        present: { startMonth: 5, months: 4 },
        scenario: { startMonth: 6, months: 3 },
        scenarioDiffers: true
      });
      await page.goto(urlFor(scenario), { waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=schedule]");
      await setFormNumber(page, "Plan as of", AS_OF);
      await page.waitForFunction((d) => document.querySelector("[data-testid=plan-summary]")?.textContent?.includes(d), AS_OF);
      const note = await windowNote(page);
      expect([note.source, Number(note.startMonth), Number(note.months)]).toEqual(["site", 5, 4]);
      expect(await page.textContent("[data-testid=scenario-window]")).toBe("June–August (3 months)");
      for (const s of await schedulesOf(page)) expect(s.windowStart, s.species).toBe("2025-05-01");

      // Set by hand: March.
      await page.getByText("set by hand (overrides the site)").click();
      await page.waitForSelector("form select");
      await page.evaluate(() => {
        const label = [...document.querySelectorAll("form label")].find((l) => l.textContent!.trim().startsWith("Window starts in"))!;
        const select = label.closest("form")!.querySelector("select")!;
        const option = [...select.options].find((o) => o.textContent === "March")!;
        select.value = option.value;
        select.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=schedule]")].every((li) => (li as HTMLElement).dataset.windowStart === "2025-03-01")
      );
      expect(await page.textContent("[data-testid=window-from]")).toBe("set by hand, overriding the site's");
      // Sown on 15 Jan, Acacia mangium (18 weeks) is ready on 21 May: late in the Mar–Jun window, with a warning.
      expect(await page.textContent("[data-testid=calendar-warnings]")).toMatch(/Acacia mangium needs 18 weeks/);

      // The hand-set window is part of the scenario: the page's own URL (a shared link) reopens it.
      await page.waitForFunction(() => {
        const payload = location.hash.match(/s=\d+\.([\w-]+)/)?.[1];
        if (!payload) return false;
        const diff = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
        return diff.nursery?.window?.startMonth === 3;
      });
      await page.reload({ waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=schedule]");
      await setFormNumber(page, "Plan as of", AS_OF);
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=schedule]")].every((li) => (li as HTMLElement).dataset.windowStart === "2025-03-01")
      );
      expect(await page.textContent("[data-testid=window-from]")).toBe("set by hand, overriding the site's");
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(await cellErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("plans a year-round wet site for the first month every species can be ready", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      // Central Borneo: every month wet. Slowest species on tree defaults: 3 + 14 + 4 = 21 weeks = 147 days;
      // 15 Jan 2025 + 147 days = 11 Jun 2025 (16 + 28 + 31 + 30 + 31 = 136, + 11 of June) → plant from 1 Jul 2025.
      const scenario = scenarioFor({ lat: -3, lon: 115, name: "Borneo test site" });
      expect(expectedWindows(scenario)).toMatchObject({ present: { startMonth: 1, months: 12 }, yearRound: true });
      await page.goto(urlFor(scenario), { waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=schedule]");
      await setFormNumber(page, "Plan as of", AS_OF);
      await page.waitForFunction((d) => document.querySelector("[data-testid=plan-summary]")?.textContent?.includes(d), AS_OF);
      const note = await windowNote(page);
      expect([note.source, note.months]).toEqual(["site", "12"]);
      expect(note.text).toMatch(/plant in any month/);
      const schedules = await schedulesOf(page);
      expect(schedules.map((s) => [s.windowStart, s.status])).toEqual(Array(3).fill(["2025-07-01", "on time"]));
      expect(await page.textContent("[data-testid=window-from]")).toMatch(/^the site's climate \(wet all year/);
      await page.screenshot({ path: screenshotPath("nursery-year-round"), fullPage: true });
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(await cellErrors(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("asks for irrigation at an arid site and says when the scenario has no site", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      // Atacama (Chile): no month has rain above twice its temperature.
      await page.goto(urlFor(scenarioFor({ lat: -24.27, lon: -69.07, name: "Atacama test site" })), { waitUntil: "load" });
      await waitForRendered(page);
      const arid = await windowNote(page);
      expect(arid.source).toBe("no-window");
      expect(arid.text).toMatch(/No rain-fed planting window.*irrigation/);
      expect(await page.locator("form label", { hasText: "Window starts in" }).count()).toBe(1);
      await page.waitForSelector("[data-testid=schedule]");
      expect(await page.textContent("[data-testid=window-from]")).toBe("set by hand");

      const requestsBefore = log.requests.length;
      await page.goto(urlFor(scenarioFor(null)), { waitUntil: "load" });
      await waitForRendered(page);
      const none = await windowNote(page);
      expect(none.source).toBe("none");
      expect(none.text).toMatch(/No site in this scenario/);
      await page.waitForSelector("[data-testid=schedule]");
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      // Without a site the weather stations are not fetched at all.
      expect(log.requests.slice(requestsBefore).filter((url) => url.includes("climate-stations"))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a clear message for an invalid area and keeps the page working", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(urlFor(scenarioFor(COPPERBELT)), { waitUntil: "load" });
      await waitForRendered(page);
      await page.waitForSelector("[data-testid=species-row]");
      await page.fill('input[name="germination-9041"]', "7");
      await page.press('input[name="germination-9041"]', "Enter");
      expect(await page.textContent(".param-message")).toMatch(/Pterocarpus angolensis, Germination: enter a number from 0.01 to 1/);
      await setFormNumber(page, "Area to plant", "0");
      await page.waitForSelector("[data-testid=plan-error]");
      expect(await page.textContent("[data-testid=plan-error]")).toMatch(/area/);
      await setFormNumber(page, "Area to plant", "50");
      await page.waitForFunction(
        () => !document.querySelector("[data-testid=plan-error]") && !!document.querySelector("[data-testid=species-row]")
      );
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * /monitoring in Chromium, at the Copperbelt test site: uploading the demonstration file shows the
 * criteria table (with the estimates and judgements the library computes in Node from the same file) and
 * the Recovery Wheel; a bad file lists its errors by row and keeps the previous results; a link copied
 * after editing the criteria reopens them in another profile; the survey layout download is the
 * library's; the nursery link carries the observed survival; hostile monitoring settings in a link are
 * rejected with a notice. No console error, no failed or foreign request.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defaultCriteria } from "../../src/lib/monitoring/criteria.js";
import { designPlotIds, layoutPlots, plotAreaHa } from "../../src/lib/monitoring/design.js";
import { layoutCsv } from "../../src/lib/monitoring/export.js";
import { nurserySurvivalFromObserved } from "../../src/lib/monitoring/feedback.js";
import { evaluateCriteria, latestSurvival } from "../../src/lib/monitoring/report.js";
import { parseMonitoringUpload } from "../../src/lib/monitoring/upload.js";
import { decodeScenario, defaultMonitoring, defaultScenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { cellErrors, launchBrowser, openPage, type PageLog, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const SITE = { lat: -12.8, lon: 28.21, name: "Copperbelt" };

function monitoringUrl(): string {
  const scenario = defaultScenario();
  scenario.site = SITE;
  return baseUrl + scenarioHref("/monitoring", scenario);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;
let demoCsv = "";

const upload = (name: string, text: string) =>
  page.setInputFiles("input[type=file][accept*=csv]", { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
const statuses = () =>
  page.$$eval("[data-testid=criteria-table] tbody tr", (rows) =>
    rows.map((r) => [r.getAttribute("data-indicator"), r.getAttribute("data-status")])
  );

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, log } = await openPage(browser, baseUrl));
  await page.goto(monitoringUrl(), { waitUntil: "load" });
  await waitForRendered(page, 60_000);
  await page.waitForSelector("[data-testid=criteria-editor]");
  const href = await page.getAttribute("[data-testid=demo-notice] a[download]", "href");
  demoCsv = await (await fetch(new URL(href!, page.url()))).text();
}, 120_000);

afterAll(async () => {
  await page?.screenshot({ path: screenshotPath("monitoring"), fullPage: true }).catch(() => {});
  await context?.close();
  await browser?.close();
});

describe("/monitoring", () => {
  it("starts from the plan's default criteria and an LDSF layout of 160 plots", async () => {
    expect(await page.locator("[data-testid=criterion-row]").count()).toBe(
      defaultCriteria({ densityPerHa: 1100, option: "agroforestry" }).length
    );
    expect(await page.locator("[data-testid=survey-map] svg circle").count()).toBe(160);
    expect(await page.textContent("[data-testid=no-data]")).toMatch(/Upload monitoring data/);
  });

  it("downloads the survey layout the library lays out", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-layout-csv]")]);
    const text = await readFile((await download.path())!, "utf8");
    const expected = layoutCsv(layoutPlots(defaultMonitoring().design, { lat: SITE.lat, lon: SITE.lon, areaHa: 100 }));
    expect(text).toBe(expected);
    expect(text.trimEnd().split("\n")).toHaveLength(161);
  });

  it("uploading the demonstration file shows the criteria table, as the library judges it, and the Recovery Wheel", async () => {
    await page.fill("[data-testid=planted-on]", "2019-12-01");
    await upload("monitoring-demo.csv", demoCsv);
    await page.waitForSelector("[data-testid=criteria-table]", { timeout: 60_000 });
    expect(await page.textContent("[data-testid=monitoring-upload-report] [role=status]")).toMatch(/2880 of 2880 rows kept/);

    // The same file and criteria through the library in Node.
    const design = defaultMonitoring().design;
    const data = parseMonitoringUpload(demoCsv, { plotIds: designPlotIds(design), today: new Date().toISOString().slice(0, 10) });
    const plan = { densityPerHa: 1100, option: "agroforestry" };
    const evaluated = evaluateCriteria(defaultCriteria(plan), data, {
      plan,
      plantedOn: "2019-12-01",
      seed: 42,
      plotAreaHa: plotAreaHa(design.plotRadiusM)
    });
    expect(await statuses()).toEqual(evaluated.map((e) => [e.criterion.indicator, e.judgement.status]));
    expect(await statuses()).toEqual([
      ["survival", "met"],
      ["stocking", "failed"],
      ["woodyCover", "met"],
      ["groundCover", "met"],
      ["erosion", "failed"],
      ["soc", "failed"],
      ["nativeShare", "met"]
    ]);
    const survival = evaluated[0].judgement.judged!;
    const cells = await page.locator("[data-testid=criteria-table] tr[data-indicator=survival] td.num").allInnerTexts();
    // The table writes one decimal below 100 and drops a trailing .0 (monitoring-tables.ts fmt): 84.0 → "84".
    expect(cells[0]).toBe(`${(Math.round(survival.estimate * 10) / 10).toLocaleString("en-US")} %`);

    await page.waitForSelector("[data-testid=recovery-wheel] svg");
    expect(await page.locator("[data-testid=wheel-table] tbody tr").count()).toBe(18);
    const stars = await page.getAttribute("[data-testid=wheel-table] tr[data-sub='composition.plants'] td[data-stars]", "data-stars");
    expect(Number(stars)).toBe(evaluated[0].stars);
    // One trend per indicator with evidence: survival, stocking, woody and ground cover, erosion, SOC, native share.
    expect(await page.locator("[data-testid=trend-chart]").count()).toBe(7);
    expect(await page.locator("[data-testid=species-survival] tbody tr").count()).toBe(6);
  });

  it("links to the nursery with the observed survival, net of the technology and inoculation effects", async () => {
    const href = await page.getAttribute("[data-testid=nursery-link]", "href");
    const url = new URL(href!, page.url());
    expect(url.pathname).toMatch(/\/nursery$/);
    const { scenario, notices } = decodeScenario(url.search, url.hash);
    expect(notices).toEqual([]);
    const data = parseMonitoringUpload(demoCsv, {
      plotIds: designPlotIds(defaultMonitoring().design),
      today: new Date().toISOString().slice(0, 10)
    });
    const observed = latestSurvival(data, 0.9, 42)!.estimate.estimate / 100;
    expect(scenario.planting.fieldSurvival).toBe(nurserySurvivalFromObserved(observed, "polybag", true));
    expect(scenario.nursery.replacementFromSurvival).toBe(true);
  });

  it("lists a bad file's errors by row and keeps the previous results", async () => {
    const before = await page.locator("[data-testid=criteria-table]").innerText();
    const bad = [
      "plot_id,cluster,date,species_id,planted,surviving,woody_cover_pct",
      "C01-P01,C01,2099-01-01,101,20,17,35",
      "C01-P02,C01,2024-11-02,101,-3,0,35",
      "C01-P03,C01,2024-11-02,101,10,12,35",
      "X-9,C01,2024-11-02,101,10,5,35",
      "C01-P05,C01,2024-11-02,101,10,5,140"
    ].join("\n");
    await upload("field-sheet.csv", bad);
    await page.waitForSelector("[data-testid=monitoring-upload-errors]");
    const rows = await page.$$eval("[data-testid=monitoring-upload-errors] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()))
    );
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["2", "date"],
      ["3", "planted"],
      ["4", "surviving"],
      ["5", "plot_id"],
      ["6", "woody_cover_pct"]
    ]);
    expect(rows[0][3]).toMatch(/2099-01-01 is in the future/);
    expect(rows[4][3]).toMatch(/140 % woody cover is more than 100 %/);
    expect(await page.textContent("[data-testid=previous-kept]")).toBe("monitoring-demo.csv");
    expect(await page.locator("[data-testid=criteria-table]").innerText()).toBe(before);
    expect(await page.locator("[data-testid=recovery-wheel] svg").count()).toBe(1);
  });

  it("reopens edited criteria from a copied link in another profile", async () => {
    const survivalRow = page.locator("[data-testid=criterion-row][data-indicator=survival]");
    await survivalRow.getByLabel("Target of criterion 1").fill("75");
    await survivalRow.getByLabel("Confidence of criterion 1").selectOption("0.95");
    await page.getByLabel("Reference site value of criterion 6").fill("14");
    await page.click("[data-testid=add-criterion]");
    await page.getByLabel("Indicator of criterion 8").selectOption("survival");
    await page.getByLabel("Sub-attribute of criterion 8").selectOption("function.resilience");
    await page.getByLabel("Deadline of criterion 8, years after planting").fill("3");
    // The page writes the scenario into its URL on every change: wait for the last edit to land.
    await expect
      .poll(() => {
        const url = new URL(page.url());
        return decodeScenario(url.search, url.hash).scenario.monitoring.criteria?.[7]?.years;
      })
      .toBe(3);
    const link = page.url();

    const other = await openPage(browser, baseUrl);
    try {
      await other.page.goto(link, { waitUntil: "load" });
      await waitForRendered(other.page, 60_000);
      await other.page.waitForSelector("[data-testid=criteria-editor]");
      const rows = other.page.locator("[data-testid=criterion-row]");
      expect(await rows.count()).toBe(8);
      expect(await other.page.getByLabel("Target of criterion 1").inputValue()).toBe("75");
      expect(await other.page.getByLabel("Confidence of criterion 1").inputValue()).toBe("0.95");
      expect(await other.page.getByLabel("Reference site value of criterion 6").inputValue()).toBe("14");
      expect(await other.page.getByLabel("Sub-attribute of criterion 8").inputValue()).toBe("function.resilience");
      expect(await other.page.getByLabel("Deadline of criterion 8, years after planting").inputValue()).toBe("3");
      expect(await other.page.inputValue("[data-testid=planted-on]")).toBe("2019-12-01");
      expect(await other.page.locator("[data-testid=scenario-notice]").count()).toBe(0);
      expect(other.log.pageErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  it("rejects hostile monitoring settings in a link with a notice and runs nothing", async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const json = JSON.stringify({
      monitoring: {
        criteria: [{ sub: payload, indicator: payload, years: 1, confidence: 0.9 }],
        ratings: { [payload]: 5 },
        design: { seed: payload },
        [payload]: 1
      }
    });
    const other = await openPage(browser, baseUrl);
    try {
      await other.page.goto(`${baseUrl}/monitoring#s=1.${Buffer.from(json, "utf8").toString("base64url")}`, { waitUntil: "load" });
      await waitForRendered(other.page, 60_000);
      await other.page.waitForSelector("[data-testid=scenario-notice]");
      const notice = await other.page.textContent("[data-testid=scenario-notice]");
      expect(notice).toMatch(/monitoring.criteria\[0\].indicator/);
      expect(notice).toMatch(/monitoring.design.seed: not a number/);
      expect(await other.page.locator("img[src='x']").count()).toBe(0);
      expect(await other.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await other.page.locator("[data-testid=criterion-row]").count()).toBe(0);
    } finally {
      await other.context.close();
    }
  });

  it("logs no error and makes no failed or foreign request", async () => {
    expect(await cellErrors(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });
});

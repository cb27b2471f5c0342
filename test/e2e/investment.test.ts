/**
 * /investment in Chromium, for the Zambian Copperbelt site (-12.80, 28.21): the page paints its text and
 * inputs within 1 s and simulates afterwards in the worker; the NPV table equals the engine run in Node on
 * the estimate CSV the page downloads (same seed); changing an estimate re-runs with progress and changes
 * the results; a bad CSV upload lists row-level errors and keeps the previous results; the value of
 * information gives plain advice; no console error, no failed or foreign request.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseEstimateCsv } from "../../src/lib/decision/estimate.js";
import { mcSimulation } from "../../src/lib/decision/simulate.js";
import { summarize } from "../../src/lib/decision/stats.js";
import { restorationModel } from "../../src/lib/investment/model.js";
import { OPTION_IDS } from "../../src/lib/investment/options.js";
import { defaultScenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { cellErrors, launchBrowser, openPage, type PageLog, paintedAt, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");

function copperbeltUrl(): string {
  const scenario = defaultScenario();
  scenario.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
  return baseUrl + scenarioHref("/investment", scenario);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;
let firstContentMs = NaN;

const number = (text: string) => Number(text.replace(/,/g, "").replace("−", "-"));
const means = async () =>
  Object.fromEntries(
    await Promise.all(OPTION_IDS.map(async (o) => [o, number(await page.locator(`[data-testid=mean-${o}]`).innerText())]))
  );
const waitDone = () => page.waitForSelector("[data-testid=run-status][data-state=done]", { timeout: 120_000 });

/** Records every state the run-status line goes through (it is re-rendered on each change). */
async function watchStates(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { runStates: string[] };
    w.runStates = [];
    new MutationObserver(() => {
      const el = document.querySelector("[data-testid=run-status]");
      const state = el?.getAttribute("data-state");
      if (state && w.runStates[w.runStates.length - 1] !== state + (el?.querySelector("progress") ? "+bar" : ""))
        w.runStates.push(state + (el?.querySelector("progress") ? "+bar" : ""));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}
const seenStates = () => page.evaluate(() => (window as unknown as { runStates: string[] }).runStates);

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, log } = await openPage(browser, baseUrl));
  await page.goto(copperbeltUrl(), { waitUntil: "load" });
  firstContentMs = await paintedAt(page);
  await waitForRendered(page, 60_000);
  await page.waitForSelector("[data-testid=npv-summary]", { timeout: 120_000 });
  await page.waitForSelector("[data-testid=evpi-advice]", { timeout: 120_000 });
  await waitDone();
}, 240_000);

afterAll(async () => {
  await page?.screenshot({ path: screenshotPath("investment"), fullPage: true }).catch(() => {});
  await context?.close();
  await browser?.close();
});

describe("/investment", () => {
  it("paints its text and inputs within 1 s, before the simulation", async () => {
    console.log(`/investment: first contentful paint ${firstContentMs.toFixed(0)} ms`);
    expect(firstContentMs).toBeLessThan(1000);
    expect(await page.locator("#observablehq-main h1").innerText()).toMatch(/worth it/);
  });

  it("shows the engine's numbers for the table it offers for download (seed 42, 10,000 runs)", async () => {
    const download = page.waitForEvent("download");
    await page.locator("[data-testid=estimate-download]").click();
    const csv = await readFile(await (await download).path(), "utf8");
    const { estimate, issues } = parseEstimateCsv(csv);
    expect(issues).toEqual([]);
    // The decision is discounted at the social rate; the wage is the country's (Zambia).
    expect(estimate.rows.find((r) => r.variable === "discount_rate")!.extra.source).toMatch(/OMB Circular A-4/);
    expect(estimate.rows.find((r) => r.variable === "wage_usd_day")!.extra.source).toMatch(/Zambia/);
    const sim = mcSimulation(estimate, restorationModel, { n: 10000, seed: 42 });
    const shown = await means();
    for (const o of OPTION_IDS) expect(shown[o], o).toBe(Math.round(summarize(sim.outputs[`NPV_decision_${o}`]).mean));
    const text = await page.locator("[data-testid=npv-summary]").innerText();
    console.log(`/investment Copperbelt decision NPV means (USD/ha): ${JSON.stringify(shown)}`);
    expect(text).toMatch(/Multistrata agroforestry/);
  });

  it("turns the value of information into plain advice", async () => {
    const advice = await page.locator("[data-testid=evpi-advice]").innerText();
    console.log(`/investment advice: ${advice.replace(/\n+/g, " ")}`);
    expect(advice).toMatch(/On what is known now/);
    expect(advice).toMatch(/most valuable thing to measure next is|No single uncertain input/);
  });

  it("re-runs with progress when an estimate changes, and the results change", async () => {
    const before = await means();
    await page.locator("details[data-group=Carbon] summary").click();
    await watchStates();
    const upper = page.locator("[data-testid=estimate-carbon_price_usd_t-upper]");
    await upper.fill("300");
    await upper.press("Enter");
    // The run shows a progress bar while it works, then "done".
    await page.waitForFunction(() => (window as unknown as { runStates: string[] }).runStates.includes("running+bar"), undefined, {
      timeout: 60_000
    });
    await page.waitForFunction(
      () => {
        const states = (window as unknown as { runStates: string[] }).runStates;
        return states.lastIndexOf("done") > states.indexOf("running+bar");
      },
      undefined,
      { timeout: 120_000 }
    );
    expect((await seenStates()).filter((s) => s !== "done+bar")).toContain("running+bar");
    const after = await means();
    // Carbon worth up to 300 USD/t instead of 30 raises every planted option's decision NPV.
    for (const o of ["plantation", "agroforestry", "bioenergy"]) expect(after[o], o).toBeGreaterThan(before[o]);
    expect(page.url()).toMatch(/#s=1\./); // the edit is in the scenario link
    await page.locator("[data-testid=estimate-carbon_price_usd_t-upper]").fill("3");
    await page.locator("[data-testid=estimate-carbon_price_usd_t-upper]").press("Enter");
    expect(await page.locator("[data-testid=estimate-carbon_price_usd_t-error]").innerText()).toMatch(
      /lower \(5\) is greater than upper \(3\)/
    );
  });

  it("lists row-level errors for a bad CSV upload and keeps the previous results", async () => {
    await waitDone();
    const tableBefore = await page.locator("[data-testid=npv-summary]").innerText();
    const bad = [
      "variable,distribution,lower,median,upper,label",
      "field_survival,tnorm_0_1,0.9,,0.5,Field survival",
      "carbon_price_usd_t,gaussian,5,,30,Carbon price",
      "wage_usd_day,posnorm,abc,,8,Wage"
    ].join("\n");
    await page
      .locator("[data-testid=estimate-upload]")
      .setInputFiles({ name: "bad-estimates.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    const problems = page.locator("[data-testid=upload-problems] tbody tr");
    await problems.first().waitFor({ timeout: 30_000 });
    const rows = await page.$$eval("[data-testid=upload-problems] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()))
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(["2", "lower", "field_survival", "lower (0.9) is greater than upper (0.5)"]);
    expect(rows[1].slice(0, 3)).toEqual(["3", "distribution", "carbon_price_usd_t"]);
    expect(rows[1][3]).toMatch(/^"gaussian" is not a valid distribution/);
    expect(rows[2]).toEqual(["4", "lower", "wage_usd_day", '"abc" is not a number']);
    expect(await page.locator("[data-testid=upload-report]").innerText()).toMatch(/current table and results are kept/);
    await page.waitForTimeout(1500);
    expect(await page.locator("[data-testid=run-status]").getAttribute("data-state")).toBe("done");
    expect(await page.locator("[data-testid=npv-summary]").innerText()).toBe(tableBefore);
  });

  it("refuses non-finite and overflowing numbers in an upload by row and column, keeping the results (issue 19)", async () => {
    await waitDone();
    const tableBefore = await page.locator("[data-testid=npv-summary]").innerText();
    const bad = ["variable,distribution,lower,median,upper", "wage_usd_day,norm,-Inf,,5", "carbon_price_usd_t,norm,1,,1e999"].join("\n");
    await page
      .locator("[data-testid=estimate-upload]")
      .setInputFiles({ name: "non-finite.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.waitForFunction(() => document.querySelector("[data-testid=upload-report]")?.textContent?.includes("non-finite.csv"));
    const rows = await page.$$eval("[data-testid=upload-problems] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()))
    );
    expect(rows).toEqual([
      ["2", "lower", "wage_usd_day", '"-Inf" is infinite: give a finite number'],
      ["3", "upper", "carbon_price_usd_t", '"1e999" is beyond the largest number a computer holds (about ±1.8e308)']
    ]);
    expect(await page.locator("[data-testid=upload-report]").innerText()).toMatch(
      /0 input\(s\) changed.*current table and results are kept/s
    );
    await page.waitForTimeout(1000);
    expect(await page.locator("[data-testid=run-status]").getAttribute("data-state")).toBe("done");
    expect(await page.locator("[data-testid=npv-summary]").innerText()).toBe(tableBefore);
  });

  it("refuses an upper bound of 1e308 in the editor, naming the column", async () => {
    if ((await page.locator("details[data-group=Carbon]").getAttribute("open")) === null)
      await page.locator("details[data-group=Carbon] summary").click();
    const upper = page.locator("[data-testid=estimate-carbon_price_usd_t-upper]");
    await upper.scrollIntoViewIfNeeded();
    await upper.fill("1e308");
    await upper.press("Enter");
    expect(await page.locator("[data-testid=estimate-carbon_price_usd_t-error]").innerText()).toMatch(
      /Not applied — upper: 1e\+308 is too large: beyond ±1e300/
    );
    await page.locator("[data-testid=estimate-carbon_price_usd_t-upper]").fill("30");
    await page.locator("[data-testid=estimate-carbon_price_usd_t-upper]").press("Enter");
  });

  it("offers the results summary and the simulated samples as CSV", async () => {
    const summary = page.waitForEvent("download");
    await page.locator("[data-testid=summary-download]").click();
    const text = await readFile(await (await summary).path(), "utf8");
    expect(text.split("\n")[0]).toBe("output,label,n,q05,q25,q50,q75,q95,mean,sd,p_gt0,p_lt0");
    expect(text).toMatch(/^NPV_decision_agroforestry,/m);
  });

  it("downloads charts as SVG and PNG", async () => {
    const buttons = page.locator(".chart-downloads").first();
    const svgDownload = page.waitForEvent("download");
    await buttons.getByRole("button", { name: "SVG" }).click();
    const svg = await readFile(await (await svgDownload).path(), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(/NPV gain over doing nothing/);
    const pngDownload = page.waitForEvent("download");
    await buttons.getByRole("button", { name: "PNG" }).click();
    const png = await readFile(await (await pngDownload).path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("logs no error and makes no failed or foreign request", async () => {
    expect(await cellErrors(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });
});

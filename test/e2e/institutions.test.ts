/**
 * /institutions in Chromium, for the Zambian Copperbelt site: the arrangements table shows every
 * stakeholder's mean gain and chance of being worse off under the five arrangements, equal to the engine
 * run in Node on the same estimates; unticking "secure tenure" in the readiness checklist re-runs the model
 * with a tripled tenure-conflict chance and names the risk; the community concession gives the community
 * its product income; jobs are shown; no console error, no failed or foreign request.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseEstimateCsv } from "../../src/lib/decision/estimate.js";
import { mcSimulation } from "../../src/lib/decision/simulate.js";
import { summarize } from "../../src/lib/decision/stats.js";
import { ARRANGEMENTS } from "../../src/lib/institutions/arrangements.js";
import { institutionsModel } from "../../src/lib/institutions/model.js";
import { defaultScenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { cellErrors, launchBrowser, openPage, type PageLog, paintedAt, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");

function copperbeltUrl(): string {
  const scenario = defaultScenario();
  scenario.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
  return baseUrl + scenarioHref("/institutions", scenario);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;
let firstContentMs = NaN;

const waitDone = () => page.waitForSelector("[data-testid=run-status][data-state=done]", { timeout: 120_000 });
const cellMean = (arrangement: string, column: number) =>
  page.locator(`[data-testid=arrangement-table] tr[data-arrangement=${arrangement}] td`).nth(column).getAttribute("data-mean");

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, log } = await openPage(browser, baseUrl));
  await page.goto(copperbeltUrl(), { waitUntil: "load" });
  firstContentMs = await paintedAt(page);
  await waitForRendered(page, 60_000);
  await page.waitForSelector("[data-testid=arrangement-table]", { timeout: 120_000 });
  await waitDone();
}, 240_000);

afterAll(async () => {
  await page?.screenshot({ path: screenshotPath("institutions"), fullPage: true }).catch(() => {});
  await context?.close();
  await browser?.close();
});

describe("/institutions", () => {
  it("paints its text and inputs within 1 s", () => {
    console.log(`/institutions: first contentful paint ${firstContentMs.toFixed(0)} ms`);
    expect(firstContentMs).toBeLessThan(1000);
  });

  it("shows each stakeholder's gain under every arrangement as the engine computes it", async () => {
    const rows = page.locator("[data-testid=arrangement-table] tbody tr");
    expect(await rows.count()).toBe(ARRANGEMENTS.length);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Estimates incl. institutional terms/ }).click();
    const { estimate, issues } = parseEstimateCsv(await readFile(await (await download).path(), "utf8"));
    expect(issues).toEqual([]);
    const sim = mcSimulation(estimate, institutionsModel, { n: 10000, seed: 42 });
    const company = Number(await cellMean("companyRun", 0));
    const community = Number(await cellMean("concession", 1));
    expect(company).toBeCloseTo(summarize(sim.outputs.Gain_companyRun_company).mean, 6);
    expect(community).toBeCloseTo(summarize(sim.outputs.Gain_concession_community).mean, 6);
    console.log(
      `/institutions Copperbelt, agroforestry: company-run company gain ${Math.round(company)} USD/ha; concession community gain ${Math.round(community)} USD/ha`
    );
    // The investor takes part only in carbon benefit sharing.
    expect(await page.locator("[data-testid=arrangement-table] tr[data-arrangement=companyRun] td").nth(3).innerText()).toBe(
      "not involved"
    );
  });

  it("raises the tenure-conflict risk when secure tenure is missing, and re-runs", async () => {
    const before = await cellMean("concession", 1);
    await page.locator("[data-testid=factor-policy-tenure]").uncheck();
    await page.waitForSelector("[data-testid=readiness-changes]", { timeout: 30_000 });
    expect(await page.locator("[data-testid=readiness-changes]").innerText()).toMatch(
      /Land and natural-resource tenure are secure missing → tenure conflict much more likely: p_tenure_conflict 0.01–0.06 → 0.03–0.18/
    );
    await page.waitForFunction(
      (b) => {
        const td = document.querySelectorAll("[data-testid=arrangement-table] tr[data-arrangement=concession] td")[1];
        return td && td.getAttribute("data-mean") !== b;
      },
      before,
      { timeout: 120_000 }
    );
    await waitDone();
    expect(Number(await cellMean("concession", 1))).toBeLessThan(Number(before));
    expect(page.url()).toMatch(/#s=1\./);
    await page.locator("[data-testid=factor-policy-tenure]").check();
    await waitDone();
  });

  it("gives the community its product income under the concession", async () => {
    await page.getByLabel("Community concession with company funding").check();
    await page.waitForFunction(() =>
      /Community concession/.test(document.querySelector("[data-testid=arrangement-rules]")?.textContent ?? "")
    );
    await page.waitForFunction(
      () => {
        const cell = document.querySelector("[data-testid=community-income] tr[data-stream=fruit] td");
        return cell && Number(cell.textContent!.replace(/,/g, "")) > 0;
      },
      undefined,
      { timeout: 120_000 }
    );
    await waitDone();
    expect(await page.locator("[data-testid=jobs-summary]").innerText()).toMatch(/person-days in year 1/);
  });

  it("logs no error and makes no failed or foreign request", async () => {
    expect(await cellErrors(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });
});

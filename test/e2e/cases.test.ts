/**
 * Published case studies: each page shows the same figures on two loads in fresh profiles, makes no
 * request beyond the origin, and its "open interactively" link reopens the scenario on /investment with
 * the same simulated figures (same estimate table, same seed).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { caseStudies } from "../../src/lib/workflow/routes.js";
import { cellErrors, launchBrowser, openPage, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The figures a reader sees: key figures, mix table, stakeholder table and the advice. */
async function figures(page: Page): Promise<string> {
  await page.locator("[data-testid=key-figures]").waitFor({ timeout: 30_000 });
  const parts = await Promise.all(
    ["key-figures", "case-mix", "case-stakeholders"].map((id) => page.locator(`[data-testid=${id}]`).innerText())
  );
  return parts.join("\n");
}

describe("published case studies", () => {
  it.each(caseStudies.map((c) => c.path))("%s shows identical figures on two loads", async (path) => {
    const seen: string[] = [];
    for (let load = 0; load < 2; load++) {
      const { context, page, log } = await openPage(browser, baseUrl);
      try {
        const started = Date.now();
        await page.goto(baseUrl + path, { waitUntil: "load" });
        await waitForRendered(page);
        const text = await figures(page);
        const ms = Date.now() - started;
        seen.push(text);
        expect(await cellErrors(page)).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(log.foreignRequests).toEqual([]);
        expect(await page.locator("[data-testid=case-mix] tbody tr").count()).toBeGreaterThan(2);
        if (load === 0) {
          console.log(`${path}: figures shown in ${ms} ms`);
          await page.emulateMedia({ media: "print" });
          await page.screenshot({ path: screenshotPath(`case${path.replace(/\//g, "-")}-print`), fullPage: true });
        }
      } finally {
        await context.close();
      }
    }
    expect(seen[1]).toBe(seen[0]);
  });

  it("opens the Zambian case interactively on /investment with the same figures", async () => {
    const path = caseStudies[0].path;
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await page.goto(baseUrl + path, { waitUntil: "load" });
      await waitForRendered(page);
      await page.locator("[data-testid=open-investment]").waitFor();
      // The case's own figures, from the JSON the page loaded.
      const result = await page.evaluate(async () => {
        const entry = performance.getEntriesByType("resource").find((e) => /\/data\/cases\/.*\.json$/.test(e.name));
        return entry ? (await fetch(entry.name)).json() : null;
      });
      expect(result, "the case JSON").not.toBeNull();
      const best = result.investment.best as string;
      const mean = result.investment.options.find((o: { id: string }) => o.id === best).decision.mean as number;
      await page.locator("[data-testid=open-investment]").click();
      await page.waitForURL(/\/investment\?/);
      await waitForRendered(page);
      const cell = page.locator(`[data-testid=mean-${best}]`);
      await cell.waitFor({ timeout: 90_000 });
      const shown = Number((await cell.innerText()).replace(/[^0-9.−-]/g, "").replace("−", "-"));
      expect(shown).toBe(Math.round(mean));
      expect(log.pageErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

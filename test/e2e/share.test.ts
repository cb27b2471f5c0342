/**
 * Shareable scenarios: a link copied from /investment (with an edited estimate and another seed) opens in
 * another browser profile with the same inputs (the value-of-information choice too) and the same figures.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { OPTION_IDS } from "../../src/lib/investment/options.js";
import { defaultScenario, scenarioHref } from "../../src/lib/scenario/index.js";
import { launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const waitDone = (page: Page) => page.waitForSelector("[data-testid=run-status][data-state=done]", { timeout: 180_000 });

/** What a reader compares: the inputs (the edited estimate, the seed) and the NPV table. */
async function state(page: Page) {
  return {
    carbonUpper: await page.locator("[data-testid=estimate-carbon_price_usd_t-upper]").inputValue(),
    seed: await page.getByLabel("Random seed").inputValue(),
    voi: await page.getByLabel("Value of information for").evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex].text),
    means: await Promise.all(OPTION_IDS.map((o) => page.locator(`[data-testid=mean-${o}]`).innerText())),
    table: await page.locator("[data-testid=npv-summary]").innerText()
  };
}

describe("a link copied from /investment", () => {
  it("reopens in another profile with the same inputs and the same figures", async () => {
    const scenario = defaultScenario();
    scenario.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
    const first = await openPage(browser, baseUrl);
    await first.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    let copied = "";
    let original: Awaited<ReturnType<typeof state>>;
    try {
      const page = first.page;
      await page.goto(baseUrl + scenarioHref("/investment", scenario), { waitUntil: "load" });
      await waitForRendered(page, 60_000);
      await waitDone(page);
      // Edit an estimate and the seed, as a user would, and wait for the re-run.
      await page.locator("details[data-group=Carbon] summary").click();
      const upper = page.locator("[data-testid=estimate-carbon_price_usd_t-upper]");
      await upper.fill("120");
      await upper.press("Enter");
      const seed = page.getByLabel("Random seed");
      await seed.fill("7");
      await seed.press("Enter");
      // And the value-of-information choice (issue 15: a shared link lost it).
      await page.getByLabel("Value of information for").selectOption({ label: "Timber and carbon plantation" });
      // The re-run shows "running" (value of information included), then "done".
      await page.waitForSelector("[data-testid=run-status]:not([data-state=done])", { timeout: 10_000 }).catch(() => {});
      await waitDone(page);
      original = await state(page);
      await page.getByRole("button", { name: "Copy link to this scenario" }).click();
      copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(first.log.pageErrors).toEqual([]);
    } finally {
      await first.context.close();
    }
    expect(copied).toMatch(/\/investment\?lat=-12\.8&lon=28\.21&site=Copperbelt#s=1\./);

    const second = await openPage(browser, baseUrl);
    try {
      await second.page.goto(copied, { waitUntil: "load" });
      await waitForRendered(second.page, 60_000);
      await waitDone(second.page);
      await second.page.locator("details[data-group=Carbon] summary").click();
      const reopened = await state(second.page);
      expect(reopened).toEqual(original!);
      expect(reopened.carbonUpper).toBe("120");
      expect(reopened.seed).toBe("7");
      expect(reopened.voi).toBe("Timber and carbon plantation");
      expect(second.log.pageErrors).toEqual([]);
      expect(second.log.foreignRequests).toEqual([]);
    } finally {
      await second.context.close();
    }
  });
});

/**
 * Native species first on /species, in Chromium. At an iron-ore mine in the eastern Amazon (Carajás,
 * -6.06, -50.17: WGSRPD Brazil North, BZN) every automatic pick is native to BZN or the page says how many
 * natives were available; Leucaena leucocephala (IUCN 100 worst) is never picked at any site; the
 * "native here only" filter keeps natives only; the "allow exotics" switch changes the rule and is saved in
 * the scenario; the native useful trees of BZN load on demand (hundreds), can be searched, downloaded as
 * CSV and added as a must-have with a notice.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeScenario } from "../../src/lib/scenario/index.js";
import { NATIVE_TREE_CSV_COLUMNS, NATIVE_TREE_ID_BASE } from "../../src/lib/species/index.js";
import { cellErrors, launchBrowser, openPage, type PageLog, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const CARAJAS = "/species?lat=-6.06&lon=-50.17&site=Caraj%C3%A1s";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function expectClean(log: PageLog) {
  expect(log.pageErrors, "page errors").toEqual([]);
  expect(log.consoleErrors, "console errors").toEqual([]);
  expect(log.failedRequests, "failed requests").toEqual([]);
  expect(log.foreignRequests, "requests to other hosts").toEqual([]);
}

async function openSpecies(path: string) {
  const opened = await openPage(browser, baseUrl);
  await opened.page.goto(baseUrl + path, { waitUntil: "load" });
  await waitForRendered(opened.page);
  await opened.page.waitForSelector("[data-testid=species-mix]", { timeout: 90_000 });
  return opened;
}

async function mixMembers(page: Page): Promise<{ name: string; origin: string }[]> {
  return page.$$eval("[data-testid=mix-member]", (rows) =>
    rows.map((row) => ({
      name: row.querySelector("em")!.textContent!.trim(),
      origin: row.querySelector("[data-testid=mix-origin]")!.getAttribute("data-origin")!
    }))
  );
}

async function mixNotes(page: Page): Promise<string> {
  return (await page.locator("[data-testid=species-mix] .notice").first().textContent()) ?? "";
}

describe("/species at an iron-ore mine in the eastern Amazon (Carajás)", () => {
  it("names the botanical country and picks natives first, or says how many natives there were", async () => {
    const { context, page, log } = await openSpecies(CARAJAS);
    try {
      expect(await page.locator("[data-testid=site-area]").textContent()).toMatch(/Brazil North \(BZN\)/);
      expect(await page.locator("[data-testid=site-summary]").textContent()).toMatch(/country Brazil \(BRA\)/);
      const members = await mixMembers(page);
      const notes = await mixNotes(page);
      console.log(`Carajás mix: ${members.map((m) => `${m.name} (${m.origin})`).join(", ")}\n  notes: ${notes}`);
      expect(members.length).toBeGreaterThan(0);
      const exotics = members.filter((m) => m.origin !== "native");
      if (exotics.length) expect(notes).toMatch(/Native first: only \d+ species native to Brazil North \(BZN\) \(WCVP\)/);
      else expect(notes).toMatch(/Native first: all \d+ automatic picks are native to Brazil North \(BZN\)/);
      expect(members.map((m) => m.name)).not.toContain("Leucaena leucocephala");
      // Summary cards count suitable natives and exotics.
      expect(await page.locator("[data-testid=count-suitable-native]").textContent()).toMatch(/^\d+$/);
      // The Risk column is never empty for Leucaena (GRIIS, IUCN 100 worst).
      await page.getByLabel("Find a species").fill("Leucaena leucocephala");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=species-row]").length >= 1);
      const risk = await page.locator("[data-testid=species-row] [data-testid=risk-cell]").first().textContent();
      expect(risk).toMatch(/IUCN 100 worst invasive/);
      expect(risk).toMatch(/invasive in \d+ /);
      expect(await page.locator("[data-testid=species-row] [data-testid=native-cell]").first().textContent()).toBe("introduced here");
      expect(await cellErrors(page)).toEqual([]);
      expectClean(log);
      await page.screenshot({ path: screenshotPath("species-carajas"), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("filters to natives only, and lets exotics compete when the switch is on (saved in the scenario)", async () => {
    const { context, page, log } = await openSpecies(CARAJAS);
    try {
      await page.waitForSelector("[data-testid=species-table]");
      await page.locator("[data-testid=native-only]").check();
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=species-row] [data-testid=native-cell]")].every(
          (c) => c.getAttribute("data-native") === "native"
        )
      );
      expect(await page.locator("[data-testid=species-row]").count()).toBeGreaterThan(0);
      await page.locator("[data-testid=native-only]").uncheck();
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=species-row] [data-testid=native-cell]")].some(
          (c) => c.getAttribute("data-native") !== "native"
        )
      );

      await page.locator("[data-testid=allow-exotics]").check();
      await page.waitForFunction(() =>
        /Exotics allowed/.test(document.querySelector("[data-testid=species-mix] .notice")?.textContent ?? "")
      );
      const withExotics = await mixMembers(page);
      console.log(`Carajás mix with exotics allowed: ${withExotics.map((m) => `${m.name} (${m.origin})`).join(", ")}`);
      expect(withExotics.map((m) => m.name)).not.toContain("Leucaena leucocephala");
      await page.waitForFunction(() => /#s=/.test(window.location.hash));
      const url = new URL(page.url());
      const { scenario } = decodeScenario(url.search, url.hash);
      expect(scenario.species.allowExotics).toBe(true);
      expectClean(log);
    } finally {
      await context.close();
    }
  });

  it("lists hundreds of native useful trees on demand, downloads them as CSV and adds one as a must-have", async () => {
    const { context, page, log } = await openSpecies(CARAJAS);
    try {
      await page.locator("[data-testid=native-trees] summary").click();
      const countText = await page.locator("[data-testid=native-trees-count]").textContent({ timeout: 60_000 });
      const n = Number(countText!.replace(/,/g, "").match(/^(\d+)/)![1]);
      console.log(`Carajás: ${countText}`);
      expect(n).toBeGreaterThan(200);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=download-native-trees]").click()]);
      const csv = (await readFile((await download.path())!, "utf8")).trim().split("\n");
      expect(csv[0]).toBe(NATIVE_TREE_CSV_COLUMNS.join(","));
      expect(csv.length - 1).toBe(n);

      // Dinizia excelsa (angelim-vermelho) is native to BZN and has no Ecocrop record: it enters unscored, with a notice.
      await page.getByLabel("Find a native useful tree").fill("Dinizia");
      await page.waitForFunction(() =>
        /match the search/.test(document.querySelector("[data-testid=native-trees-count]")?.textContent ?? "")
      );
      expect(await page.locator("[data-testid=native-trees-table]").textContent()).toMatch(/Dinizia excelsa.*no: not scored/);
      await page.locator("[data-testid=native-tree-toggle]").first().click();
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=mix-member] em")].some((e) => e.textContent === "Dinizia excelsa")
      );
      expect(await page.locator("[data-testid=native-tree-notice]").textContent()).toMatch(
        /^Dinizia excelsa has no climate ranges in Ecocrop/
      );
      await page.waitForFunction(() => /#s=/.test(window.location.hash));
      const url = new URL(page.url());
      expect(decodeScenario(url.search, url.hash).scenario.species.mustHave).toContain(NATIVE_TREE_ID_BASE + 4235);
      expectClean(log);
    } finally {
      await context.close();
    }
  });
});

describe("/species never picks Leucaena leucocephala", () => {
  // Sites where Leucaena is viable in the climate: eastern Amazon, northern Queensland, central India,
  // Sulawesi, the Zambian Copperbelt, and its native Mexico (where it is native but on the 100-worst list).
  const sites = [
    ["Weipa", "/species?lat=-12.68&lon=141.88"],
    ["Korba", "/species?lat=22.35&lon=82.68"],
    ["Sulawesi", "/species?lat=-2.55&lon=121.35"],
    ["Copperbelt", "/species?lat=-12.8&lon=28.21"],
    ["Oaxaca", "/species?lat=17.0&lon=-96.7"]
  ];
  it.each(sites)("at %s, natives first and exotics allowed", async (_name, path) => {
    const { context, page, log } = await openSpecies(path);
    try {
      expect((await mixMembers(page)).map((m) => m.name)).not.toContain("Leucaena leucocephala");
      await page.locator("[data-testid=allow-exotics]").check();
      await page.waitForFunction(() =>
        /Exotics allowed|native status is unknown/.test(document.querySelector("[data-testid=species-mix]")?.textContent ?? "")
      );
      expect((await mixMembers(page)).map((m) => m.name)).not.toContain("Leucaena leucocephala");
      expectClean(log);
    } finally {
      await context.close();
    }
  });
});

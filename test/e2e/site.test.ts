/**
 * /site in Chromium (issue 5): the Zambian Copperbelt by URL shows a tropical savanna / dry-winter
 * climate (Köppen Aw or Cw), one rainy season and nearby soil data; a mid-ocean site says there is no
 * station nearby; a malformed upload lists its errors by line and column and the page keeps working; a
 * good upload (real AfSIS samples) yields constraints, amendments and the land-health chart; presets,
 * the map, the mine search and the downloads work; no console error and no request to another host.
 */

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cellErrors, launchBrowser, openPage, type PageLog, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const fixture = (name: string) => join(process.cwd(), "test", "fixtures", "soil", name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // Warm up the browser process (not the page: every test opens a fresh context with an empty cache).
  const { context, page } = await openPage(browser, baseUrl);
  await page.goto(`${baseUrl}/`, { waitUntil: "load" });
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a /site URL and waits until the climate (or the no-station notice) is on the page. */
async function open(path: string): Promise<{ page: Page; log: PageLog; close: () => Promise<void>; firstContentMs: number }> {
  const { context, page, log } = await openPage(browser, baseUrl);
  const started = Date.now();
  // First content: the page's title and text are in the HTML, shown while the scripts and data load.
  await page.goto(baseUrl + path, { waitUntil: "commit" });
  await page.waitForSelector("#observablehq-main h1", { timeout: 30_000 });
  const firstContentMs = Date.now() - started;
  await page.waitForLoadState("load");
  await waitForRendered(page, 60_000);
  await page.waitForSelector("[data-testid=koppen], [data-testid=no-station]", { timeout: 60_000 });
  return { page, log, close: () => context.close(), firstContentMs };
}

function expectClean(log: PageLog) {
  expect(log.pageErrors, "page errors").toEqual([]);
  expect(log.consoleErrors, "console errors").toEqual([]);
  expect(log.failedRequests, "failed requests").toEqual([]);
  expect(log.foreignRequests, "requests to other hosts").toEqual([]);
}

describe("/site at the Zambian Copperbelt (?lat=-12.80&lon=28.21)", () => {
  it("shows a tropical savanna / dry-winter climate, one rainy season and nearby soil data", async () => {
    const { page, log, close, firstContentMs } = await open("/site?lat=-12.80&lon=28.21");
    try {
      // The 1 s first-content requirement is checked for every page in pages.test.ts (median of 3 cold loads).
      expect(await page.textContent("[data-testid=koppen]")).toMatch(/^(Aw|Cw)/);
      expect(await page.textContent("[data-testid=season-description]")).toMatch(/^One wet season, Nov–Mar/);
      expect(await page.textContent("[data-testid=planting-window]")).toBe("Nov–Jan");
      expect(await page.locator("[data-testid=station-table] tbody tr").count()).toBe(5);
      expect(await page.textContent("[data-testid=station-table] tbody tr th")).toBe("KAFIRONDA");
      const soilCount = Number((await page.textContent("[data-testid=soil-count] strong"))!.replace(/,/g, ""));
      expect(soilCount).toBeGreaterThan(100);
      expect(await page.locator("[data-testid=soil-sites] tbody tr").count()).toBeGreaterThan(0);
      expect(await page.locator("[data-testid=site-marker]").count()).toBe(2); // world and regional map
      // Every constraint shows its threshold, with the source on hover and focus.
      const acidity = page.locator("[data-testid=constraint-table] tr[data-constraint=acidity]");
      expect(await acidity.locator("th").getAttribute("title")).toMatch(/pH < 5.5 moderate, < 4.5 severe\. Source: .*Soil Survey Manual/);
      await acidity.locator("[data-testid=threshold]").hover();
      expect(await acidity.locator("[role=tooltip]").isVisible()).toBe(true);
      expect(await page.locator("[data-testid=amendments]").count()).toBe(1);
      await page.screenshot({ path: screenshotPath("site-copperbelt"), fullPage: true });
      expect(await cellErrors(page), "cell errors").toEqual([]);
      expectClean(log);
      console.log(`/site Copperbelt: first content ${firstContentMs} ms, ${log.requests.length} requests`);
    } finally {
      await close();
    }
  });

  it("applies an AR6 preset to the scenario climate and writes it into the URL", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      await page.click("button[data-preset=ssp245-2041-2060]");
      await page.waitForFunction(() =>
        document.querySelector("[data-testid=climate-figures] thead th:last-child")?.textContent?.includes("+1.27 °C")
      );
      expect(await page.inputValue("[data-testid=warming-input]")).toBe("1.27");
      // The coldest month warms from 17.6 to 18.9 °C: the scenario is tropical savanna (Aw).
      const koppenRow = await page.locator("[data-testid=climate-figures] tbody tr", { hasText: "Köppen" }).textContent();
      expect(koppenRow).toMatch(/Cwa.*Aw/s);
      expect(await page.textContent("[data-testid=preset-source]")).toMatch(/CMIP6 median of \d+ models for AR6 region ESAF/);
      await page.waitForFunction(() => window.location.hash.startsWith("#s=1."));
      expectClean(log);
    } finally {
      await close();
    }
  });

  it("downloads the climate summary and the constraints as CSV", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      const [climate] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-climate]")]);
      const climateCsv = await readFile((await climate.path())!, "utf8");
      expect(climateCsv.split("\n")[0]).toBe("quantity,month,unit,present,scenario");
      expect(climateCsv).toMatch(/^Köppen–Geiger class,,,Cwa,/m);
      const [constraints] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-constraints]")]);
      const constraintsCsv = await readFile((await constraints.path())!, "utf8");
      expect(constraintsCsv).toMatch(/^Acidity,(moderate|severe|none),/m);
      expectClean(log);
    } finally {
      await close();
    }
  });
});

describe("/site in the middle of the Pacific (?lat=0&lon=-140)", () => {
  it("says there is no station nearby instead of inventing a climate", async () => {
    const { page, log, close } = await open("/site?lat=0&lon=-140");
    try {
      expect(await page.textContent("[data-testid=no-station]")).toMatch(/No weather station within 300 km \(the nearest is \d+ km away\)/);
      expect(await page.locator("[data-testid=koppen]").count()).toBe(0);
      expect(await page.locator("[data-testid=climograph]").count()).toBe(0);
      expect(await page.textContent("[data-testid=no-soil]")).toMatch(/No soil profile or sample within 50 km/);
      await page.screenshot({ path: screenshotPath("site-ocean"), fullPage: true });
      expect(await cellErrors(page)).toEqual([]);
      expectClean(log);
    } finally {
      await close();
    }
  });
});

describe("/site soil uploads", () => {
  it("lists every error of a malformed file by line and column, keeps the good rows, and keeps working", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      await page.setInputFiles("input[type=file][accept*=csv]", fixture("malformed.csv"));
      await page.waitForSelector("[data-testid=upload-errors]");
      const rows = await page.$$eval("[data-testid=upload-errors] tbody tr", (trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()))
      );
      expect(rows).toHaveLength(11);
      expect(rows).toContainEqual(["3", "ph", "S2", '"abc" is not a number.']);
      expect(rows).toContainEqual(["4", "ph", "S3", "15.2 is impossible for pH (0 to 14)."]);
      expect(rows).toContainEqual([
        "1",
        "Pb_pct",
        "–",
        'Column "Pb_pct": unknown unit "pct" for Pb; accepted: mg_kg, ppm. The column is ignored.'
      ]);
      expect(await page.textContent("[data-testid=upload-report] [role=status]")).toMatch(/^2 of 12 rows kept/);
      // The page still works: the good rows are judged, and another input still recomputes.
      const ph = page.locator("[data-testid=constraint-table] tr[data-constraint=acidity]");
      expect(await ph.locator("td").nth(3).textContent()).toBe("your samples");
      await page.fill("[data-testid=warming-input]", "2");
      await page.waitForFunction(() =>
        document.querySelector("[data-testid=climate-figures] thead th:last-child")?.textContent?.includes("+2 °C")
      );
      expect(await cellErrors(page)).toEqual([]);
      expectClean(log);
    } finally {
      await close();
    }
  });

  it("judges good samples: constraints, amendments and land-health prevalence with intervals", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      await page.setInputFiles("input[type=file][accept*=csv]", fixture("fisenge-good.csv"));
      await page.waitForSelector("[data-testid=prevalence-chart]");
      expect(await page.textContent("[data-testid=upload-report] [role=status]")).toMatch(/^31 of 31 rows kept/);
      expect(await page.locator("[data-testid=upload-errors]").count()).toBe(0);
      const acidity = page.locator("[data-testid=constraint-table] tr[data-constraint=acidity]");
      expect(await acidity.locator("td").nth(3).textContent()).toBe("your samples");
      // Cu was measured: its row now has a value and a status.
      const cu = page.locator("[data-testid=constraint-table] tr[data-constraint=metal-Cu]");
      expect(await cu.getAttribute("data-severity")).not.toBe("unknown");
      expect(await page.locator("[data-testid=amendment-cover] .big-number").count()).toBe(2);
      expect(await page.textContent("[data-testid=prevalence-chart] figcaption")).toMatch(/15 plots in 15 clusters/);
      await page.screenshot({ path: screenshotPath("site-upload"), fullPage: true });
      expect(await cellErrors(page)).toEqual([]);
      expectClean(log);
    } finally {
      await close();
    }
  });
});

describe("/site picking", () => {
  it("moves the site by coordinates, by a click on the world map and by a mine's name", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      // Coordinates form → a new site in the URL and a new climate.
      await page.fill("[data-testid=coordinates-form] input[name=lat]", "-1.29");
      await page.fill("[data-testid=coordinates-form] input[name=lon]", "36.82");
      await page.click("[data-testid=coordinates-form] button[type=submit]");
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get("lat") === "-1.29");
      await page.waitForFunction(
        () => {
          const first = document.querySelector("[data-testid=station-table] tbody th")?.textContent;
          return !!first && first !== "KAFIRONDA";
        },
        undefined,
        { timeout: 30_000 }
      );
      // A click on the world map: somewhere in Australia.
      const map = page.locator("svg[aria-label^='World map']");
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.83, box.y + box.height * 0.7);
      await page.waitForFunction(() => Number(new URLSearchParams(window.location.search).get("lon")) > 110);
      // The mine search.
      await page.fill("[data-testid=mine-search]", "Kansanshi");
      await page.click(".mine-results button >> nth=0");
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get("site")?.includes("Kansanshi") ?? false);
      expect(await page.textContent("[data-testid=site-label]")).toMatch(/Kansanshi/);
      expect(await cellErrors(page)).toEqual([]);
      expectClean(log);
    } finally {
      await close();
    }
  });
});

describe("/site amendment settings travel with the scenario", () => {
  it("a higher target pH on /site raises the amendment (lime) cost on /investment", async () => {
    const { page, log, close } = await open("/site?lat=-12.80&lon=28.21");
    try {
      // The Copperbelt's regional topsoil is acid (median pH ≈ 5.3): lime is needed at the default target 5.5.
      // A fresh page for each link: the two links differ only in their hash, which a same-page navigation
      // would not reload.
      const investmentUpper = async (href: string) => {
        const other = await openPage(browser, baseUrl);
        try {
          await other.page.goto(baseUrl + href, { waitUntil: "load" });
          await waitForRendered(other.page, 60_000);
          const upper = other.page.locator("[data-testid=estimate-amendments_usd_ha-upper]");
          await upper.waitFor({ state: "attached", timeout: 60_000 });
          expect(other.log.pageErrors).toEqual([]);
          return Number(await upper.inputValue());
        } finally {
          await other.context.close();
        }
      };
      const before = new URL(page.url());
      const target = page.getByLabel("Target pH");
      await target.fill("6.5");
      await target.press("Enter");
      await page.waitForFunction(() => location.hash.includes("s="), null, { timeout: 10_000 });
      const after = new URL(page.url());
      const atDefault = await investmentUpper(`/investment${before.search}${before.hash}`);
      const atHigher = await investmentUpper(`/investment${after.search}${after.hash}`);
      // Lime to pH 5.5 ≈ 0.3 t CaCO₃/ha, to pH 6.5 ≈ 1.6 t/ha (× 40–120 USD/t): the upper bound rises by ≈ 180 USD/ha.
      expect(atDefault).toBeGreaterThan(0);
      expect(atHigher).toBeGreaterThan(atDefault + 100);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

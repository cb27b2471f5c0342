/**
 * /data in Chromium: every dataset of the catalogue is listed with its licence (non-commercial ones
 * marked), row count, column dictionary and a preview; first content within 1 s; no console error, failed
 * or foreign request. Every CSV, Parquet and Arrow download link works: the CSV parses with the
 * catalogue's header and the summary's row count, the Parquet file has its magic bytes and the Arrow
 * stream decodes to the same number of rows.
 */
import { tableFromIPC } from "apache-arrow";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { datasets } from "../../src/lib/data/catalogue.js";
import { parseCsvRows } from "../../src/lib/util/csv.js";
import { cellErrors, launchBrowser, openPage, type PageLog, screenshotPath, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
let log: PageLog;
let firstContentMs: number;
let close: () => Promise<void>;

interface Card {
  name: string;
  rows: number;
  nonCommercial: boolean;
  licence: string;
  columns: number;
  previewRows: number;
  links: Record<string, string>;
}
let cards: Card[];

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openPage(browser, baseUrl);
  page = opened.page;
  log = opened.log;
  close = () => opened.context.close();
  const started = Date.now();
  await page.goto(`${baseUrl}/data`, { waitUntil: "load" });
  await page.waitForSelector("#observablehq-main h1");
  firstContentMs = Date.now() - started;
  await waitForRendered(page);
  await page.waitForSelector("[data-dataset] [data-testid=preview]", { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: screenshotPath("data"), fullPage: false });
  cards = await page.$$eval("[data-dataset]", (sections) =>
    sections.map((section) => ({
      name: section.getAttribute("data-dataset")!,
      rows: Number(section.querySelector("[data-testid=row-count]")!.textContent!.replace(/,/g, "")),
      nonCommercial: !!section.querySelector("[data-testid=non-commercial]"),
      licence: section.textContent!.match(/Licence: ([^\n]+)/)?.[1] ?? "",
      columns: section.querySelectorAll(".column-dictionary tbody tr").length,
      previewRows: section.querySelectorAll("[data-testid=preview] tbody tr").length,
      links: Object.fromEntries(
        [...section.querySelectorAll("a[data-format]")].map((a) => [a.getAttribute("data-format")!, (a as HTMLAnchorElement).href])
      )
    }))
  );
}, 60_000);

afterAll(async () => {
  await close?.();
  await browser?.close();
});

describe("/data", () => {
  it("shows first content within 1 s and renders without errors or foreign requests", async () => {
    console.log(`/data: first content ${firstContentMs} ms`);
    // The 1 s first-content requirement is checked for every page in pages.test.ts (median of 3 cold loads).
    expect(await cellErrors(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });

  it("does not load any dataset to show the page (only the small summary)", () => {
    const loaded = log.requests.filter((url) => /\/_file\/data\/.*\.(csv|parquet|arrow|json)$/.test(new URL(url).pathname));
    expect(loaded.map((url) => new URL(url).pathname.replace(/\.[0-9a-f]{8}\./, "."))).toEqual(["/_file/data/datasets-summary.json"]);
  });

  it("lists every dataset with a licence, its row count, column dictionary and a preview", () => {
    expect(cards.map((c) => c.name)).toEqual(datasets.map((d) => d.name));
    for (const card of cards) {
      const info = datasets.find((d) => d.name === card.name)!;
      expect(card.rows, card.name).toBeGreaterThanOrEqual(info.minRows);
      expect(card.rows, card.name).toBeLessThanOrEqual(info.maxRows);
      expect(card.licence.length, card.name).toBeGreaterThan(3);
      expect(card.columns, card.name).toBe(info.columns.length);
      expect(card.previewRows, card.name).toBeGreaterThan(0);
      expect(card.nonCommercial, card.name).toBe(info.nonCommercial);
    }
    expect(cards.filter((c) => c.nonCommercial).map((c) => c.name)).toEqual(["species", "soil-sites", "restoration-costs"]);
  });

  it("serves every CSV in full, with the catalogue's header and the listed row count", async () => {
    for (const card of cards) {
      const response = await fetch(card.links.csv);
      expect(response.status, card.name).toBe(200);
      const text = await response.text();
      const rows = parseCsvRows(text);
      expect(rows[0], card.name).toEqual(datasets.find((d) => d.name === card.name)!.columns.map((c) => c.name));
      expect(rows.length - 1, card.name).toBe(card.rows);
    }
  });

  it("serves every Parquet file (PAR1 magic bytes at both ends)", async () => {
    for (const card of cards) {
      const bytes = new Uint8Array(await (await fetch(card.links.parquet)).arrayBuffer());
      expect(bytes.length, card.name).toBeGreaterThan(100);
      const magic = (at: number) => new TextDecoder().decode(bytes.subarray(at, at + 4));
      expect([magic(0), magic(bytes.length - 4)], card.name).toEqual(["PAR1", "PAR1"]);
    }
  });

  it("serves every Arrow IPC stream, decoding to the listed row count", async () => {
    for (const card of cards) {
      const bytes = new Uint8Array(await (await fetch(card.links.arrow)).arrayBuffer());
      expect([...bytes.subarray(0, 4)], card.name).toEqual([0xff, 0xff, 0xff, 0xff]); // stream continuation marker
      expect(tableFromIPC(bytes).numRows, card.name).toBe(card.rows);
    }
  });

  it("links the compact page files, which parse as JSON", async () => {
    for (const card of cards) {
      expect(card.links.json, card.name).toBeTruthy();
      const response = await fetch(card.links.json);
      expect(response.status, card.name).toBe(200);
      expect(await response.json(), card.name).toBeTruthy();
    }
  });
});

/**
 * Soil uploads on /site under hostile files (issues 16 and 19): a file refused as a whole (binary,
 * UTF-16, empty, header only, wrong columns, an unclosed quote) never replaces the samples in use and
 * says so; an unclosed quote is named with its line; 100,000 bad rows show the first hundred, the counts
 * by kind and a CSV of all without freezing the page; 200,000 good rows are read in steps and used.
 * Prints the times and the longest main-thread task measured.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cellErrors, launchBrowser, openPage, type PageLog, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const good = readFileSync(join(process.cwd(), "test", "fixtures", "soil", "fisenge-good.csv"));

let browser: Browser;
let page: Page;
let log: PageLog;
let close: () => Promise<void>;

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openPage(browser, baseUrl);
  ({ page, log } = opened);
  close = () => opened.context.close();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${baseUrl}/site?lat=-12.80&lon=28.21`, { waitUntil: "load" });
  await waitForRendered(page, 60_000);
  await page.waitForSelector("[data-testid=koppen]", { timeout: 60_000 });
});
afterAll(async () => {
  await close?.();
  await browser?.close();
});

const input = "input[type=file][accept*=csv]";
async function upload(name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles(input, { name, mimeType: "text/csv", buffer });
  await page.waitForFunction(
    (n) =>
      document.querySelector("[data-testid=upload-file]")?.textContent === n &&
      document.querySelector("[data-testid=upload-progress]")?.textContent === "",
    name,
    { timeout: 120_000 }
  );
}
const status = () => page.textContent("[data-testid=upload-report] [role=status]");
const aciditySource = () => page.locator("[data-testid=constraint-table] tr[data-constraint=acidity] td").nth(3).textContent();
const longest = (since: number) =>
  page.evaluate(
    (t0) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start >= t0)
          .map((t) => t.duration)
      ),
    since
  );

describe("/site soil uploads that are refused keep the samples in use (issue 19)", () => {
  it("uses a good file", async () => {
    await upload("fisenge-good.csv", good);
    expect(await status()).toMatch(/^31 of 31 rows kept/);
    expect(await aciditySource()).toBe("your samples");
  });

  const header = "sample_id,depth_top_cm,depth_bottom_cm,ph\n";
  const refused: [string, Buffer, RegExp][] = [
    [
      "binary.csv",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe, 0x5b, 0x43]),
      /not text/
    ],
    ["utf16.csv", Buffer.from(`\ufeff${header}A,0,20,6\n`, "utf16le"), /UTF-16/],
    ["empty.csv", Buffer.from(""), /The file is empty/],
    ["header-only.csv", Buffer.from(header), /header but no data rows/],
    ["wrong-columns.csv", Buffer.from("a,b,c\n1,2,3\n"), /Required column "sample_id" is missing/],
    [
      "unclosed-quote.csv",
      Buffer.from(`${header}A,0,20,6\nB,0,20,"6\nC,0,20,6\n`),
      /Line 3: a quote \("\) opens a field on this line and is never closed/
    ]
  ];
  it.each(refused)("%s: says it was not used and keeps the 31 samples", async (name, buffer, why) => {
    await upload(name, buffer);
    expect(await page.textContent("[data-testid=upload-not-used]")).toMatch(
      new RegExp(`${name.replace(".", "\\.")} was not used\\.\\s+The 31 samples of fisenge-good\\.csv are still used\\.`)
    );
    expect(await page.textContent("[data-testid=upload-errors]")).toMatch(why);
    expect(await aciditySource()).toBe("your samples");
  });
});

describe("/site soil uploads that are large (issues 16 and 19)", () => {
  it("lists the first 100 of 100,000 problems, counts them by kind and offers all as CSV, without freezing", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `s${i},0,20,${i % 2 ? "abc" : "15"}`);
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await upload("bad-100k.csv", Buffer.from(`sample_id,depth_top_cm,depth_bottom_cm,ph\n${rows.join("\n")}\n`));
    const ms = Date.now() - started;
    expect(await status()).toMatch(/^0 of 100,000 rows kept; 100,000 problems listed below/);
    expect(await page.locator("[data-testid=upload-errors] tbody tr").count()).toBe(100);
    const kinds = (await page.textContent("[data-testid=upload-errors-kinds]")) ?? "";
    expect(kinds).toMatch(/50,000 × ph: "…" is not a number\./);
    expect(kinds).toMatch(/50,000 × ph: N is impossible for pH \(N to N\)\./);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=upload-errors-download]")]);
    const csv = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\n");
    expect(csv).toHaveLength(100_001);
    expect(csv[0]).toBe("line,column,sample,problem");
    expect(await aciditySource()).toBe("your samples");
    const worst = await longest(t0);
    console.log(`/site: 100,000 bad rows read and listed in ${ms} ms; longest main-thread task ${Math.round(worst)} ms`);
    expect(worst).toBeLessThan(500);
  });

  it("reads 200,000 good rows in steps and uses them", async () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `s${i},${i % 5000},${i % 500},${i % 2 ? 20 : 0},${i % 2 ? 50 : 20},${(4 + (i % 30) / 10).toFixed(1)},${i % 97}`
    );
    const text = `sample_id,plot,cluster,depth_top_cm,depth_bottom_cm,ph,Cu\n${rows.join("\n")}\n`;
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.setInputFiles(input, { name: "good-200k.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.waitForFunction(
      () => /Reading good-200k\.csv… \d+ %/.test(document.querySelector("[data-testid=upload-progress]")?.textContent ?? ""),
      undefined,
      {
        timeout: 60_000
      }
    );
    await page.waitForFunction(
      () => /^200,000 of 200,000 rows kept/.test(document.querySelector("[data-testid=upload-report] [role=status]")?.textContent ?? ""),
      undefined,
      {
        timeout: 120_000
      }
    );
    await page.waitForSelector("[data-testid=prevalence-chart]", { timeout: 120_000 });
    const ms = Date.now() - started;
    expect(await aciditySource()).toBe("your samples");
    expect(await page.textContent("[data-testid=prevalence-chart] figcaption")).toMatch(/2500 plots in 250 clusters/); // the topsoil layer: the even rows
    const tasks = await page.evaluate(
      (since) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start >= since)
          .map((t) => Math.round(t.duration)),
      t0
    );
    console.log(`/site: 200,000 rows read, validated and assessed in ${ms} ms; long tasks (ms): ${tasks.join(", ")}`);
    expect(await cellErrors(page)).toEqual([]);
  });

  it("logged no error on the way", async () => {
    expect(await cellErrors(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
  });
});

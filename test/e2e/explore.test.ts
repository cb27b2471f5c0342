/**
 * /explore in Chromium, cold, in a fresh profile: the page shows before the SQL engine, the engine
 * starts in the background (its wasm requested only after first content), an example query returns a
 * table and a chart, paging works, bad SQL shows DuckDB's message and the next query still runs, the CSV
 * download holds every row, a value that looks like HTML stays text; no console error, no failed or
 * foreign request. Prints the time from navigation to the first query result.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cellErrors, launchBrowser, openPage, screenshotPath } from "./browser.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill('[data-testid="sql-editor"]', sql);
  await page.click('[data-testid="sql-run"]');
}

/** Waits for the result of the latest run: a summary line or an error. */
async function waitForOutcome(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const out = document.querySelector('[data-testid="sql-output"]');
      const text = out?.textContent ?? "";
      return (
        !!out && out.children.length > 0 && text !== prev && !document.querySelector<HTMLButtonElement>('[data-testid="sql-run"]')!.disabled
      );
    },
    previous,
    { timeout: 60_000 }
  );
  return (await page.textContent('[data-testid="sql-output"]')) ?? "";
}

describe("/explore", () => {
  it("queries the datasets with DuckDB-Wasm, offline, off the critical path", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    // In the page, from navigation start: when the examples and the table list first appear (the page's
    // first content), and what the status line said then.
    await page.addInitScript(() => {
      const seen = ((window as unknown as { __firstContent?: { ms: number; status: string } }).__firstContent = { ms: -1, status: "" });
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="sql-examples"] button') && document.querySelector('[data-testid="dataset-list"] code')) {
          seen.ms = performance.now();
          seen.status = document.querySelector('[data-testid="sql-status"]')?.textContent ?? "";
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    try {
      const started = Date.now();
      await page.goto(`${baseUrl}/explore`, { waitUntil: "commit" });

      // First content: title, intro, table list and examples, while the engine is still starting.
      await page.waitForSelector('#observablehq-main h1:has-text("SQL explorer")');
      await page.waitForFunction(() => (window as unknown as { __firstContent: { ms: number } }).__firstContent.ms >= 0);
      const firstContent = await page.evaluate(
        () => (window as unknown as { __firstContent: { ms: number; status: string } }).__firstContent
      );
      const firstContentMs = Math.round(firstContent.ms);
      expect(firstContent.status).toMatch(/Starting the SQL engine/);
      // The 1 s first-content requirement is checked for every page in pages.test.ts (median of 3 cold loads);
      // here: the engine starts only after the first content.

      // The first example, pressed at once: it waits for the engine, then shows a table and a chart.
      await page.click('[data-testid="sql-examples"] button >> nth=0');
      await page.waitForSelector('[data-testid="sql-result"] tbody tr', { timeout: 60_000 });
      const firstResultMs = Date.now() - started;
      const rows = await page.locator('[data-testid="sql-result"] tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      expect(await page.textContent('[data-testid="sql-summary"]')).toMatch(/^\d[\d,]* rows?, \d+ columns?/);
      await page.waitForSelector('[data-testid="sql-chart"] svg');
      // The engine (DuckDB-Wasm's modules, then its worker and wasm) was fetched, and only after the first
      // content: the page's resource timing, on the same clock (the worker fetches the wasm itself).
      expect(
        log.requests.some((url) => url.endsWith(".wasm")),
        "the engine's wasm was loaded"
      ).toBe(true);
      const engineStarts = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter((e) => /duckdb/i.test(e.name))
          .map((e) => e.startTime)
      );
      expect(engineStarts.length, "the engine's modules were loaded").toBeGreaterThan(0);
      expect(Math.min(...engineStarts), "engine requested after first content").toBeGreaterThan(firstContent.ms);
      await page.screenshot({ path: screenshotPath("explore-first-result"), fullPage: true });

      // The table list shows row counts once the engine has the tables.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll("[data-table-rows]")).every((el) => /rows ·|could not|not loaded/.test(el.textContent ?? ""))
      );
      const tables = await page.$$eval("[data-table-rows]", (els) =>
        els.map((el) => `${el.getAttribute("data-table-rows")} ${el.textContent}`)
      );
      for (const table of tables) expect(table, "every dataset loaded").toMatch(/\([1-9][\d,]* rows · [1-9][\d.]* (kB|MB) Arrow\)$/);
      const speciesText = (await page.textContent('[data-table-rows="species"]')) ?? "";
      const speciesRows = Number(/\(([\d,]+) rows/.exec(speciesText)![1].replace(/,/g, ""));
      expect(speciesRows).toBeGreaterThanOrEqual(1000);

      // Every example runs on the real data and returns rows; each gets a chart.
      let outcome = await page.textContent('[data-testid="sql-output"]');
      const exampleCount = await page.locator('[data-testid="sql-examples"] button').count();
      const exampleRows: string[] = [];
      for (let i = 1; i < exampleCount; i++) {
        const title = (await page.locator('[data-testid="sql-examples"] button').nth(i).textContent()) ?? "";
        await page.locator('[data-testid="sql-examples"] button').nth(i).click();
        outcome = await waitForOutcome(page, outcome);
        expect(await page.locator('[data-testid="sql-error"]').count(), title).toBe(0);
        const summary = (await page.textContent('[data-testid="sql-summary"]')) ?? "";
        expect(summary, title).not.toMatch(/^0 rows/);
        expect(await page.locator('[data-testid="sql-chart"] svg').count(), `${title}: chart`).toBeGreaterThan(0);
        exampleRows.push(
          `${title.slice(0, 40)}…: ${summary.split(" ·")[0]} (${await page.getAttribute('[data-testid="sql-chart"]', "data-kind")})`
        );
      }

      // Bad SQL: DuckDB's message, as text, in the page.
      await runSql(page, "SELEC name FROM species");
      outcome = await waitForOutcome(page, outcome);
      const error = (await page.textContent('[data-testid="sql-error"]')) ?? "";
      expect(error).toMatch(/Parser Error: syntax error at or near "SELEC"/);
      // …and an unknown table names the table.
      await runSql(page, "SELECT * FROM no_such_table");
      outcome = await waitForOutcome(page, outcome);
      expect(await page.textContent('[data-testid="sql-error"]')).toMatch(/no_such_table/);
      // …and a URL is refused before it reaches the engine.
      await runSql(page, "SELECT * FROM 'https://example.com/x.csv'");
      outcome = await waitForOutcome(page, outcome);
      expect(await page.textContent('[data-testid="sql-error"]')).toMatch(/offline/);

      // SHOW TABLES waits for every table and lists them all.
      await runSql(page, "SHOW TABLES");
      outcome = await waitForOutcome(page, outcome);
      expect(await page.textContent('[data-testid="sql-summary"]')).toMatch(new RegExp(`^${tables.length} rows`));

      // The console still works: a good query after the errors, pinned to the table's row count.
      await runSql(page, "SELECT count(*) AS n FROM species");
      outcome = await waitForOutcome(page, outcome);
      expect(await page.locator('[data-testid="sql-error"]').count()).toBe(0);
      expect(Number(await page.textContent('[data-testid="sql-result"] tbody td'))).toBe(speciesRows);

      // Paging through a long result, and a CSV download of every row (not just the page shown).
      await runSql(page, "SELECT id, name, family FROM species ORDER BY id");
      outcome = await waitForOutcome(page, outcome);
      expect(await page.locator('[data-testid="sql-result"] tbody tr').count()).toBe(50);
      await page.click('button[aria-label="Next page"]');
      expect(await page.textContent(".paged-table-status")).toMatch(new RegExp(`^Rows 51–100 of ${speciesRows.toLocaleString("en-US")}`));
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="sql-download"]')]);
      const csv = readFileSync((await download.path())!, "utf8");
      const lines = csv.trimEnd().split("\n");
      expect(lines[0]).toBe("id,name,family");
      expect(lines).toHaveLength(speciesRows + 1);
      expect(download.suggestedFilename()).toBe("query-result.csv");

      // A value that looks like HTML is shown as text and runs nothing.
      await runSql(page, `SELECT '<img src=x onerror="window.__xss=1">' AS payload, 1 AS n`);
      outcome = await waitForOutcome(page, outcome);
      expect(await page.textContent('[data-testid="sql-result"] tbody td')).toBe('<img src=x onerror="window.__xss=1">');
      expect(await page.locator('[data-testid="sql-output"] img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

      expect(await cellErrors(page), "cell errors").toEqual([]);
      expect(log.pageErrors, "page errors").toEqual([]);
      expect(log.consoleErrors, "console errors").toEqual([]);
      expect(log.failedRequests, "failed requests").toEqual([]);
      expect(log.foreignRequests, "requests to other hosts").toEqual([]);
      console.log(`/explore tables: ${tables.join("; ")}`);
      console.log(`/explore examples:\n  ${exampleRows.join("\n  ")}`);
      console.log(
        `/explore: first content ${firstContentMs} ms; first query result ${firstResultMs} ms after navigation; ` +
          `engine requested ${Math.round(Math.min(...engineStarts))} ms after navigation start`
      );
    } finally {
      await context.close();
    }
  });
});

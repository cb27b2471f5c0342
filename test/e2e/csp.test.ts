/**
 * The Content-Security-Policy of the built site (issue 19; scripts/fix-built-html.mjs): every page has it
 * as the first meta tag after the charset, with default-src 'self', no 'unsafe-inline' or 'unsafe-eval'
 * for scripts, a hash for each of its inline scripts, workers from self and blob: (DuckDB-Wasm) and wasm
 * allowed; every page renders with no policy violation; code generation is refused in the page; and the
 * two workers still work under it: DuckDB-Wasm answers a query on /explore, the decision worker finishes
 * a simulation on /investment.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { caseStudies, routes } from "../../src/lib/workflow/routes.js";
import { cellErrors, launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const paths = ["/", ...routes.map((r) => r.path), ...caseStudies.map((r) => r.path)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records every securitypolicyviolation event of the page (and its workers' reports to it). */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values])
  );
}

describe("the Content-Security-Policy", () => {
  it.each(paths)("%s has the policy, a hash for each inline script, and renders without a violation", async (path) => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await watchViolations(page);
      const response = await page.goto(baseUrl + path, { waitUntil: "load" });
      const html = (await response!.text()) ?? "";
      await waitForRendered(page);
      await page.waitForLoadState("networkidle");
      const meta = /<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta, "the policy follows the charset, before any script").not.toBeNull();
      const policy = directives(meta![1]);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      const script = policy.get("script-src") ?? [];
      expect(script.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
      expect(policy.get("connect-src")).toEqual(["'self'", "blob:"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        (m) => !/type="(?!module")/.test(m[1])
      );
      expect(inline.length, "Framework's inline scripts").toBeGreaterThan(0);
      for (const m of inline) expect(script).toContain(`'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
      expect(script.length).toBe(2 + inline.length);
      // No other host anywhere in the policy.
      expect(meta![1]).not.toMatch(/https?:|\*/);
      expect(await violations(page)).toEqual([]);
      expect(await cellErrors(page)).toEqual([]);
      // The policy is in force: the page cannot generate code from text (this one is reported as a violation).
      // The attempt runs from a timer: code evaluated by the test tool itself is exempt from the policy.
      expect(
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              setTimeout(() => {
                try {
                  resolve(new Function("return 1")());
                } catch (error) {
                  resolve((error as Error).name);
                }
              }, 0)
            )
        )
      ).toBe("EvalError");
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors.filter((e) => !/Refused to evaluate a string as JavaScript/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lets DuckDB-Wasm start its blob: worker and compile its wasm on /explore", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await watchViolations(page);
      await page.goto(`${baseUrl}/explore`, { waitUntil: "load" });
      await page.fill("[data-testid=sql-editor]", "SELECT count(*) AS n FROM species");
      await page.click("[data-testid=sql-run]");
      await page.waitForSelector("[data-testid=sql-result] tbody td", { timeout: 60_000 });
      expect(Number(await page.textContent("[data-testid=sql-result] tbody td"))).toBeGreaterThan(1000);
      expect(await violations(page)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lets a file input read an upload (Framework fetches its blob: URL) on /site", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await watchViolations(page);
      await page.goto(`${baseUrl}/site?lat=-12.8&lon=28.21`, { waitUntil: "load" });
      await page.waitForSelector("[data-testid=koppen]", { timeout: 60_000 });
      await page.setInputFiles("input[type=file][accept*=csv]", join(process.cwd(), "test", "fixtures", "soil", "fisenge-good.csv"));
      await page.waitForFunction(
        () => /^31 of 31 rows kept/.test(document.querySelector("[data-testid=upload-report] [role=status]")?.textContent ?? ""),
        undefined,
        {
          timeout: 60_000
        }
      );
      expect(await violations(page)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lets the decision worker simulate on /investment", async () => {
    const { context, page, log } = await openPage(browser, baseUrl);
    try {
      await watchViolations(page);
      await page.goto(`${baseUrl}/investment?lat=-12.8&lon=28.21`, { waitUntil: "load" });
      await page.waitForSelector("[data-testid=run-status][data-state=done]", { timeout: 120_000 });
      expect(await page.locator("[data-testid=npv-summary]").count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

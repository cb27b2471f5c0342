/**
 * The decision engine in a browser: the worker bundle built by src/data/mc-worker.js.ts, driven by the
 * page client src/client/mc-client.ts, on the built home page (same origin, no test page in the
 * site). Checks a 100 000-run simulation of model D with progress, that the page's main thread stays
 * responsive meanwhile, that cancelling stops a run, and reports runs per second in Chromium.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let workerPath: string;
let clientCode: string;

/** The hashed worker file Framework built for a page that references data/mc-worker.js. */
function findWorker(): string {
  const dir = join(process.cwd(), "dist", "_file", "data");
  const built = existsSync(dir) ? readdirSync(dir).find((f) => /^mc-worker\.[0-9a-f]+\.js$/.test(f)) : undefined;
  if (built) return `/_file/data/${built}`;
  // No page references the worker yet (the investment page will): run the same loader into dist/.
  mkdirSync(dir, { recursive: true });
  const code = execFileSync(process.execPath, ["--import", "tsx", "src/data/mc-worker.js.ts"], { encoding: "utf8", maxBuffer: 1 << 26 });
  writeFileSync(join(dir, "mc-worker.e2e.js"), code);
  return "/_file/data/mc-worker.e2e.js";
}

beforeAll(async () => {
  workerPath = findWorker();
  const bundled = await build({
    entryPoints: ["src/client/mc-client.ts"],
    bundle: true,
    format: "esm",
    write: false,
    logLevel: "silent"
  });
  clientCode = bundled.outputFiles[0].text;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs in the page: loads the client, times a 100 000-run simulation, EVPI/VIP, and a cancellation. */
const BROWSER_RUN = `async ({ clientCode, workerUrl }) => {
          const blobUrl = URL.createObjectURL(new Blob([clientCode], { type: "text/javascript" }));
          const { McClient } = await import(blobUrl);
          const client = McClient(workerUrl);
          // Warm-up run (compiles the worker), then the measured one.
          await client.run({ model: "cooperative-nursery", n: 2000, seed: 1 });
          let ticks = 0;
          let maxGap = 0;
          let last = performance.now();
          const timer = setInterval(() => {
            const now = performance.now();
            maxGap = Math.max(maxGap, now - last);
            last = now;
            ticks++;
          }, 10);
          const progress = [];
          const t0 = performance.now();
          const result = await client.run({ model: "cooperative-nursery", n: 100000, seed: 42 }, { onProgress: (p) => progress.push(p.done) });
          const ms = performance.now() - t0;
          clearInterval(timer);
          const evpiStart = performance.now();
          const small = await client.run({ model: "cooperative-nursery", n: 10000, seed: 42, evpi: ["NPV_decision"], vip: ["NPV_decision"] });
          const evpiMs = performance.now() - evpiStart;
          // Cancellation: abort a long run after its first progress report.
          const controller = new AbortController();
          const cancelStart = performance.now();
          let cancelError = "";
          await client
            .run({ model: "cooperative-nursery", n: 1000000, seed: 7 }, { signal: controller.signal, onProgress: () => controller.abort() })
            .catch((e) => (cancelError = e.name));
          const cancelMs = performance.now() - cancelStart;
          const after = await client.run({ model: "cooperative-nursery", n: 1000, seed: 42 });
          client.dispose();
          return {
            ms,
            ticks,
            maxGap,
            progress: progress.length,
            lastProgress: progress[progress.length - 1],
            isFloat64: result.outputs.NPV_decision instanceof Float64Array,
            n: result.outputs.NPV_decision.length,
            median: result.summaries.NPV_decision.q50,
            smallMedian: small.summaries.NPV_decision.q50,
            topEvpi: [...small.evpi[0].variables].sort((a, b) => b.evpi - a.evpi)[0].variable,
            evpiMs,
            cancelError,
            cancelMs,
            afterN: after.n
          };
        }`;

describe("mc worker in Chromium", () => {
  it("runs 100 000 runs of model D with progress while the page stays responsive, and cancels", async () => {
    const { context, page, log } = await openPage(browser, baseUrl, { bypassCSP: true }); // the test loads the worker client as a blob: module, which the site's Content-Security-Policy blocks (csp.test.ts checks the policy)
    try {
      await page.goto(`${baseUrl}/`, { waitUntil: "load" });
      // The browser code is a string so that vitest's transform does not rewrite its dynamic import().
      const browserCode = `${BROWSER_RUN}`;
      const outcome = await page.evaluate<Record<string, number>>(
        `(${browserCode})(${JSON.stringify({ clientCode, workerUrl: baseUrl + workerPath })})`
      );
      console.log(
        `Chromium worker: 100 000 runs in ${outcome.ms.toFixed(0)} ms (${Math.round(100000 / (outcome.ms / 1000))} runs/s), ` +
          `longest main-thread gap ${outcome.maxGap.toFixed(0)} ms, ${outcome.progress} progress messages; ` +
          `n = 10 000 with EVPI (23 inputs) and VIP ${outcome.evpiMs.toFixed(0)} ms; cancel took ${outcome.cancelMs.toFixed(0)} ms`
      );
      expect(outcome.n).toBe(100000);
      expect(outcome.isFloat64).toBe(true);
      expect(outcome.lastProgress).toBe(100000);
      expect(outcome.progress).toBeGreaterThanOrEqual(50);
      // R's median of NPV_decision at n = 10 000, seed 42 (D.r.json): 62219.9673525704.
      expect(Math.abs(outcome.smallMedian / 62219.9673525704 - 1)).toBeLessThan(1e-9);
      expect(outcome.topEvpi).toBe("seedling_price");
      expect(outcome.median).toBeGreaterThan(0);
      // The main thread kept running its 10 ms timer during the simulation.
      expect(outcome.ticks).toBeGreaterThan(outcome.ms / 10 / 4);
      expect(outcome.maxGap).toBeLessThan(250);
      expect(outcome.cancelError).toBe("AbortError");
      expect(outcome.cancelMs).toBeLessThan(2000);
      expect(outcome.afterN).toBe(1000);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

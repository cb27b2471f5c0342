/**
 * Headless Chromium for the browser tests, through playwright-core and the system's Chromium
 * (Debian's /usr/bin/chromium, or $CHROMIUM_PATH): a test tool's own browser download does not work here.
 * Launch flags keep Chromium off the network: every host but loopback resolves to nothing.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's Chromium with\n" +
        "  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary."
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"
    ]
  });
}

/** What a page did on the network and in its console while a test watched it. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  requests: string[];
}

/**
 * A fresh context (new profile) and page, with every request and error recorded in `log`. `bypassCSP`:
 * for tests that inject code of their own (axe-core as an inline script, a blob: module), which the
 * site's Content-Security-Policy would rightly block; the policy itself is tested in csp.test.ts.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  { bypassCSP = false }: { bypassCSP?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const log: PageLog = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") log.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    log.requests.push(url);
    if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) log.foreignRequests.push(url);
  });
  page.on("requestfailed", (request) => log.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return { context, page, log };
}

/** Waits until Framework has rendered the page: main content present and no cell still pending. */
export async function waitForRendered(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector("#observablehq-main", { timeout });
  await page.waitForFunction(
    () => {
      const main = document.querySelector("#observablehq-main");
      return !!main && main.textContent!.trim().length > 0 && !main.querySelector(".observablehq--loading");
    },
    undefined,
    { timeout }
  );
}

/** The texts of Framework's inline cell errors (a cell that threw renders as .observablehq--error). */
export async function cellErrors(page: Page): Promise<string[]> {
  return page.$$eval(".observablehq--error", (nodes) => nodes.map((node) => node.textContent ?? ""));
}

export function screenshotPath(name: string): string {
  const dir = join(process.cwd(), "test", "output");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name.replace(/[^\w.-]+/g, "_")}.png`);
}

/**
 * First contentful paint of a cold load (fresh context: empty cache, new profile), ms after navigation
 * start, as the browser measures it. The page's title and text are static HTML, so this is when a reader
 * first sees the page.
 */
export async function firstContentfulPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    return await paintedAt(page);
  } finally {
    await context.close();
  }
}

/**
 * The first contentful paint of the page's current document, ms after navigation. The entry can be
 * recorded after the load event on a fast load, so it is waited for, not read at once.
 */
export async function paintedAt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
}

/** The median of `runs` cold first contentful paints (this machine is shared and noisy: one run is not a figure). */
export async function medianFirstContentfulPaint(browser: Browser, url: string, runs = 3): Promise<{ median: number; runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await firstContentfulPaint(browser, url));
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], runs: times };
}

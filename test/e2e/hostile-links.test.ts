/**
 * Issue 16: a crafted link must not break or take over a page. Every workflow page is opened with the
 * prototype-pollution payloads of the issue (`constructor`, `__proto__`, `prototype` keys, nested in
 * objects and arrays), a hash nested thousands of levels deep, and a 1 MB hash. Each time: no page
 * error, no cell error, no console error, Object's functions intact, a visible notice, and the defaults
 * used (the page writes back a link whose scenario is the default one, or carries only what was valid).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeScenario, defaultScenario } from "../../src/lib/scenario/index.js";
import { routes } from "../../src/lib/workflow/routes.js";
import { cellErrors, launchBrowser, openPage, waitForRendered } from "./browser.js";

const baseUrl = inject("baseUrl");
const workflow = routes.filter((r) => r.kind === "workflow").map((r) => r.path);
const packed = (json: string) => `#s=1.${Buffer.from(json, "utf8").toString("base64url")}`;

const PAYLOADS: Record<string, string> = {
  "issue 16's link": packed('{"nursery":{"params":{"constructor":{"keys":1}}}}'),
  "every forbidden key, nested in objects and arrays": packed(
    JSON.stringify(
      JSON.parse(
        '{"constructor":{"prototype":{"assign":1}},"__proto__":{"polluted":1},' +
          '"nursery":{"params":{"constructor":{"keys":1},"__proto__":{"entries":1},"7":{"prototype":{"x":1}}}},' +
          '"investment":{"estimates":{"constructor":{"lower":1,"upper":2},"prototype":{"lower":1}}},' +
          '"soil":{"spoil":{"constructor":{"assign":1}},"amendments":{"__proto__":{"x":1}}},' +
          '"species":{"mix":[{"id":1,"constructor":{"keys":1}},{"__proto__":{"polluted":1}}]}}'
      )
    )
  ),
  "a hash nested 20,000 levels deep": packed(`{"nursery":{"params":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`),
  "a 1 MB hash": packed(JSON.stringify({ nursery: { params: { constructor: { keys: 1 } } }, pad: "x".repeat(1_000_000) }))
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("hostile scenario links on every workflow page (issue 16)", () => {
  it.each(workflow)("%s survives every payload: no error, a notice, the defaults", async (path) => {
    for (const [name, hash] of Object.entries(PAYLOADS)) {
      const { context, page, log } = await openPage(browser, baseUrl);
      try {
        await page.goto(`${baseUrl}${path}${hash}`, { waitUntil: "load" });
        await waitForRendered(page);
        await expect
          .poll(() => page.locator("[data-testid=scenario-notice]").count(), { message: name, timeout: 30_000 })
          .toBeGreaterThan(0);
        await page.waitForLoadState("networkidle");
        const intact = await page.evaluate(() => [
          typeof Object.keys,
          typeof Object.assign,
          typeof Object.entries,
          typeof ({} as Record<string, unknown>).polluted
        ]);
        expect(intact, name).toEqual(["function", "function", "function", "undefined"]);
        expect(await cellErrors(page), name).toEqual([]);
        expect(log.pageErrors, name).toEqual([]);
        expect(log.consoleErrors, name).toEqual([]);
        const notice = (await page.locator("[data-testid=scenario-notice]").innerText()).trim();
        expect(notice.length, `${name}: a short notice`).toBeLessThan(3000);
        // The link the page writes back holds the defaults (nothing of the payload survives).
        const url = new URL(page.url());
        const written = decodeScenario(url.search, url.hash);
        expect(written.notices, name).toEqual([]);
        expect(written.scenario.nursery.params, name).toEqual({});
        expect(written.scenario.investment.estimates, name).toEqual({});
        expect(written.scenario.species.mix, name).toEqual(defaultScenario().species.mix);
      } finally {
        await context.close();
      }
    }
  });
});

import { launchBrowser, openPage } from "/work/main/test/e2e/browser.js";
import { serveStatic } from "/work/main/test/e2e/server.js";

const dists = process.argv.slice(2);
const path = "/investment?lat=-12.8&lon=28.21&site=Copperbelt";
const browser = await launchBrowser();
for (const d of dists) {
  const server = await serveStatic(d);
  for (let round = 0; round < 2; round++) {
    const { context, page } = await openPage(browser, server.url);
    const t0 = Date.now();
    const marks: Record<string, number> = {};
    const watch = (name: string, sel: string) => page.waitForSelector(sel, { timeout: 60_000 }).then(() => (marks[name] = Date.now() - t0));
    const reqs: { url: string; t: number; size: number }[] = [];
    page.on("requestfinished", async (r) => {
      const s = await r.sizes().catch(() => null);
      reqs.push({ url: r.url().replace(server.url, ""), t: Date.now() - t0, size: s?.responseBodySize ?? 0 });
    });
    await page.goto(server.url + path, { waitUntil: "load" });
    marks.load = Date.now() - t0;
    await Promise.all([
      watch("feasibility", "[data-testid=feasibility]").catch(() => {}),
      watch("running", "[data-testid=run-status][data-state=running]").catch(() => {}),
      watch("done", "[data-testid=npv-summary]"),
      watch("evpi", "[data-testid=evpi-advice]")
    ]);
    const status = await page.locator("[data-testid=run-status]").innerText();
    console.log(d, round, JSON.stringify(marks), status.replace(/\n/g, " "));
    if (round === 1)
      console.log(
        reqs
          .filter((r) => r.size > 100000)
          .map((r) => `${r.url.slice(0, 60)} ${Math.round(r.size / 1000)}kB @${r.t}`)
          .join("\n")
      );
    await context.close();
  }
  await server.close();
}
await browser.close();

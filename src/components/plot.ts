/**
 * Plot.plot with ARIA roles on its mark groups. Plot labels each mark's <g> with aria-label but gives it
 * no role, and ARIA prohibits a label on an element without one (axe rule aria-prohibited-attr; screen
 * readers may ignore the label). role="group" makes the labels valid. Every chart of the studio goes
 * through here; test/e2e/a11y.test.ts checks the pages.
 */
import * as Plot from "npm:@observablehq/plot";

export function plot(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  const chart = Plot.plot(options);
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
  return chart;
}

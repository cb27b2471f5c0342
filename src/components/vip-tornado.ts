/**
 * Variable importance in the projection (PLS, component 1) as a tornado (decisionSupport's plot_pls): bars
 * extend right when the input raises the output and left when it lowers it (sign of the coefficient); the
 * dashed lines mark VIP 0.8, the usual importance cut-off.
 */
import * as Plot from "npm:@observablehq/plot";
import { plot } from "./plot.js";

export interface VipBar {
  label: string;
  vip: number;
  coef: number;
}

export function VipTornado(items: VipBar[], { width = 640, max = 15 }: { width?: number; max?: number } = {}): SVGSVGElement | HTMLElement {
  const rows = [...items]
    .sort((a, b) => b.vip - a.vip)
    .slice(0, max)
    .map((d) => ({ ...d, signed: d.coef >= 0 ? d.vip : -d.vip, effect: d.coef >= 0 ? "raises the NPV" : "lowers the NPV" }));
  return plot({
    // Never narrower than the margins need (a 0 width before layout would give negative bars).
    width: Math.max(width, 400),
    height: 50 + 24 * Math.max(1, rows.length),
    marginLeft: 260,
    x: { label: "← lowers NPV · VIP · raises NPV →", grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: ["raises the NPV", "lowers the NPV"], range: ["#009e73", "#d55e00"], legend: true },
    marks: [
      Plot.barX(rows, { x: "signed", y: "label", fill: "effect" }),
      Plot.ruleX([-0.8, 0.8], { strokeDasharray: "4,3", stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.ruleX([0])
    ]
  });
}

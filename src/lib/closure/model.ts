/**
 * The closure model, a decisionSupport model function: for one run's inputs `x` (the estimate table of
 * ./estimate.ts), each activity costs quantity × rate × ((1 − labour share) + labour share × wage / US
 * wage); the direct costs add up, and the regulator-style percentages (project management, maintenance and
 * monitoring, contingency: Queensland's 10, 5 and 10 %) are added as shares of the direct costs.
 * All outputs in USD (whole site) except total_per_ha (USD/ha of disturbed land).
 */
import type { ModelHelpers } from "../decision/index.js";
import { ACTIVITY_IDS, type ActivityId } from "./activities.js";

export const COST_OUTPUT_PREFIX = "cost_";
export const costOutput = (id: ActivityId) => `${COST_OUTPUT_PREFIX}${id}`;
export const CLOSURE_OUTPUTS = {
  direct: "direct_total",
  projectManagement: "project_management",
  maintenance: "maintenance_monitoring",
  contingency: "contingency",
  total: "total",
  perHa: "total_per_ha"
} as const;

// Input and output names, built once (the model runs 10^4 times per estimate).
const NAMES = ACTIVITY_IDS.map((id) => ({ labour: `labour_${id}`, qty: `qty_${id}`, rate: `rate_${id}`, cost: costOutput(id) }));

function input(x: Record<string, number>, name: string): number {
  const v = x[name];
  if (typeof v !== "number" || Number.isNaN(v)) throw new Error(`the closure model needs the input "${name}"`);
  return v;
}

export function closureModel(x: Record<string, number>, _h?: ModelHelpers): Record<string, number> {
  const wageRatio = input(x, "wage_usd_day") / input(x, "wage_ref_usd_day");
  const out: Record<string, number> = {};
  let direct = 0;
  for (const n of NAMES) {
    const share = input(x, n.labour);
    const cost = input(x, n.qty) * input(x, n.rate) * (1 - share + share * wageRatio);
    out[n.cost] = cost;
    direct += cost;
  }
  const pm = (direct * input(x, "pct_project_management")) / 100;
  const maintenance = (direct * input(x, "pct_maintenance")) / 100;
  const contingency = (direct * input(x, "pct_contingency")) / 100;
  const total = direct + pm + maintenance + contingency;
  const area = input(x, "area_ha");
  out[CLOSURE_OUTPUTS.direct] = direct;
  out[CLOSURE_OUTPUTS.projectManagement] = pm;
  out[CLOSURE_OUTPUTS.maintenance] = maintenance;
  out[CLOSURE_OUTPUTS.contingency] = contingency;
  out[CLOSURE_OUTPUTS.total] = total;
  out[CLOSURE_OUTPUTS.perHa] = area > 0 ? total / area : 0;
  return out;
}

export default closureModel;

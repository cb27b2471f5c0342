/**
 * Jobs from labour coefficients: person-days per ha and year by activity for an option, and the jobs
 * summary the institutions page shows (docs/institutions.md).
 */

import type { EstimateRow } from "../investment/estimate-types.js";
import { stocking } from "../investment/finance.js";
import { type OptionId, PRODUCTS, type Product } from "../investment/options.js";
import { gompertzCurve } from "../investment/streams.js";

/**
 * Labour coefficients for harvesting at maturity, person-days per ha per year for a fully stocked stand
 * of the product (before the share of stems and growth): assumptions after typical smallholder work
 * norms, documented in docs/institutions.md. Wood: person-days per m³ cut and stacked.
 */
export const HARVEST_LABOUR = {
  timberDaysPerM3: 0.5,
  fuelwoodDaysPerM3: 1,
  fruitDaysPerHa: 40,
  fodderDaysPerHa: 20,
  honeyDaysPerHa: 4
};

export interface JobsByActivity {
  nursery: number[];
  planting: number[];
  care: number[];
  management: number[];
  harvest: number[];
  total: number[];
}

/**
 * Person-days per ha per year for an option at planning values (interval midpoints of the table's rows,
 * geometric for lnorm), no risks: nursery work (nursery labour days per ha, year 1), planting and
 * beating-up, establishment care (years 1–3), management (every year) and harvesting (coefficients above
 * × share × growth × timing curve; oil seed picked at oil_harvest_kg_day).
 * @param curves timing curves of the products (0–1 per year), e.g. from gompertzCurve
 * @param nurseryDaysPerHa nursery labour per ha planted (from /nursery), or 0 when unknown
 */
export function jobsPerHa(
  rows: readonly EstimateRow[],
  option: OptionId,
  curves: Record<Product, number[]>,
  nurseryDaysPerHa: number
): JobsByActivity {
  const mid = new Map(rows.map((r) => [r.variable, r.distribution === "lnorm" ? Math.sqrt(r.lower * r.upper) : (r.lower + r.upper) / 2]));
  const v = (name: string) => {
    const value = mid.get(name);
    if (value === undefined) throw new Error(`jobs: "${name}" is missing from the estimate table`);
    return value;
  };
  const n = Math.round(v("n_years"));
  const zeros = () => new Array<number>(n).fill(0);
  const jobs: JobsByActivity = {
    nursery: zeros(),
    planting: zeros(),
    care: zeros(),
    management: zeros(),
    harvest: zeros(),
    total: zeros()
  };
  const planted = option !== "natural";
  const growth = v("spoil_growth_factor") * (planted ? stocking(v("field_survival"), v("replacement_rate")) : v("natural_growth_factor"));
  if (planted) {
    const replacement = v("replacement_rate");
    const seedlings = v("seedlings_per_ha");
    jobs.nursery[0] = nurseryDaysPerHa;
    jobs.planting[0] = seedlings / (1 + replacement) / v("planting_rate");
    if (n >= 2) jobs.planting[1] = (seedlings * replacement) / (1 + replacement) / v("planting_rate");
    for (let i = 0; i < Math.min(3, n); i++) jobs.care[i] = v("care_days_ha");
  }
  for (let i = 0; i < n; i++) jobs.management[i] = v("management_days_ha");
  const perHa: Record<Product, number> = {
    timber: v("wood_mai_m3_ha") * HARVEST_LABOUR.timberDaysPerM3,
    fuelwood: v("wood_mai_m3_ha") * HARVEST_LABOUR.fuelwoodDaysPerM3,
    fruit: HARVEST_LABOUR.fruitDaysPerHa,
    fodder: HARVEST_LABOUR.fodderDaysPerHa,
    honey: HARVEST_LABOUR.honeyDaysPerHa,
    oil: (v("oil_seed_t_ha") * 1000) / v("oil_harvest_kg_day")
  };
  for (const p of PRODUCTS) {
    const share = mid.get(`share_${option}_${p}`) ?? 0;
    if (!(share > 0)) continue;
    for (let i = 0; i < n; i++) jobs.harvest[i] += perHa[p] * share * growth * curves[p][i];
  }
  for (let i = 0; i < n; i++) jobs.total[i] = jobs.nursery[i] + jobs.planting[i] + jobs.care[i] + jobs.management[i] + jobs.harvest[i];
  return jobs;
}

/**
 * Jobs of an option straight from its estimate table: the products' timing curves from the table's
 * `<product>_first_year` / `<product>_full_year` (10 % and 90 % of the mature yield, no variation) over
 * `n_years`, then jobsPerHa.
 */
export function jobsForOption(rows: readonly EstimateRow[], option: OptionId, nurseryDaysPerHa: number): JobsByActivity {
  const value = (name: string) => {
    const row = rows.find((r) => r.variable === name);
    if (!row) throw new Error(`jobs: "${name}" is missing from the estimate table`);
    return row.lower;
  };
  const n = value("n_years");
  const curves = Object.fromEntries(
    PRODUCTS.map((p) => [p, gompertzCurve(1, value(`${p}_first_year`), value(`${p}_full_year`), 10, 90, n)])
  ) as Record<Product, number[]>;
  return jobsPerHa(rows, option, curves, nurseryDaysPerHa);
}

/** Working days of one full-time job a year (planning value). */
export const WORKING_DAYS_PER_YEAR = 220;

export interface JobsSummary {
  /** Person-days over the whole area in year 1. */
  yearOne: number;
  /** Full-time jobs in year 1 (yearOne ÷ WORKING_DAYS_PER_YEAR). */
  fullTimeJobsYearOne: number;
  /** Person-days a year once mature: mean of the last five years (or all, when shorter). */
  maturePerYear: number;
  /** Person-days over the horizon. */
  total: number;
  /** Years in the horizon. */
  years: number;
}

/** The jobs of an option over `areaHa` hectares, as the institutions page states them. */
export function jobsSummary(jobs: JobsByActivity, areaHa: number): JobsSummary {
  const years = jobs.total.length;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const yearOne = (jobs.total[0] ?? 0) * areaHa;
  return {
    yearOne,
    fullTimeJobsYearOne: yearOne / WORKING_DAYS_PER_YEAR,
    maturePerYear: (sum(jobs.total.slice(-5)) / Math.min(5, years)) * areaHa,
    total: sum(jobs.total) * areaHa,
    years
  };
}

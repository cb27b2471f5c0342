/**
 * The nursery plan's costs as decisionSupport estimate rows for the investment page (low and high ends
 * from the rate ranges), and the row type that the investment table extends.
 */

import type { EstimateRow as EngineEstimateRow } from "../decision/index.js";
import { type NurseryPlanInput, planNursery } from "./plan.js";
import { DEFAULT_RATES, type NurseryRates, type RangedValue } from "./rates.js";

/**
 * One row of a decisionSupport estimate table as this project carries it: the engine's variable,
 * distribution, lower, median (null when not given) and upper, with the unit, a short label and the
 * source of the default. The investment table's rows (src/lib/investment/estimates.ts) extend it.
 */
export interface SourcedEstimateRow extends Pick<EngineEstimateRow, "variable" | "distribution" | "lower" | "median" | "upper"> {
  unit: string;
  label: string;
  source: string;
}

/** The nursery's rows always give a median (the plan at its central rates). */
export type NurseryEstimateRow = SourcedEstimateRow & { median: number };

/** Variable names the nursery page exports (the contract with the investment model, src/lib/investment/model.ts). */
export const NURSERY_ESTIMATE_VARIABLES = [
  "nursery_cost_per_seedling",
  "seedlings_per_ha",
  "planting_stock_cost_per_ha",
  "nursery_seed_cost",
  "nursery_cost_total",
  "nursery_labour_days",
  "field_survival"
] as const;

export type NurseryEstimateVariable = (typeof NURSERY_ESTIMATE_VARIABLES)[number];

function ratesAt(rates: NurseryRates, end: "low" | "high"): NurseryRates {
  const out = {} as NurseryRates;
  for (const [name, rate] of Object.entries(rates) as [keyof NurseryRates, RangedValue][]) {
    // Only cost-side rates move; area geometry stays at the planning value.
    const moves = !["pathFraction", "seedbedGerminantsPerM2", "hardeningFraction", "serviceFraction"].includes(name);
    out[name] = { ...rate, value: moves ? rate[end] : rate.value };
  }
  return out;
}

function positiveRow(
  variable: string,
  unit: string,
  label: string,
  source: string,
  lower: number,
  median: number,
  upper: number
): NurseryEstimateRow {
  // lnorm needs 0 < lower < upper; a quantity that does not vary is a constant.
  if (!(lower > 0) || !(upper > lower * (1 + 1e-9)))
    return { variable, distribution: "const", lower: median, median, upper: median, unit, label, source };
  return { variable, distribution: "lnorm", lower, median, upper, unit, label, source };
}

/** Price multipliers at the low and high ends of the cost estimates (assumptions, see docs). */
export const PRICE_FACTORS = { low: { seed: 0.5, container: 0.5 }, high: { seed: 2, container: 1.5 } };

/**
 * The nursery's costs as uncertain estimates (90 % intervals) for the investment model.
 * The plan is evaluated three times: at the planning values (median), with every cost-side rate at its
 * low end and seed/container prices × PRICE_FACTORS.low (lower), and at the high ends (upper). Taking all
 * ends together assumes the cost drivers move together: a wider, cautious interval.
 * field_survival gets ±0.1 around the planning value (an assumption; replace with monitoring data).
 */
export function nurseryCostEstimates(input: NurseryPlanInput): NurseryEstimateRow[] {
  const rates = input.rates ?? DEFAULT_RATES;
  const mid = planNursery(input);
  const low = planNursery({ ...input, rates: ratesAt(rates, "low"), priceFactors: PRICE_FACTORS.low });
  const high = planNursery({ ...input, rates: ratesAt(rates, "high"), priceFactors: PRICE_FACTORS.high });
  const src = "Nursery planner (/nursery): plan at low, planning and high cost rates; docs/nursery-planning.md";
  const survival = input.fieldSurvival;
  const survivalLow = Math.max(0.01, survival - 0.1);
  const survivalHigh = Math.min(0.99, survival + 0.1);
  return [
    positiveRow(
      "nursery_cost_per_seedling",
      "USD/seedling",
      "Nursery cost per seedling dispatched",
      src,
      low.totals.costPerSeedlingUsd,
      mid.totals.costPerSeedlingUsd,
      high.totals.costPerSeedlingUsd
    ),
    positiveRow(
      "seedlings_per_ha",
      "seedlings/ha",
      "Seedlings dispatched per ha incl. replacements",
      src,
      mid.totals.dispatch / input.areaHa,
      mid.totals.dispatch / input.areaHa,
      mid.totals.dispatch / input.areaHa
    ),
    positiveRow(
      "planting_stock_cost_per_ha",
      "USD/ha",
      "Planting stock (nursery) cost per ha",
      src,
      low.totals.costPerHaUsd,
      mid.totals.costPerHaUsd,
      high.totals.costPerHaUsd
    ),
    positiveRow(
      "nursery_seed_cost",
      "USD",
      "Seed purchase, whole plan",
      src,
      low.totals.costUsd.seed,
      mid.totals.costUsd.seed,
      high.totals.costUsd.seed
    ),
    positiveRow(
      "nursery_cost_total",
      "USD",
      "Nursery production cost, whole plan",
      src,
      low.totals.costUsd.total,
      mid.totals.costUsd.total,
      high.totals.costUsd.total
    ),
    positiveRow(
      "nursery_labour_days",
      "person-days",
      "Nursery labour, whole plan",
      src,
      low.totals.labourDays.total,
      mid.totals.labourDays.total,
      high.totals.labourDays.total
    ),
    survivalHigh > survivalLow && survivalLow > 0 && survivalHigh < 1
      ? {
          variable: "field_survival",
          distribution: "tnorm_0_1",
          lower: survivalLow,
          median: survival,
          upper: survivalHigh,
          unit: "fraction",
          label: "Field survival of planted seedlings",
          source: "Planting plan (/nursery); ±0.1 is an assumption"
        }
      : {
          variable: "field_survival",
          distribution: "const",
          lower: survival,
          median: survival,
          upper: survival,
          unit: "fraction",
          label: "Field survival of planted seedlings",
          source: "Planting plan (/nursery)"
        }
  ];
}

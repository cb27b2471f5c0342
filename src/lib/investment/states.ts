/**
 * The random states of one run of the restoration model, drawn once per run in a fixed documented order
 * (docs/investment-model.md) so that every option is judged on the same draws, and the noise-free timing
 * curves that are shared across runs.
 */

import type { ModelHelpers } from "../decision/index.js";
import { fromFirstEvent, requireInput } from "./finance.js";
import { type Inputs, PRODUCTS, type Product } from "./options.js";

// Gompertz timing curves without noise draw no random numbers, so they can be reused across runs: a
// small cache keyed by (first year, full year, horizon) saves recomputing six curves per run.
const curveCache = new Map<string, number[]>();

/** A product's timing curve (0–1): h.gompertzYield through 10 % at `first` and 90 % at `full`, no noise. */
export function timingCurve(h: ModelHelpers, first: number, full: number, n: number): number[] {
  const key = `${first}|${full}|${n}`;
  let curve = curveCache.get(key);
  if (!curve) {
    curve = h.gompertzYield({
      maxHarvest: 1,
      timeToFirstYield: first,
      timeToSecondYield: full,
      firstYieldPercent: 10,
      secondYieldPercent: 90,
      nYears: n,
      varCV: 0
    });
    if (curveCache.size > 256) curveCache.clear();
    curveCache.set(key, curve);
  }
  return curve;
}

/** Everything random in one run, drawn once and shared by all options (see drawStates). */
export interface States {
  n: number;
  /** Year-to-year price × yield variation of each product, a multiplier around 1. */
  productVariation: Record<Product, number[]>;
  /** Carbon price, USD/t CO2, per year. */
  carbonPrice: number[];
  /** Upkeep of the unreclaimed site, USD/ha, per year. */
  liabilityUpkeep: number[];
  /** Risk events per year, 1 = it happens that year. */
  drought: number[];
  fire: number[];
  grazing: number[];
  theft: number[];
  /** 1 from the first tenure-conflict year on. */
  tenureConflict: number[];
  /** 1 from the first price-collapse year on. */
  priceCollapse: number[];
  /** Environmental penalty incidents per year. */
  penalty: number[];
  /** 1 when natural regeneration meets the completion criteria (one draw per run). */
  regenerationSuccess: number;
  /** Gompertz timing curves (0–1) of each product; deterministic. */
  productCurve: Record<Product, number[]>;
}

/**
 * Draws the run's random states. Order of draws (it matters for run-by-run agreement with an R port):
 * product variation for timber, fuelwood, fruit, fodder, honey, oil (vv each); carbon price (vv);
 * liability upkeep (vv); then chance events per year for drought, fire, grazing, theft, tenure conflict,
 * price collapse, penalty; then one draw for natural-regeneration success.
 */
export function drawStates(x: Inputs, h: ModelHelpers): States {
  const n = Math.round(requireInput(x, "n_years"));
  if (!(n >= 1 && n <= 100)) throw new Error(`restoration model: n_years must be 1–100 (got ${n})`);
  const cv = requireInput(x, "var_CV");
  const productVariation = {} as Record<Product, number[]>;
  for (const p of PRODUCTS) productVariation[p] = h.vv(1, cv, n, { lowerLimit: 0 });
  const carbonPrice = h.vv(requireInput(x, "carbon_price_usd_t"), cv, n, { lowerLimit: 0 });
  const liabilityUpkeep = h.vv(requireInput(x, "liability_upkeep_usd_ha"), cv, n, { lowerLimit: 0 });
  const yearly = (chance: string) => h.chanceEvent(requireInput(x, chance), 1, 0, n);
  const drought = yearly("p_drought");
  const fire = yearly("p_fire");
  const grazing = yearly("p_grazing");
  const theft = yearly("p_theft");
  const tenureConflict = fromFirstEvent(yearly("p_tenure_conflict"));
  const priceCollapse = fromFirstEvent(yearly("p_price_collapse"));
  const penalty = yearly("p_penalty");
  const regenerationSuccess = h.chanceEvent(requireInput(x, "p_regen_success"), 1, 0, 1)[0];
  const productCurve = {} as Record<Product, number[]>;
  for (const p of PRODUCTS) productCurve[p] = timingCurve(h, requireInput(x, `${p}_first_year`), requireInput(x, `${p}_full_year`), n);
  return {
    n,
    productVariation,
    carbonPrice,
    liabilityUpkeep,
    drought,
    fire,
    grazing,
    theft,
    tenureConflict,
    priceCollapse,
    penalty,
    regenerationSuccess,
    productCurve
  };
}

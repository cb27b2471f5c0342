/**
 * The mine-restoration decision model: per hectare, in constant (real) US dollars, over a horizon of
 * `n_years`, it compares four restoration options with doing nothing (the closure liability stays):
 *
 *   natural      natural regeneration with minimal works (safety regrading, fencing, protection)
 *   plantation   timber and carbon plantation
 *   agroforestry multistrata agroforestry (fruit, fodder, honey, fuelwood, timber)
 *   bioenergy    bioenergy-oil trees (Jatropha / Pongamia / Croton-type seed oil)
 *
 * It is a decisionSupport model: `restorationModel(x, h)` takes one run's inputs `x` (variable name →
 * value, from the estimate table built in economics-estimates.ts) and the engine's helpers `h` (vv,
 * chanceEvent, gompertzYield, discount, with R's semantics), and returns named numbers and arrays. The
 * same function runs in the Web Worker, in the CLI and in the tests. Equations, units and every default
 * with its source: docs/investment-model.md.
 *
 * Design choices (reasons in the doc):
 * - All options are evaluated in every run on the SAME draws (prices, weather, risk events): a choice
 *   between mutually exclusive options is judged in the same states of the world ("common random
 *   numbers"), so differences between options are not blurred by independent noise.
 * - The random draws happen once per run in `drawStates`, in a fixed documented order; everything after
 *   that is plain arithmetic (`optionStreams`, `baselineStreams`), which the institutions model reuses so
 *   that both pages see the same runs at the same seed.
 * - Cash flows are kept as signed streams (costs negative) so that institutions.ts can allocate each
 *   stream to stakeholders by rule.
 */

import type { ModelHelpers } from "../decision/index.js";

export type { ModelHelpers };

/** One run's inputs: estimate variable name → value. */
export type Inputs = Record<string, number>;

import { OPTION_IDS, type OptionId } from "../scenario/index.js";

export { OPTION_IDS, type OptionId };

export const OPTION_NAMES: Record<OptionId, string> = {
  natural: "Natural regeneration",
  plantation: "Timber and carbon plantation",
  agroforestry: "Multistrata agroforestry",
  bioenergy: "Bioenergy-oil trees"
};

/** Product streams, named after the species use classes that yield them (records.ts UseClass). */
export const PRODUCTS = ["timber", "fuelwood", "fruit", "fodder", "honey", "oil"] as const;
export type Product = (typeof PRODUCTS)[number];

/** The products each option harvests (a species counts only for these uses in that option). */
export const OPTION_PRODUCTS: Record<OptionId, Product[]> = {
  natural: ["fuelwood", "honey"],
  plantation: ["timber", "fuelwood"],
  agroforestry: ["fruit", "fodder", "honey", "fuelwood", "timber"],
  bioenergy: ["oil", "fuelwood"]
};

/** Tonnes CO2 per tonne C (molar masses 44/12). */
export const CO2_PER_C = 44 / 12;

// ---------------------------------------------------------------------------------------------------
// Small pure pieces (unit-tested on their own)

/**
 * Real interest rate from a nominal rate and inflation (Fisher): (1 + i) / (1 + π) − 1.
 * @param nominalPct nominal rate, % per year (e.g. a lending rate)
 * @param inflationPct inflation, % per year
 * @returns real rate, % per year
 * @throws RangeError for non-finite input or inflation ≤ −100 %
 */
export function realRatePct(nominalPct: number, inflationPct: number): number {
  if (!Number.isFinite(nominalPct) || !Number.isFinite(inflationPct)) throw new RangeError("realRatePct: rates must be finite numbers");
  if (inflationPct <= -100) throw new RangeError("realRatePct: inflation must be above −100 %");
  return ((1 + nominalPct / 100) / (1 + inflationPct / 100) - 1) * 100;
}

/**
 * Stocking after beating-up, as a fraction of the target density: the initial planting survives at
 * `survival`, the replacement planting (a fraction `replacementRate` of the initial one) survives at the
 * same rate; stocking cannot exceed the target. min(1, s · (1 + r)).
 */
export function stocking(survival: number, replacementRate: number): number {
  return Math.min(1, Math.max(0, survival) * (1 + Math.max(0, replacementRate)));
}

/**
 * 1 from the first year in which `events` is 1 onward, else 0 (e.g. a tenure conflict or a price
 * collapse that, once it happens, lasts for the rest of the horizon).
 */
export function fromFirstEvent(events: readonly number[]): number[] {
  const out = new Array<number>(events.length);
  let happened = 0;
  for (let i = 0; i < events.length; i++) {
    if (events[i] > 0) happened = 1;
    out[i] = happened;
  }
  return out;
}

/** Year-on-year increases of a stock series (stock before year 1 is 0); decreases count as 0. */
export function positiveIncrements(stock: readonly number[]): number[] {
  const out = new Array<number>(stock.length);
  let previous = 0;
  for (let i = 0; i < stock.length; i++) {
    out[i] = Math.max(0, stock[i] - previous);
    previous = Math.max(previous, stock[i]);
  }
  return out;
}

/**
 * Discount factors 1/(1 + r/100)^(t−1) for t = 1..n: year 1 undiscounted, as decisionSupport's discount().
 * @param ratePct discount rate, % per year
 */
export function discountFactors(ratePct: number, n: number): number[] {
  const base = 1 + ratePct / 100;
  const out = new Array<number>(n);
  let f = 1;
  for (let t = 0; t < n; t++) {
    out[t] = f;
    f /= base;
  }
  return out;
}

/** Net present value Σ x_t · f_t with discount factors from discountFactors(). */
export function presentValue(cashflow: readonly number[], factors: readonly number[]): number {
  let sum = 0;
  for (let t = 0; t < cashflow.length; t++) sum += cashflow[t] * factors[t];
  return sum;
}

/**
 * Payback year: the first year (1-based) from which the cumulative discounted cash flow is ≥ 0 and stays
 * so to the end of the horizon; `cashflow.length + 1` when that never happens within the horizon.
 * @param factors discount factors (discountFactors), year 1 undiscounted
 */
export function paybackYear(cashflow: readonly number[], factors: readonly number[]): number {
  let cumulative = 0;
  let since = -1;
  for (let i = 0; i < cashflow.length; i++) {
    cumulative += cashflow[i] * factors[i];
    if (cumulative >= 0) {
      if (since < 0) since = i;
    } else since = -1;
  }
  return since < 0 ? cashflow.length + 1 : since + 1;
}

/** Elementwise sum of equally long series. */
export function sumSeries(series: readonly (readonly number[])[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of series) for (let i = 0; i < n; i++) out[i] += s[i];
  return out;
}

function requireInput(x: Inputs, name: string): number {
  const value = x[name];
  if (typeof value !== "number" || Number.isNaN(value))
    throw new Error(`restoration model: input "${name}" is missing from the estimate table`);
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Random states of one run

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

// ---------------------------------------------------------------------------------------------------
// Cash-flow streams of one option (signed, USD/ha per year; index 0 = year 1)

export interface Streams {
  /** Earthworks and regrading, topsoil/cover, amendments, fencing (−). */
  works: number[];
  /** Planting stock bought from the nursery, incl. replanting after establishment damage (−). */
  stock: number[];
  /** Wages: planting, replanting, establishment care, management and patrols, oil-seed harvest (−). */
  labour: number[];
  /** Monitoring until completion (−). */
  monitoring: number[];
  /** Upkeep of the site not yet reclaimed or not yet relinquished (−). */
  upkeep: number[];
  /** Environmental penalties (−; received by the government). */
  penalties: number[];
  /** Fee on the closure bond while it is held (−). */
  bondFee: number[];
  /** Release of the closure bond when completion criteria are met (+). */
  bondRelease: number[];
  /** Net income per product (+; oil is gross of its harvest wages, which are in `labour`). */
  products: Record<Product, number[]>;
  /** Carbon-credit revenue (+). */
  carbon: number[];
  /** Carbon project registration and yearly MRV (−). */
  carbonCost: number[];
  /** Optional ecosystem-service value (+). */
  ecosystem: number[];
}

/** Stream names in a fixed order (for allocation tables and outputs). */
export const STREAM_NAMES = [
  "works",
  "stock",
  "labour",
  "monitoring",
  "upkeep",
  "penalties",
  "bondFee",
  "bondRelease",
  "products",
  "carbon",
  "carbonCost",
  "ecosystem"
] as const;

const zeroCache = new Map<number, readonly number[]>();

/** A shared, frozen series of n zeros (for streams an option does not have; never written to). */
export function zeroSeries(n: number): number[] {
  let z = zeroCache.get(n);
  if (!z) {
    z = Object.freeze(new Array<number>(n).fill(0));
    zeroCache.set(n, z);
  }
  return z as number[];
}

/** The sum of all streams, per year. */
export function totalCashflow(s: Streams): number[] {
  const n = s.works.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    out[i] =
      s.works[i] +
      s.stock[i] +
      s.labour[i] +
      s.monitoring[i] +
      s.upkeep[i] +
      s.penalties[i] +
      s.bondFee[i] +
      s.bondRelease[i] +
      s.carbon[i] +
      s.carbonCost[i] +
      s.ecosystem[i];
  }
  for (const p of PRODUCTS) {
    const series = s.products[p];
    for (let i = 0; i < n; i++) out[i] += series[i];
  }
  return out;
}

/** The model's scalar inputs, read and checked once per run. */
export interface Params {
  wage: number;
  spoilGrowth: number;
  fieldSurvival: number;
  replacementRate: number;
  naturalGrowth: number;
  works: number;
  fencing: number;
  minimalWorksShare: number;
  plantingStock: number;
  seedlings: number;
  plantingRate: number;
  careDays: number;
  managementDays: number;
  monitoring: number;
  releaseYear: number;
  naturalReleaseDelay: number;
  completionStocking: number;
  /** Closure bond, USD/ha: `bond_ratio` × (earthworks + cover + amendments) of the run. */
  bond: number;
  bondFeePct: number;
  residualLiability: number;
  penalty: number;
  mai: number;
  timberNet: number;
  fuelwoodNet: number;
  fruitNet: number;
  fodderNet: number;
  honeyNet: number;
  oilSeed: number;
  oilPrice: number;
  oilHarvestKgDay: number;
  esValue: number;
  rf: Record<OptionId, number>;
  carbonAccrual: number;
  carbonBuffer: number;
  carbonMrv: number;
  carbonStart: number;
  droughtLoss: number;
  fireLoss: number;
  grazingLoss: number;
  theftLoss: number;
  tenureLoss: number;
  priceCollapseLoss: number;
  shares: Record<OptionId, Partial<Record<Product, number>>>;
}

/** Reads the inputs the streams need (names as in the estimate table). */
export function readParams(x: Inputs): Params {
  const v = (name: string) => requireInput(x, name);
  const shares = {} as Record<OptionId, Partial<Record<Product, number>>>;
  for (const option of OPTION_IDS) {
    shares[option] = {};
    for (const p of OPTION_PRODUCTS[option]) shares[option][p] = v(`share_${option}_${p}`);
  }
  const works = v("earthworks_usd_ha") + v("cover_usd_ha") + v("amendments_usd_ha");
  return {
    wage: v("wage_usd_day"),
    spoilGrowth: v("spoil_growth_factor"),
    fieldSurvival: v("field_survival"),
    replacementRate: v("replacement_rate"),
    naturalGrowth: v("natural_growth_factor"),
    works,
    fencing: v("fencing_usd_ha"),
    minimalWorksShare: v("minimal_works_share"),
    plantingStock: v("planting_stock_usd_ha"),
    seedlings: v("seedlings_per_ha"),
    plantingRate: v("planting_rate"),
    careDays: v("care_days_ha"),
    managementDays: v("management_days_ha"),
    monitoring: v("monitoring_usd_ha"),
    releaseYear: Math.round(v("release_year")),
    naturalReleaseDelay: Math.round(v("natural_release_delay")),
    completionStocking: v("completion_stocking"),
    // The regulator sizes the bond on the same closure works (direct costs × the ratio for indirect costs).
    bond: v("bond_ratio") * works,
    bondFeePct: v("bond_fee_pct"),
    residualLiability: v("residual_liability_share"),
    penalty: v("penalty_usd_ha"),
    mai: v("wood_mai_m3_ha"),
    timberNet: v("timber_net_usd_m3"),
    fuelwoodNet: v("fuelwood_net_usd_m3"),
    fruitNet: v("fruit_net_usd_ha"),
    fodderNet: v("fodder_net_usd_ha"),
    honeyNet: v("honey_net_usd_ha"),
    oilSeed: v("oil_seed_t_ha"),
    oilPrice: v("oil_seed_usd_t"),
    oilHarvestKgDay: v("oil_harvest_kg_day"),
    esValue: v("es_value_usd_ha"),
    rf: { natural: v("rf_plantation"), plantation: v("rf_plantation"), agroforestry: v("rf_agroforestry"), bioenergy: v("rf_bioenergy") },
    carbonAccrual: v("carbon_accrual_years"),
    carbonBuffer: v("carbon_buffer_share"),
    carbonMrv: v("carbon_mrv_usd_ha"),
    carbonStart: v("carbon_start_usd_ha"),
    droughtLoss: v("drought_loss"),
    fireLoss: v("fire_loss"),
    grazingLoss: v("grazing_loss"),
    theftLoss: v("theft_loss"),
    tenureLoss: v("tenure_loss"),
    priceCollapseLoss: v("price_collapse_loss"),
    shares
  };
}

/** Year (1-based) in which the option's completion criteria are assessed and the bond is released. */
export function releaseYear(p: Params, option: OptionId): number {
  return option === "natural" ? p.releaseYear + p.naturalReleaseDelay : p.releaseYear;
}

/** Whether the option meets its completion criteria in this run (1/0). */
export function completionMet(p: Params, states: States, option: OptionId): number {
  if (option === "natural") return states.regenerationSuccess;
  return stocking(p.fieldSurvival, p.replacementRate) >= p.completionStocking ? 1 : 0;
}

/** Value of a fully stocked, mature stand on ordinary land, USD/ha/yr, per product (oil: gross). */
export function matureValues(p: Params): Record<Product, number> {
  return {
    timber: p.mai * p.timberNet,
    fuelwood: p.mai * p.fuelwoodNet,
    fruit: p.fruitNet,
    fodder: p.fodderNet,
    honey: p.honeyNet,
    oil: p.oilSeed * p.oilPrice
  };
}

/**
 * The option's cash-flow streams in one run, from its inputs and the run's states (no random draws).
 * Equations: docs/investment-model.md, "Options".
 */
export function optionStreams(p: Params, states: States, option: OptionId): Streams {
  const n = states.n;
  const zeros = () => new Array<number>(n).fill(0);
  const planted = option !== "natural";
  const wage = p.wage;

  // Growth relative to a fully stocked stand on ordinary land: mine spoil slows growth; planted stands
  // are as stocked as survival and beating-up allow; natural regeneration grows a fraction as fast.
  const growth = p.spoilGrowth * (planted ? stocking(p.fieldSurvival, p.replacementRate) : p.naturalGrowth);

  const works = zeros();
  works[0] = -p.works * (planted ? 1 : p.minimalWorksShare) - p.fencing;

  const stockCost = zeros();
  const labour = zeros();
  if (planted) {
    const initialShare = 1 / (1 + p.replacementRate);
    const initialStock = p.plantingStock * initialShare;
    const initialLabour = ((p.seedlings * initialShare) / p.plantingRate) * wage;
    stockCost[0] -= initialStock;
    labour[0] -= initialLabour;
    // Beating-up in year 2 (its stock is in the nursery cost; only the planting work falls in year 2).
    if (n >= 2) labour[1] -= ((p.seedlings * (1 - initialShare)) / p.plantingRate) * wage;
    // Establishment damage in years 1–2 (drought, fire, browsing) is replanted the same year.
    for (let i = 0; i < Math.min(2, n); i++) {
      const surviving =
        (1 - states.drought[i] * p.droughtLoss) * (1 - states.fire[i] * p.fireLoss) * (1 - states.grazing[i] * p.grazingLoss);
      stockCost[i] -= (1 - surviving) * initialStock;
      labour[i] -= (1 - surviving) * initialLabour;
    }
    for (let i = 0; i < Math.min(3, n); i++) labour[i] -= p.careDays * wage;
  }
  for (let i = 0; i < n; i++) labour[i] -= p.managementDays * wage;

  // Completion and the bond: held (fee paid, residual upkeep, monitoring) in the years before release.
  const release = releaseYear(p, option);
  const met = completionMet(p, states, option) === 1 && release <= n;
  const heldYears = met ? release - 1 : n;
  const bondFee = zeros();
  const bondRelease = zeros();
  const monitoring = zeros();
  const upkeep = zeros();
  const penalties = zeros();
  const fee = (p.bond * p.bondFeePct) / 100;
  for (let i = 0; i < heldYears; i++) {
    bondFee[i] = -fee;
    monitoring[i] = -p.monitoring;
    upkeep[i] = -p.residualLiability * states.liabilityUpkeep[i];
    penalties[i] = -p.residualLiability * states.penalty[i] * p.penalty;
  }
  if (met) bondRelease[release - 1] = p.bond;

  // Risk multipliers per year: on yields (all risks) and on carbon uptake (weather and tenure).
  const yieldRisk = new Array<number>(n);
  const carbonRisk = new Array<number>(n);
  const priceLevel = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const weather = (1 - states.drought[i] * p.droughtLoss) * (1 - states.fire[i] * p.fireLoss);
    const tenure = 1 - states.tenureConflict[i] * p.tenureLoss;
    yieldRisk[i] = weather * tenure * (1 - states.grazing[i] * p.grazingLoss) * (1 - states.theft[i] * p.theftLoss);
    carbonRisk[i] = weather * tenure;
    priceLevel[i] = 1 - states.priceCollapse[i] * p.priceCollapseLoss;
  }

  // Products: share of stems yielding × value at maturity × growth × timing curve × risks × prices.
  const products = {} as Record<Product, number[]>;
  for (const product of PRODUCTS) products[product] = OPTION_PRODUCTS[option].includes(product) ? zeros() : zeroSeries(n);
  const mature = matureValues(p);
  const shares = p.shares[option];
  for (const product of OPTION_PRODUCTS[option]) {
    const share = shares[product] ?? 0;
    if (share <= 0) continue;
    const curve = states.productCurve[product];
    const variation = states.productVariation[product];
    const out = products[product];
    for (let i = 0; i < n; i++) {
      const quantityShare = share * growth * curve[i] * yieldRisk[i];
      out[i] = quantityShare * mature[product] * variation[i] * priceLevel[i];
      // Seed picking is paid by the day: t/ha × 1000 kg/t ÷ kg picked per person-day × wage.
      if (product === "oil") labour[i] -= ((quantityShare * p.oilSeed * 1000) / p.oilHarvestKgDay) * wage;
    }
  }

  // Carbon: the stock (t CO2/ha) rises along a Gompertz curve to the long-term stock reached after
  // `carbon_accrual_years` at the removal factor; only increases are credited, net of the buffer.
  const shape = carbonShape(p.carbonAccrual, n);
  const longTermStock = p.rf[option] * CO2_PER_C * p.carbonAccrual;
  const carbon = zeros();
  const carbonCost = zeros();
  const ecosystem = zeros();
  for (let i = 0; i < n; i++) {
    carbon[i] = longTermStock * shape.increments[i] * growth * carbonRisk[i] * (1 - p.carbonBuffer) * states.carbonPrice[i];
    carbonCost[i] = -p.carbonMrv;
    // Ecosystem services grow with the stand (its carbon stock as a share of the long-term stock).
    ecosystem[i] = p.esValue * growth * shape.stock[i];
  }
  carbonCost[0] -= p.carbonStart;

  return { works, stock: stockCost, labour, monitoring, upkeep, penalties, bondFee, bondRelease, products, carbon, carbonCost, ecosystem };
}

const shapeCache = new Map<string, { stock: number[]; increments: number[] }>();

/** carbonStockCurve per unit of long-term stock (0–1) and its positive increments, cached by (years, n). */
export function carbonShape(accrualYears: number, n: number): { stock: number[]; increments: number[] } {
  const key = `${accrualYears}|${n}`;
  let shape = shapeCache.get(key);
  if (!shape) {
    const stock = gompertzCurve(1, 3, Math.max(4, accrualYears), 10, 90, n);
    shape = { stock, increments: positiveIncrements(stock) };
    if (shapeCache.size > 256) shapeCache.clear();
    shapeCache.set(key, shape);
  }
  return shape;
}

/**
 * Carbon stock of a fully stocked stand on ordinary land, t CO2/ha per year: a Gompertz curve through 10 %
 * of the long-term stock in year 3 and 90 % in year `accrualYears`, where the long-term stock is
 * removal factor (Mg C/ha/yr) × 44/12 × accrualYears. Closed form of decisionSupport's gompertz_yield with
 * no noise (so it needs no helpers); years before the first point are 0, as in R's default.
 */
export function carbonStockCurve(removalFactorMgC: number, accrualYears: number, n: number): number[] {
  const max = removalFactorMgC * CO2_PER_C * accrualYears;
  return gompertzCurve(max, 3, Math.max(4, accrualYears), 10, 90, n);
}

/**
 * decisionSupport's gompertz_yield without noise (semantics §7): p clamped to [0.001, 0.999];
 * c = ln(ln p₂ / ln p₁)/(t₁ − t₂), b = −ln p₁ / e^(−c·t₁), y_t = a·exp(−b·e^(−c·t)); years before t₁ are 0.
 */
export function gompertzCurve(max: number, t1: number, t2: number, pct1: number, pct2: number, n: number): number[] {
  const p1 = Math.min(0.999, Math.max(0.001, pct1 / 100));
  const p2 = Math.min(0.999, Math.max(0.001, pct2 / 100));
  if (t1 === t2) t2 = t1 + 1;
  const c = Math.log(Math.log(p2) / Math.log(p1)) / (t1 - t2);
  const b = -Math.log(p1) / Math.exp(-c * t1);
  const out = new Array<number>(n);
  for (let t = 1; t <= n; t++) out[t - 1] = max * Math.exp(-b * Math.exp(-c * t));
  if (t1 > 1) for (let t = 1; t <= Math.min(n, t1 - 1); t++) out[t - 1] = 0;
  return out;
}

/** Doing nothing: the unreclaimed site's upkeep, penalties and the fee on the bond, every year. */
export function baselineStreams(p: Params, states: States): Streams {
  const n = states.n;
  const zero = zeroSeries(n);
  const products = {} as Record<Product, number[]>;
  for (const product of PRODUCTS) products[product] = zero;
  const upkeep = new Array<number>(n);
  const penalties = new Array<number>(n);
  const bondFee = new Array<number>(n);
  const fee = (p.bond * p.bondFeePct) / 100;
  for (let i = 0; i < n; i++) {
    upkeep[i] = -states.liabilityUpkeep[i];
    penalties[i] = -states.penalty[i] * p.penalty;
    bondFee[i] = -fee;
  }
  return {
    works: zero,
    stock: zero,
    labour: zero,
    monitoring: zero,
    upkeep,
    penalties,
    bondFee,
    bondRelease: zero,
    products,
    carbon: zero,
    carbonCost: zero,
    ecosystem: zero
  };
}

// ---------------------------------------------------------------------------------------------------
// The model

export type ModelOutputs = Record<string, number | number[]>;

/**
 * The investment model (decisionSupport model function). Outputs, per ha, USD (real):
 * NPV_baseline; NPV_<option>; NPV_decision_<option> (option minus doing nothing); Payback_<option>
 * (first year from which the cumulative discounted decision cash flow stays ≥ 0; n_years + 1 = not within
 * the horizon); Cashflow_decision_<option> (per year → Cashflow_decision_<option>1..n).
 */
export function restorationModel(x: Inputs, h: ModelHelpers): ModelOutputs {
  const states = drawStates(x, h);
  const params = readParams(x);
  // NPV = Σ cash flow × factor, the same sum as decisionSupport's discount(…, calculate_NPV = TRUE)
  // (up to floating-point rounding); the factors are computed once per run for all options.
  const factors = discountFactors(requireInput(x, "discount_rate"), states.n);
  const baseline = totalCashflow(baselineStreams(params, states));
  const npvBaseline = presentValue(baseline, factors);
  const out: ModelOutputs = { NPV_baseline: npvBaseline };
  const npv = {} as Record<OptionId, number>;
  const decisions = {} as Record<OptionId, number[]>;
  for (const option of OPTION_IDS) {
    const cashflow = totalCashflow(optionStreams(params, states, option));
    for (let i = 0; i < cashflow.length; i++) cashflow[i] -= baseline[i];
    decisions[option] = cashflow;
    npv[option] = presentValue(cashflow, factors);
  }
  for (const option of OPTION_IDS) out[`NPV_${option}`] = npv[option] + npvBaseline;
  for (const option of OPTION_IDS) out[`NPV_decision_${option}`] = npv[option];
  for (const option of OPTION_IDS) out[`Payback_${option}`] = paybackYear(decisions[option], factors);
  for (const option of OPTION_IDS) out[`Cashflow_decision_${option}`] = decisions[option];
  return out;
}

export default restorationModel;

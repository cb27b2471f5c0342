/**
 * Cash-flow streams of one option and of doing nothing (signed USD/ha per year; index 0 = year 1), with
 * the carbon and Gompertz curves they use. Kept as separate streams so that the institutions model can
 * allocate each to stakeholders by rule (docs/investment-model.md).
 */

import { positiveIncrements, stocking } from "./finance.js";
import { CO2_PER_C, OPTION_PRODUCTS, type OptionId, PRODUCTS, type Product } from "./options.js";
import { completionMet, type Params, releaseYear } from "./params.js";
import type { States } from "./states.js";

export interface Streams {
  /** Earthworks and regrading, topsoil/cover, amendments, fencing; establishment water where switched on (−). */
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
    // Establishment water where the site has no rain-fed window (rows present only when switched on).
    works[0] -= p.irrigationCapex;
    for (let i = 0; i < Math.min(p.irrigationYears, n); i++) works[i] -= p.irrigationYearly;
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

/**
 * The default estimate table of the restoration model (economics.ts): every input with its 90 % interval,
 * distribution, unit and source, filled from the data where the data have it (World Bank lending rate,
 * inflation and GDP; SDPT removal factors and growth; Project Drawdown net margins), from the upstream pages
 * (site amendments, nursery costs, planting plan, species mix) and otherwise from stated assumptions.
 *
 * Pure: data in (plain records the page gets from the loaders), rows out. Sources of every default and the
 * reasoning behind the assumptions: docs/investment-model.md.
 */

import type { UseClass } from "../data/records.js";
import {
  type EstimateRow as EngineRow,
  type Estimate,
  type EstimateIssue,
  formatIssue,
  parseEstimateCsv,
  validateEstimate,
  writeEstimateCsv
} from "../decision/estimate.js";
import { quantile7 } from "../decision/stats.js";
import type { EstimateRow as NurseryEstimateRow } from "../nursery/plan.js";
import { OPTION_IDS, OPTION_PRODUCTS, type OptionId, PRODUCTS, type Product, realRatePct } from "./model.js";

/**
 * One row of a decisionSupport estimate table (the engine's variable, distribution, lower, median — null
 * when not given — and upper), with the extra columns this project carries as typed fields.
 */
export interface EstimateRow extends Pick<EngineRow, "variable" | "distribution" | "lower" | "median" | "upper"> {
  /** Short label with the unit, for charts (decisionSupport's `label`). */
  label: string;
  /** What the variable means (decisionSupport's `Description`). */
  description: string;
  unit: string;
  /** Where the default comes from. */
  source: string;
  /** Table section, for the editor. */
  group: EstimateGroup;
}

export const ESTIMATE_GROUPS = [
  "General",
  "Doing nothing (closure liability)",
  "Works",
  "Planting and care",
  "Products",
  "Carbon",
  "Risks",
  "Timing",
  "Species mix shares"
] as const;
export type EstimateGroup = (typeof ESTIMATE_GROUPS)[number];

// ---------------------------------------------------------------------------------------------------
// Inputs from the data and upstream pages (plain shapes; the page maps dataset rows onto them)

/** A yearly value of a World Bank series. */
export interface YearValue {
  year: number;
  value: number;
}

/** A country's economic series (World Bank WDI). */
export interface CountryEconomicsInput {
  iso3: string;
  name: string;
  /** Lending interest rate, nominal, % per year (FR.INR.LEND). */
  lendingRatePct: YearValue[];
  /** CPI inflation, % per year (FP.CPI.TOTL.ZG). */
  inflationPct: YearValue[];
  /** GDP per capita, current US$ (latest year), or null. */
  gdpPerCapitaUsd: YearValue | null;
}

/** One SDPT v2 removal-factor row (Mg C/ha/yr, above + below ground). */
export interface RemovalFactorInput {
  iso3: string;
  /** "Planted forest" or "Tree crops" (SDPT simpleType). */
  type: string;
  /** SDPT simpleName, e.g. "Wood fiber or timber", "Fruit", "Oil palm". */
  name: string;
  /** Scientific name when given, else null. */
  sciName: string | null;
  removalFactor: number;
  removalFactorSd: number | null;
  /** Mean annual increment, m³/ha/yr, when given. */
  maiMean: number | null;
}

/**
 * One Project Drawdown evidence table (included rows only), in its common unit: either the values, or
 * their quartiles (the restoration-costs dataset) with the number of sources.
 */
export interface DrawdownTable {
  /** Drawdown solution, e.g. "multistrataagroforestry". */
  solution: string;
  /** "net_profit" (netProfit), "first_cost", "operating_cost" or "sequestration". */
  measure: string;
  /** Common unit, e.g. "US$2014/ha/yr". */
  unit: string;
  values?: number[];
  quartiles?: { p25: number; median: number; p75: number; n: number };
}

/** Costs the site page derives from the site assessment (USD/ha, 90 % interval and planning value). */
export interface SiteCostInput {
  coverUsdHa: { lower: number; median: number; upper: number } | null;
  /** What `coverUsdHa` prices: a growth-medium respread or a full cover (null: no site figure). */
  coverKind?: "respread" | "cover" | null;
  amendmentsUsdHa: { lower: number; median: number; upper: number } | null;
  /** Growth on this spoil relative to ordinary land (0–1), when the site page estimates it. */
  spoilGrowthFactor?: { lower: number; upper: number } | null;
  source: string;
}

/** A nursery estimate row as src/lib/nursery.ts exports it. */
export type NurseryRowInput = NurseryEstimateRow;

/** One species of the planting mix with its use classes. */
export interface MixSpeciesInput {
  id: number;
  name: string;
  /** Share of planted stems (any scale; normalised). */
  share: number;
  uses: Partial<Record<UseClass, boolean>>;
}

export interface EstimateInputs {
  /** Investment horizon, years (scenario.investment.horizonYears). */
  horizonYears: number;
  planting: { densityPerHa: number; fieldSurvival: number; replacementRate: number };
  country: CountryEconomicsInput | null;
  /** US CPI inflation (World Bank, USA), to express Drawdown's US$2014 in current dollars. */
  usInflationPct: YearValue[] | null;
  /** SDPT rows of the site's country. */
  removalFactors: RemovalFactorInput[];
  drawdown: DrawdownTable[];
  site: SiteCostInput | null;
  nursery: NurseryRowInput[] | null;
  mix: MixSpeciesInput[];
}

// ---------------------------------------------------------------------------------------------------
// Pieces (exported for tests)

const ASSUME = "Assumption (team estimate; replace with local figures)";

/** Type-7 quantiles P05, P50, P95 of a list of values. */
export function range90(values: readonly number[]): { lower: number; median: number; upper: number } {
  const [lower, median, upper] = quantile7(Float64Array.from(values), [0.05, 0.5, 0.95]);
  return { lower, median, upper };
}

/**
 * The real discount rate's 90 % interval from a country's yearly real lending rates
 * r_y = (1 + i_y)/(1 + π_y) − 1 over the last (up to) 10 years that have both series, if the latest of
 * them is 2005 or later and there are at least 3: lower = max(1, P10), upper = min(25, max(lower + 2, P90)),
 * in % per year (P = type-7 quantile). Otherwise null.
 */
export function realDiscountRange(
  lending: readonly YearValue[],
  inflation: readonly YearValue[]
): { lower: number; upper: number; years: [number, number]; rates: YearValue[] } | null {
  const inflationByYear = new Map(inflation.filter((d) => Number.isFinite(d.value)).map((d) => [d.year, d.value]));
  const rates = lending
    .filter((d) => Number.isFinite(d.value) && inflationByYear.has(d.year) && inflationByYear.get(d.year)! > -100)
    .sort((a, b) => a.year - b.year)
    .map((d) => ({ year: d.year, value: realRatePct(d.value, inflationByYear.get(d.year)!) }))
    .slice(-10);
  if (rates.length < 3 || rates[rates.length - 1].year < 2005) return null;
  const [p10, p90] = quantile7(Float64Array.from(rates.map((r) => r.value)), [0.1, 0.9]);
  const lower = Math.min(23, Math.max(1, p10));
  const upper = Math.min(25, Math.max(lower + 2, p90));
  return { lower, upper, years: [rates[0].year, rates[rates.length - 1].year], rates };
}

/**
 * Price level of the latest year relative to `baseYear`, from yearly US CPI inflation (%):
 * Π over years after baseYear of (1 + π/100). Returns null when a year is missing.
 */
export function priceIndexSince(baseYear: number, inflation: readonly YearValue[]): { factor: number; toYear: number } | null {
  const byYear = new Map(inflation.map((d) => [d.year, d.value]));
  const years = [...byYear.keys()].filter((y) => y > baseYear).sort((a, b) => a - b);
  if (!years.length) return null;
  let factor = 1;
  for (let y = baseYear + 1; y <= years[years.length - 1]; y++) {
    const value = byYear.get(y);
    if (value === undefined || !Number.isFinite(value)) return null;
    factor *= 1 + value / 100;
  }
  return { factor, toYear: years[years.length - 1] };
}

/** Use classes that count as each product. */
export const PRODUCT_USES: Record<Product, UseClass[]> = {
  timber: ["timber"],
  fuelwood: ["fuelwood", "charcoal"],
  fruit: ["fruit"],
  fodder: ["fodder"],
  honey: ["honey"],
  oil: ["oil", "bioenergy"]
};

/** The products that define each planted option: without them in the mix, the option uses its template. */
export const OPTION_MAIN_PRODUCTS: Record<OptionId, Product[]> = {
  natural: [],
  plantation: ["timber"],
  agroforestry: ["fruit", "fodder"],
  bioenergy: ["oil"]
};

/** Shares of stems yielding each product when the option does not use the mix (assumptions, see docs). */
export const OPTION_TEMPLATES: Record<OptionId, Partial<Record<Product, number>>> = {
  natural: { fuelwood: 0.3, honey: 0.2 },
  plantation: { timber: 0.8, fuelwood: 0.2 },
  agroforestry: { fruit: 0.35, fodder: 0.2, honey: 0.1, fuelwood: 0.15, timber: 0.2 },
  bioenergy: { oil: 0.9, fuelwood: 0.1 }
};

export interface OptionShares {
  shares: Partial<Record<Product, number>>;
  /** "mix" when computed from the species mix, "template" otherwise. */
  from: "mix" | "template";
  /** Why the template is used, or null. */
  reason: string | null;
}

/**
 * Share of planted stems yielding each of the option's products. Each species' share of stems is split
 * equally among the option's products it yields (a stem is harvested for one product at a time); species
 * with none of them (e.g. nurse trees) yield nothing. Natural regeneration does not use the planted mix;
 * a planted option whose main product no species in the mix yields uses its template.
 */
export function optionShares(option: OptionId, mix: readonly MixSpeciesInput[]): OptionShares {
  const template = { shares: OPTION_TEMPLATES[option], from: "template" as const };
  if (option === "natural") return { ...template, reason: "natural regeneration does not use the planted mix" };
  const total = mix.reduce((s, m) => s + (m.share > 0 ? m.share : 0), 0);
  if (!(total > 0)) return { ...template, reason: "no species mix chosen yet" };
  const shares: Partial<Record<Product, number>> = {};
  for (const species of mix) {
    if (!(species.share > 0)) continue;
    const yields = OPTION_PRODUCTS[option].filter((p) => PRODUCT_USES[p].some((u) => species.uses[u]));
    for (const p of yields) shares[p] = (shares[p] ?? 0) + species.share / total / yields.length;
  }
  if (!OPTION_MAIN_PRODUCTS[option].some((p) => (shares[p] ?? 0) > 0)) {
    return { ...template, reason: `no species in the mix yields ${OPTION_MAIN_PRODUCTS[option].join(" or ")}` };
  }
  return { shares, from: "mix", reason: null };
}

/**
 * A removal factor's 90 % interval from SDPT rows: one row → rf ± 1.645·sd; several → the median rf with
 * sd = √(mean sd² + variance of the rf values). Lower bound floored at 10 % of the centre (posnorm needs > 0).
 */
export function removalFactorRange(rows: readonly RemovalFactorInput[]): { lower: number; centre: number; upper: number } | null {
  const usable = rows.filter((r) => Number.isFinite(r.removalFactor) && r.removalFactor > 0);
  if (!usable.length) return null;
  const values = usable.map((r) => r.removalFactor);
  const centre = quantile7(Float64Array.from(values), [0.5])[0];
  const sds = usable.map((r) =>
    r.removalFactorSd !== null && Number.isFinite(r.removalFactorSd) ? r.removalFactorSd : r.removalFactor * 0.3
  );
  const meanVar = sds.reduce((s, d) => s + d * d, 0) / sds.length;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const spread = values.length > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1) : 0;
  const sd = Math.sqrt(meanVar + spread);
  const z = 1.6448536269514722;
  return { lower: Math.max(centre * 0.1, centre - z * sd), centre, upper: centre + z * sd };
}

/**
 * SDPT rows for an option: planted forests (timber/fibre) for the plantation, tree crops for agroforestry
 * (fruit, else any tree crop) and for oil trees (oil palm, else any tree crop). Rows of species in the mix
 * (genus match) are preferred.
 */
export function removalRowsFor(
  kind: "forest" | "agroforestry" | "oil",
  rows: readonly RemovalFactorInput[],
  mixGenera: ReadonlySet<string>
): RemovalFactorInput[] {
  const byType = rows.filter((r) => (kind === "forest" ? r.type === "Planted forest" : r.type === "Tree crops"));
  const preferName = kind === "agroforestry" ? /fruit/i : kind === "oil" ? /oil palm/i : /wood fiber|timber/i;
  const genusMatch = byType.filter((r) => r.sciName && mixGenera.has(r.sciName.split(/\s+/)[0].toLowerCase()));
  if (genusMatch.length) return genusMatch;
  const named = byType.filter((r) => preferName.test(r.name));
  return named.length ? named : byType;
}

/** The site page's amendment quantities (src/lib/site.ts Amendments) and soil constraints, as used here. */
export interface SiteAmendmentsInput {
  lime: { caco3TPerHa: number } | null;
  compost: { compostTPerHa: number } | null;
  /** Whether lime and compost are required, not needed, or could not be judged (site.ts AmendmentStatus). */
  limeStatus?: "required" | "not needed" | "unknown";
  compostStatus?: "required" | "not needed" | "unknown";
  /**
   * The soil layer over the spoil (site.ts Amendments.cover): a growth-medium respread, costed over its
   * depth range, or a full cover at its design depth. Without `kind` it is taken as a full cover.
   */
  cover: { volumeM3PerHa: number; depthM: number; kind?: "respread" | "cover"; depthRangeM?: { lower: number; upper: number } } | null;
  /** Constraints that call for a full cover rather than planting into amended spoil. */
  coverReasons: string[];
  /** Severities of the soil constraints found. */
  severities: string[];
}

/**
 * Unit costs turning the site's quantities into money: 90 % ranges (lower, upper), USD of about 2020,
 * delivered and placed. Sources and reasoning: docs/investment-model.md, "Site works: unit costs".
 */
export const AMENDMENT_UNIT_COSTS = {
  /**
   * Liming material delivered and spread, USD per t (CaCO₃ equivalent at neutralising value 0.9): small-scale
   * aglime in Zambia costs 25–30 USD/t to produce (FarmLime, BGS 2005) before transport, which dominates;
   * bulk aglime 20–50 USD/t plus 15–30 delivery and 20–100 spreading in US budgets. Assumption within these.
   */
  limeUsdPerT: [40, 120],
  /**
   * Compost delivered and incorporated, USD per t dry matter: US bulk compost sells at 30–70 USD/t as is
   * (about half dry matter) before delivery; on-site composting of local organic wastes costs less.
   * Assumption within these.
   */
  compostUsdPerT: [20, 100],
  /**
   * Growth medium (topsoil) loaded from stockpile, hauled a short distance and spread, USD/m³: Colorado DRMS
   * reclamation bond estimates 0.75–1.50 USD/yd³ (1.0–2.0 USD/m³; e.g. 6 inches of growth medium at
   * 1.50 USD/yd³, 2020) for contractor direct costs; upper end widened for remote sites and longer hauls.
   */
  respreadUsdPerM3: [1, 3],
  /**
   * Full cover: borrow soil excavated, loaded, hauled 1–5 km and placed in lifts with compaction control,
   * USD/m³: scraper or truck fleets at 130–175 USD/h moving 50–80 m³/h (contractor rates of the San Luis
   * mine reclamation estimate, Colorado 2006) give 2–3 USD/m³ on short hauls; longer truck hauls and
   * quality control raise it. Assumption: 2–6.
   */
  coverUsdPerM3: [2, 6]
} as const;

/**
 * The 90 % interval of a product of two independent lognormal factors, each given by its 90 % interval:
 * median = √(l₁u₁) · √(l₂u₂), and since σᵢ = ln(uᵢ/lᵢ) / (2z), the product's interval is
 * median · exp(∓ ½ √(ln²(u₁/l₁) + ln²(u₂/l₂))) (z cancels). Throws on non-positive or reversed bounds.
 */
export function lognormalProduct90(
  a: readonly [number, number],
  b: readonly [number, number]
): { lower: number; median: number; upper: number } {
  for (const [lo, hi] of [a, b])
    if (!(lo > 0) || !(hi >= lo)) throw new RangeError(`lognormalProduct90: bounds must satisfy 0 < lower ≤ upper (got ${lo}, ${hi}).`);
  const median = Math.sqrt(a[0] * a[1]) * Math.sqrt(b[0] * b[1]);
  const half = 0.5 * Math.hypot(Math.log(a[1] / a[0]), Math.log(b[1] / b[0]));
  return { lower: median * Math.exp(-half), median, upper: median * Math.exp(half) };
}

/**
 * Cost estimates from the site assessment (90 % intervals, USD/ha; median = the planning value):
 * - growth-medium respread: volume over the depth range (0.1–0.3 m by default) × 1–3 USD/m³, combined as a
 *   product of lognormal factors (lognormalProduct90);
 * - full cover: its volume × 2–6 USD/m³ (median at the geometric mean);
 * - amendments: lime/0.9 × 40–120 USD/t + compost × 20–100 USD/t (lower = sum of lowers, upper = sum of
 *   uppers, median = sum of geometric means); null (the table's assumption) when lime or compost could not
 *   be judged for lack of data, 0 when neither is needed;
 * - growth on spoil 0.5–0.9 of ordinary land with no severe constraint, 0.4–0.8 with one, 0.3–0.7 with two
 *   or more (assumption).
 */
export function siteCosts(a: SiteAmendmentsInput, source: string): SiteCostInput {
  const u = AMENDMENT_UNIT_COSTS;
  const geo = (r: readonly [number, number]) => Math.sqrt(r[0] * r[1]);
  let cover: SiteCostInput["coverUsdHa"] = null;
  if (a.cover && a.cover.kind === "respread") {
    const range = a.cover.depthRangeM ?? { lower: a.cover.depthM, upper: a.cover.depthM };
    cover = lognormalProduct90([range.lower * 10_000, range.upper * 10_000], u.respreadUsdPerM3);
  } else if (a.cover) {
    const v = a.cover.volumeM3PerHa;
    cover = { lower: v * u.coverUsdPerM3[0], median: v * geo(u.coverUsdPerM3), upper: v * u.coverUsdPerM3[1] };
  }
  const unknownAmendment = a.limeStatus === "unknown" || a.compostStatus === "unknown";
  const lime = a.lime ? a.lime.caco3TPerHa / 0.9 : 0;
  const compost = a.compost ? a.compost.compostTPerHa : 0;
  const amendments = unknownAmendment
    ? null
    : {
        lower: lime * u.limeUsdPerT[0] + compost * u.compostUsdPerT[0],
        median: lime * geo(u.limeUsdPerT) + compost * geo(u.compostUsdPerT),
        upper: lime * u.limeUsdPerT[1] + compost * u.compostUsdPerT[1]
      };
  const severe = a.severities.filter((s) => s === "severe").length;
  const spoilGrowthFactor =
    severe === 0 ? { lower: 0.5, upper: 0.9 } : severe === 1 ? { lower: 0.4, upper: 0.8 } : { lower: 0.3, upper: 0.7 };
  return {
    coverUsdHa: cover,
    coverKind: a.cover?.kind ?? (a.cover ? "cover" : null),
    amendmentsUsdHa: amendments,
    spoilGrowthFactor,
    source
  };
}

// ---------------------------------------------------------------------------------------------------
// The table

function row(
  group: EstimateGroup,
  variable: string,
  distribution: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string,
  median: number | null = null
): EstimateRow {
  return { variable, distribution, lower, median, upper, label, description, unit, source, group };
}

const constant = (
  group: EstimateGroup,
  variable: string,
  value: number,
  unit: string,
  label: string,
  description: string,
  source: string
) => row(group, variable, "const", value, value, unit, label, description, source);

/** Rounds to 3 significant digits for display-friendly defaults (values from data keep their order). */
export function round3(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const digits = 2 - Math.floor(Math.log10(Math.abs(x)));
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}

/** A positive interval as lnorm (skewed literature ranges) or posnorm. */
function positive(
  group: EstimateGroup,
  variable: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string,
  distribution: "posnorm" | "lnorm" = "posnorm"
): EstimateRow {
  const lo = round3(lower);
  const hi = round3(upper);
  if (!(lo > 0) || !(hi > lo)) return constant(group, variable, round3(Math.max(lower, upper, 0)), unit, label, description, source);
  return row(group, variable, distribution, lo, hi, unit, label, description, source);
}

/** A share in (0, 1) as tnorm_0_1. */
function share01(
  group: EstimateGroup,
  variable: string,
  lower: number,
  upper: number,
  unit: string,
  label: string,
  description: string,
  source: string
): EstimateRow {
  return row(group, variable, "tnorm_0_1", lower, upper, unit, label, description, source);
}

/**
 * A lognormal 90 % interval through the quartiles of positive values: centre √(P25·P75),
 * σ = ln(P75/P25) / (2 × 0.67449), interval centre × e^(∓1.64485 σ).
 */
export function lognormal90FromQuartiles(p25: number, p75: number): { lower: number; upper: number } | null {
  if (!(p25 > 0) || !(p75 > p25)) return null;
  const centre = Math.sqrt(p25 * p75);
  const sigma = Math.log(p75 / p25) / (2 * 0.6744897501960817);
  return { lower: centre * Math.exp(-1.6448536269514722 * sigma), upper: centre * Math.exp(1.6448536269514722 * sigma) };
}

function drawdownRange(
  inputs: EstimateInputs,
  solution: string,
  measure: string
): { lower: number; upper: number; n: number; unit: string; factor: number; toYear: number | null; how: string } | null {
  const table = inputs.drawdown.find((t) => t.solution === solution && t.measure === measure);
  if (!table) return null;
  let interval: { lower: number; upper: number } | null = null;
  let n = 0;
  let how = "";
  if (table.values) {
    const values = table.values.filter((v) => Number.isFinite(v) && v > 0);
    if (values.length >= 3) {
      interval = range90(values);
      n = values.length;
      how = "P05–P95";
    }
  } else if (table.quartiles && table.quartiles.n >= 3) {
    interval = lognormal90FromQuartiles(table.quartiles.p25, table.quartiles.p75);
    n = table.quartiles.n;
    how = "lognormal 90 % interval through the quartiles";
  }
  if (!interval) return null;
  const index = /2014/.test(table.unit) && inputs.usInflationPct ? priceIndexSince(2014, inputs.usInflationPct) : null;
  const factor = index?.factor ?? 1;
  return {
    lower: interval.lower * factor,
    upper: interval.upper * factor,
    n,
    unit: table.unit,
    factor,
    toYear: index?.toYear ?? null,
    how
  };
}

function drawdownSource(solution: string, measure: string, d: NonNullable<ReturnType<typeof drawdownRange>>): string {
  const dollars = d.toYear
    ? `US$2014 × ${d.factor.toFixed(3)} (US CPI, World Bank) = US$${d.toYear}`
    : "US$2014 (not inflated: US CPI missing)";
  return `Project Drawdown ${solution} ${measure.replace("_", " ")}, ${d.how} of ${d.n} included literature values, ${dollars}; CC BY-NC-SA 4.0`;
}

/** Product timing: year of 10 % and of 90 % of the mature yield (Gompertz curve points), assumptions. */
export const PRODUCT_TIMING: Record<Product, { first: number; full: number; note: string }> = {
  timber: { first: 8, full: 18, note: "sawlog thinnings and rotation harvests of fast-growing stands from about year 8" },
  fuelwood: { first: 3, full: 8, note: "prunings and coppice from year 3" },
  fruit: { first: 4, full: 10, note: "grafted fruit trees bear from year 3–5" },
  fodder: { first: 2, full: 5, note: "browse and leaf fodder of shrubs and legume trees from year 2" },
  honey: { first: 3, full: 6, note: "bee forage once trees flower" },
  oil: { first: 3, full: 7, note: "Jatropha/Pongamia-type oil trees bear from year 2–4, full yield around year 5–8" }
};

/** What the table was built from: notes for the page (plain text). */
export interface EstimateNotes {
  notes: string[];
  shares: Record<OptionId, OptionShares>;
}

/**
 * The default estimate table for the restoration model, and notes on what was filled from where.
 * @throws RangeError when the horizon is not 5–60 years
 */
export function defaultEstimates(inputs: EstimateInputs): { rows: EstimateRow[]; notes: EstimateNotes } {
  const H = inputs.horizonYears;
  if (!Number.isInteger(H) || H < 5 || H > 60) throw new RangeError(`horizon: ${H} years is outside 5–60`);
  const notes: string[] = [];
  const rows: EstimateRow[] = [];
  const country = inputs.country;
  const countryName = country?.name ?? "the site's country";

  // General ------------------------------------------------------------------------------------------
  rows.push(
    constant("General", "n_years", H, "years", "Time horizon (years)", "Years covered by the comparison", "Scenario: investment horizon")
  );
  rows.push(
    constant(
      "General",
      "var_CV",
      10,
      "%",
      "Year-to-year variation (%)",
      "Coefficient of variation of yearly prices, yields, carbon price and upkeep",
      `${ASSUME}: 10 % as in decisionSupport's examples`
    )
  );
  const discount = country ? realDiscountRange(country.lendingRatePct, country.inflationPct) : null;
  if (discount) {
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        round3(discount.lower),
        round3(discount.upper),
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) discount rate of the investor",
        `World Bank WDI: ${countryName} lending rate (FR.INR.LEND) and CPI inflation, real rate (1+i)/(1+π)−1 for ${discount.years[0]}–${discount.years[1]}: P10–P90, floored at 1 %`
      )
    );
  } else {
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        3,
        10,
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) discount rate of the investor",
        `${ASSUME}: no recent lending-rate and inflation data for ${countryName}`
      )
    );
    notes.push(`No recent World Bank lending rate and inflation for ${countryName}: the discount rate is an assumption (3–10 %).`);
  }
  const gdp = country?.gdpPerCapitaUsd;
  if (gdp && gdp.value > 0) {
    const perDay = gdp.value / 250;
    rows.push(
      positive(
        "General",
        "wage_usd_day",
        perDay * 0.5,
        perDay * 1.5,
        "USD/person-day",
        "Daily wage (USD/person-day)",
        "Wage of a day of field work incl. on-costs",
        `World Bank WDI: ${countryName} GDP per capita ${Math.round(gdp.value)} US$ (${gdp.year}) / 250 working days, ×0.5–×1.5 (assumption)`
      )
    );
  } else {
    rows.push(
      positive(
        "General",
        "wage_usd_day",
        3,
        12,
        "USD/person-day",
        "Daily wage (USD/person-day)",
        "Wage of a day of field work incl. on-costs",
        `${ASSUME}: no GDP per capita for ${countryName}`
      )
    );
  }
  const spoil = inputs.site?.spoilGrowthFactor;
  rows.push(
    spoil
      ? share01(
          "General",
          "spoil_growth_factor",
          spoil.lower,
          spoil.upper,
          "fraction",
          "Growth on spoil vs ordinary land",
          "Tree growth and yields on the reclaimed spoil relative to ordinary land",
          inputs.site!.source
        )
      : share01(
          "General",
          "spoil_growth_factor",
          0.4,
          0.85,
          "fraction",
          "Growth on spoil vs ordinary land",
          "Tree growth and yields on the reclaimed spoil relative to ordinary land (literature rates are for ordinary land)",
          `${ASSUME}: mine soils are shallow, compacted and poor`
        )
  );

  // Works ---------------------------------------------------------------------------------------------
  const works: EstimateRow[] = [];
  works.push(
    positive(
      "Works",
      "earthworks_usd_ha",
      1000,
      8000,
      "USD/ha",
      "Earthworks and regrading (USD/ha)",
      "Reshaping dumps and pit edges to stable slopes, drainage",
      `${ASSUME}: dozer work on 2,000–5,000 m³/ha at 0.5–1.6 USD/m³`
    )
  );
  const cover = inputs.site?.coverUsdHa;
  const coverWhat =
    inputs.site?.coverKind === "respread"
      ? "Respreading topsoil (growth medium) over spoil that is plantable after amendment"
      : inputs.site?.coverKind === "cover"
        ? "A full soil cover over spoil that must not be planted into (acid-forming, metal-rich, saline, or holding no water)"
        : "Placing topsoil or a growth-medium cover";
  works.push(
    cover
      ? positive(
          "Works",
          "cover_usd_ha",
          cover.lower,
          cover.upper,
          "USD/ha",
          "Topsoil / cover (USD/ha)",
          coverWhat,
          inputs.site!.source,
          "lnorm"
        )
      : positive(
          "Works",
          "cover_usd_ha",
          1400,
          6500,
          "USD/ha",
          "Topsoil / cover (USD/ha)",
          coverWhat,
          `${ASSUME}: topsoil respread 0.1–0.3 m at 1–3 USD/m³ (lognormal product; docs/investment-model.md); a full cover costs far more`,
          "lnorm"
        )
  );
  const amendments = inputs.site?.amendmentsUsdHa;
  works.push(
    amendments
      ? positive(
          "Works",
          "amendments_usd_ha",
          amendments.lower,
          amendments.upper,
          "USD/ha",
          "Soil amendments (USD/ha)",
          "Lime, compost, fertiliser as the site assessment requires",
          inputs.site!.source
        )
      : positive(
          "Works",
          "amendments_usd_ha",
          100,
          1200,
          "USD/ha",
          "Soil amendments (USD/ha)",
          "Lime, compost, fertiliser as the site assessment requires",
          `${ASSUME}: no site assessment yet`
        )
  );
  works.push(
    positive(
      "Works",
      "fencing_usd_ha",
      150,
      700,
      "USD/ha",
      "Fencing (USD/ha)",
      "Fence against livestock, per ha of the site",
      `${ASSUME}: 2–5 USD/m of fence, perimeter of a 10–100 ha block`
    )
  );
  works.push(
    share01(
      "Works",
      "minimal_works_share",
      0.25,
      0.6,
      "fraction",
      "Natural regeneration: share of works",
      "Share of earthworks, cover and amendments that natural regeneration still needs (safety and drainage)",
      ASSUME
    )
  );
  rows.push(...works);

  // Planting and care ----------------------------------------------------------------------------------
  const { densityPerHa, fieldSurvival, replacementRate } = inputs.planting;
  const nursery = new Map((inputs.nursery ?? []).map((r) => [r.variable, r]));
  const fromNursery = (variable: string) => nursery.get(variable);
  const stock = fromNursery("planting_stock_cost_per_ha");
  const seedlings = fromNursery("seedlings_per_ha");
  if (stock && stock.upper > stock.lower) {
    rows.push(
      row(
        "Planting and care",
        "planting_stock_usd_ha",
        "lnorm",
        round3(stock.lower),
        round3(stock.upper),
        "USD/ha",
        "Planting stock (USD/ha)",
        "Seedlings from the nursery incl. replacements",
        stock.source,
        round3(stock.median)
      )
    );
  } else {
    const count = densityPerHa * (1 + replacementRate);
    rows.push(
      positive(
        "Planting and care",
        "planting_stock_usd_ha",
        count * 0.15,
        count * 0.6,
        "USD/ha",
        "Planting stock (USD/ha)",
        "Seedlings from the nursery incl. replacements",
        `${ASSUME}: 0.15–0.6 USD per seedling × ${Math.round(count)} seedlings/ha (plan the nursery for a costed figure)`,
        "lnorm"
      )
    );
    notes.push("Planting stock cost is an assumption until the nursery is planned (choose a species mix).");
  }
  const seedlingCount = seedlings ? seedlings.median : densityPerHa * (1 + replacementRate);
  rows.push(
    constant(
      "Planting and care",
      "seedlings_per_ha",
      round3(seedlingCount),
      "seedlings/ha",
      "Seedlings planted per ha",
      "Seedlings planted per ha incl. the replacement planting",
      seedlings ? seedlings.source : "Scenario: density × (1 + replacement rate)"
    )
  );
  const survival = fromNursery("field_survival");
  if (survival && survival.distribution === "tnorm_0_1") {
    rows.push(
      share01(
        "Planting and care",
        "field_survival",
        survival.lower,
        survival.upper,
        "fraction",
        "Field survival",
        "Share of planted seedlings that survive establishment",
        survival.source
      )
    );
  } else {
    const lo = Math.max(0.05, fieldSurvival - 0.1);
    const hi = Math.min(0.98, fieldSurvival + 0.1);
    rows.push(
      share01(
        "Planting and care",
        "field_survival",
        round3(lo),
        round3(hi),
        "fraction",
        "Field survival",
        "Share of planted seedlings that survive establishment",
        "Scenario planting plan ± 0.1 (assumption)"
      )
    );
  }
  rows.push(
    constant(
      "Planting and care",
      "replacement_rate",
      replacementRate,
      "fraction",
      "Replacement planting",
      "Replacement (beating-up) planting as a fraction of the initial planting",
      "Scenario planting plan"
    )
  );
  // Work rates divide into labour (days = quantity ÷ rate): lognormal, because a posnorm draw can come
  // arbitrarily close to 0 and make one run's labour bill explode (a 0.07 kg/day picking rate cost
  // 1.1 M USD/ha in one Korba run and tripled the bioenergy NPV's sd).
  rows.push(
    positive(
      "Planting and care",
      "planting_rate",
      100,
      250,
      "seedlings/person-day",
      "Planting rate (seedlings/person-day)",
      "Pitting and planting on compacted spoil",
      `${ASSUME}: manual pitting on hard ground`,
      "lnorm"
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "care_days_ha",
      8,
      30,
      "person-days/ha/yr",
      "Establishment care (person-days/ha/yr)",
      "Weeding, watering, mulching, firebreaks in years 1–3",
      ASSUME
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "management_days_ha",
      1,
      5,
      "person-days/ha/yr",
      "Management and patrols (person-days/ha/yr)",
      "Supervision, patrols, fence and firebreak upkeep, every year",
      ASSUME
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "monitoring_usd_ha",
      5,
      40,
      "USD/ha/yr",
      "Monitoring (USD/ha/yr)",
      "Vegetation and soil monitoring until completion",
      ASSUME
    )
  );
  rows.push(
    share01(
      "Planting and care",
      "natural_growth_factor",
      0.2,
      0.6,
      "fraction",
      "Natural regeneration: growth vs plantation",
      "Growth, yields and carbon uptake of natural regrowth relative to a plantation",
      ASSUME
    )
  );
  rows.push(
    share01(
      "Planting and care",
      "p_regen_success",
      0.2,
      0.7,
      "probability",
      "Natural regeneration meets criteria",
      "Chance that natural regrowth meets the completion criteria",
      `${ASSUME}: seed sources are often far from mine sites`
    )
  );

  // Doing nothing -------------------------------------------------------------------------------------
  const D = "Doing nothing (closure liability)";
  rows.push(
    positive(
      D,
      "liability_upkeep_usd_ha",
      40,
      300,
      "USD/ha/yr",
      "Upkeep of the unreclaimed site (USD/ha/yr)",
      "Erosion and sediment control, dust suppression, drainage and security of an unreclaimed site",
      ASSUME
    )
  );
  rows.push(
    share01(
      D,
      "p_penalty",
      0.03,
      0.2,
      "probability/yr",
      "Environmental penalty chance (per yr)",
      "Chance of an environmental incident with a fine or order in a year",
      ASSUME
    )
  );
  rows.push(
    positive(
      D,
      "penalty_usd_ha",
      100,
      1500,
      "USD/ha",
      "Penalty per incident (USD/ha)",
      "Fine and clean-up cost of an incident, per ha",
      ASSUME
    )
  );
  // The bond is the regulator's estimate of the third-party cost of the closure works, i.e. the direct
  // works (earthworks, cover, amendments) plus indirect costs: the model multiplies the run's works by
  // this ratio, so the bond follows the works instead of being drawn independently of them.
  rows.push(
    positive(
      D,
      "bond_ratio",
      1.1,
      1.5,
      "× direct works",
      "Closure bond ÷ direct works",
      "Financial assurance as a multiple of the direct closure works (earthworks + cover + amendments), held until completion; 0 where no bond is required",
      "Bonds are sized to the regulator's estimate of the third-party cost of the closure plan (30 CFR 800.14(b); NAC 519A.360; Queensland ERC; Zambia EPF on the audited liability): direct works plus indirect costs (Colorado DRMS adds 19.5–28 % of direct costs; mobilisation, revegetation). Range: assumption within these; set yours to your bond ÷ your works estimate"
    )
  );
  rows.push(positive(D, "bond_fee_pct", 0.5, 3, "%/yr", "Bond fee (%/yr)", "Yearly premium of the bank guarantee or surety", ASSUME));
  rows.push(
    share01(
      D,
      "residual_liability_share",
      0.1,
      0.4,
      "fraction",
      "Residual upkeep after works",
      "Share of upkeep and penalties that remains after the works until completion",
      ASSUME
    )
  );
  rows.push(
    constant(
      D,
      "release_year",
      Math.min(10, H),
      "year",
      "Completion and bond release (year)",
      "Year in which completion criteria are assessed and the bond released",
      `${ASSUME}: 5–10 years of monitoring after planting`
    )
  );
  rows.push(
    constant(
      D,
      "natural_release_delay",
      5,
      "years",
      "Natural regeneration: later completion (years)",
      "Extra years natural regrowth needs to meet the criteria",
      ASSUME
    )
  );
  rows.push(
    constant(
      D,
      "completion_stocking",
      0.7,
      "fraction",
      "Completion criterion: stocking",
      "Surviving stems as a share of the target density needed for completion",
      `${ASSUME}: typical stocking criterion`
    )
  );

  // Products ------------------------------------------------------------------------------------------
  const P = "Products";
  const mixGenera = new Set(inputs.mix.map((m) => m.name.split(/\s+/)[0].toLowerCase()));
  const forestRows = removalRowsFor("forest", inputs.removalFactors, mixGenera);
  const mai = forestRows.map((r) => r.maiMean).filter((v): v is number => v !== null && v > 0);
  const forestRf = removalFactorRange(forestRows);
  if (mai.length) {
    const m = range90(mai);
    const centre = m.median;
    rows.push(
      positive(
        P,
        "wood_mai_m3_ha",
        Math.min(m.lower, centre * 0.6),
        Math.max(m.upper, centre * 1.4),
        "m³/ha/yr",
        "Wood increment (m³/ha/yr)",
        "Mean annual increment of a fully stocked stand on ordinary land",
        `SDPT v2 (WRI) MAI of planted forests in ${countryName}, ${mai.length} row(s), ±40 % at least`
      )
    );
  } else if (forestRf) {
    // MAI = RF / (wood density × BEF × (1 + root:shoot) × carbon fraction) with IPCC 2006 tropical defaults.
    const perM3 = 0.5 * 1.3 * 1.25 * 0.47;
    rows.push(
      positive(
        P,
        "wood_mai_m3_ha",
        forestRf.lower / perM3,
        forestRf.upper / perM3,
        "m³/ha/yr",
        "Wood increment (m³/ha/yr)",
        "Mean annual increment of a fully stocked stand on ordinary land",
        `From the SDPT v2 removal factor of ${countryName} ÷ ${perM3.toFixed(3)} Mg C/m³ (wood density 0.5, BEF 1.3, root:shoot 0.25, C fraction 0.47: IPCC 2006 defaults)`
      )
    );
  } else {
    rows.push(
      positive(
        P,
        "wood_mai_m3_ha",
        4,
        20,
        "m³/ha/yr",
        "Wood increment (m³/ha/yr)",
        "Mean annual increment of a fully stocked stand on ordinary land",
        `${ASSUME}: no SDPT rows for ${countryName}`
      )
    );
  }
  rows.push(
    positive(
      P,
      "timber_net_usd_m3",
      5,
      35,
      "USD/m³",
      "Timber value net of harvest (USD/m³)",
      "Stumpage: sawlog price minus felling, extraction and haulage",
      ASSUME
    )
  );
  rows.push(
    positive(
      P,
      "fuelwood_net_usd_m3",
      2,
      12,
      "USD/m³",
      "Fuelwood value net of harvest (USD/m³)",
      "Fuelwood and charcoal wood at roadside minus cutting costs",
      ASSUME
    )
  );
  const fruit = drawdownRange(inputs, "multistrataagroforestry", "net_profit");
  rows.push(
    fruit
      ? positive(
          P,
          "fruit_net_usd_ha",
          fruit.lower,
          fruit.upper,
          "USD/ha/yr",
          "Fruit net income at maturity (USD/ha/yr)",
          "Net income of a fully stocked fruit-tree stand on ordinary land, after its operating costs",
          drawdownSource("multistrataagroforestry", "net_profit", fruit),
          "lnorm"
        )
      : positive(
          P,
          "fruit_net_usd_ha",
          100,
          2000,
          "USD/ha/yr",
          "Fruit net income at maturity (USD/ha/yr)",
          "Net income of a fully stocked fruit-tree stand on ordinary land, after its operating costs",
          ASSUME,
          "lnorm"
        )
  );
  const fodder = drawdownRange(inputs, "silvopasture", "net_profit");
  rows.push(
    fodder
      ? positive(
          P,
          "fodder_net_usd_ha",
          fodder.lower,
          fodder.upper,
          "USD/ha/yr",
          "Fodder net income at maturity (USD/ha/yr)",
          "Net income from fodder and livestock on a fully stocked silvopastoral stand",
          drawdownSource("silvopasture", "net_profit", fodder),
          "lnorm"
        )
      : positive(
          P,
          "fodder_net_usd_ha",
          50,
          1000,
          "USD/ha/yr",
          "Fodder net income at maturity (USD/ha/yr)",
          "Net income from fodder and livestock on a fully stocked silvopastoral stand",
          ASSUME,
          "lnorm"
        )
  );
  rows.push(
    positive(
      P,
      "honey_net_usd_ha",
      10,
      80,
      "USD/ha/yr",
      "Honey net income at maturity (USD/ha/yr)",
      "Hives on bee forage, net of hive costs",
      `${ASSUME}: 1–3 hives/ha × 5–15 kg × 2–4 USD/kg, net`
    )
  );
  rows.push(
    positive(
      P,
      "oil_seed_t_ha",
      0.3,
      2,
      "t/ha/yr",
      "Oil-seed yield at maturity (t/ha/yr)",
      "Seed yield of mature Jatropha/Pongamia/Croton-type trees on marginal land",
      `${ASSUME}: marginal-land yields far below plantation claims`
    )
  );
  rows.push(positive(P, "oil_seed_usd_t", 100, 300, "USD/t", "Oil-seed price (USD/t)", "Farm-gate price of oil seed", ASSUME));
  rows.push(
    positive(
      P,
      "oil_harvest_kg_day",
      20,
      60,
      "kg/person-day",
      "Seed picking (kg/person-day)",
      "Seed picked and dehulled per person-day",
      ASSUME,
      "lnorm"
    )
  );
  rows.push(
    constant(
      P,
      "es_value_usd_ha",
      0,
      "USD/ha/yr",
      "Ecosystem services (USD/ha/yr)",
      "Optional value of ecosystem services at maturity (water regulation, erosion control, biodiversity); 0 = not counted",
      "Off by default: enter a range to count it"
    )
  );

  // Carbon --------------------------------------------------------------------------------------------
  const C = "Carbon";
  const rfSource = (rowsUsed: RemovalFactorInput[]) =>
    `SDPT v2 (WRI, draft 2023) removal factors for ${countryName}: ${rowsUsed.length} row(s) (${[...new Set(rowsUsed.map((r) => r.sciName ?? r.name))].slice(0, 3).join(", ")}), ±1.645 SD`;
  const rfRow = (
    variable: string,
    kind: "forest" | "agroforestry" | "oil",
    label: string,
    description: string,
    fallback: [number, number]
  ) => {
    const used = removalRowsFor(kind, inputs.removalFactors, mixGenera);
    const r = removalFactorRange(used);
    if (r) return positive(C, variable, r.lower, r.upper, "Mg C/ha/yr", label, description, rfSource(used));
    notes.push(`No SDPT removal factor for ${countryName} (${kind}): an assumption is used.`);
    return positive(C, variable, fallback[0], fallback[1], "Mg C/ha/yr", label, description, `${ASSUME}: no SDPT rows for ${countryName}`);
  };
  rows.push(
    rfRow(
      "rf_plantation",
      "forest",
      "Removal factor, plantation (Mg C/ha/yr)",
      "Carbon removal (above + below ground) of planted forest on ordinary land; natural regrowth uses a fraction",
      [2, 8]
    )
  );
  rows.push(
    rfRow(
      "rf_agroforestry",
      "agroforestry",
      "Removal factor, agroforestry (Mg C/ha/yr)",
      "Carbon removal of tree crops / multistrata systems on ordinary land",
      [1.5, 5]
    )
  );
  rows.push(
    rfRow("rf_bioenergy", "oil", "Removal factor, oil trees (Mg C/ha/yr)", "Carbon removal of oil-tree crops on ordinary land", [1, 4])
  );
  rows.push(
    constant(
      C,
      "carbon_accrual_years",
      20,
      "years",
      "Years to long-term carbon stock",
      "Years over which the stand accumulates its long-term (creditable) carbon stock",
      `${ASSUME}: long-term average stock reached in about 20 years`
    )
  );
  rows.push(
    row(
      C,
      "carbon_price_usd_t",
      "unif",
      5,
      30,
      "USD/t CO2",
      "Carbon price (USD/t CO2)",
      "Price received per verified tonne of CO2 removed",
      `${ASSUME}: voluntary-market range for removal credits; get a buyer's quote`
    )
  );
  rows.push(
    share01(
      C,
      "carbon_buffer_share",
      0.1,
      0.25,
      "fraction",
      "Buffer pool share",
      "Share of credits withheld against reversal (non-permanence buffer)",
      `${ASSUME}: typical AFOLU buffer contributions`
    )
  );
  rows.push(
    positive(
      C,
      "carbon_mrv_usd_ha",
      2,
      15,
      "USD/ha/yr",
      "Carbon MRV (USD/ha/yr)",
      "Yearly monitoring, reporting and verification of the carbon project",
      ASSUME
    )
  );
  rows.push(
    positive(
      C,
      "carbon_start_usd_ha",
      10,
      80,
      "USD/ha",
      "Carbon project start-up (USD/ha)",
      "Project design, validation and registration",
      ASSUME
    )
  );

  // Risks ---------------------------------------------------------------------------------------------
  const R = "Risks";
  const risk = (name: string, pLow: number, pHigh: number, lossLow: number, lossHigh: number, what: string, effect: string) => {
    rows.push(
      share01(R, `p_${name}`, pLow, pHigh, "probability/yr", `${what} chance (per yr)`, `Chance of ${what.toLowerCase()} in a year`, ASSUME)
    );
    rows.push(share01(R, `${name}_loss`, lossLow, lossHigh, "fraction", `${what} loss`, effect, ASSUME));
  };
  risk(
    "drought",
    0.1,
    0.3,
    0.1,
    0.4,
    "Drought",
    "Share of the year's yield and carbon uptake lost; in years 1–2, share of seedlings to replant"
  );
  risk(
    "fire",
    0.03,
    0.15,
    0.2,
    0.6,
    "Fire",
    "Share of the year's yield and carbon uptake lost; in years 1–2, share of seedlings to replant"
  );
  risk("grazing", 0.05, 0.25, 0.05, 0.3, "Grazing", "Share of the year's yield browsed; in years 1–2, share of seedlings to replant");
  risk("theft", 0.05, 0.25, 0.05, 0.3, "Theft", "Share of the year's products stolen");
  rows.push(
    share01(
      R,
      "p_tenure_conflict",
      0.01,
      0.06,
      "probability/yr",
      "Tenure conflict chance (per yr)",
      "Chance that a land or resource-use conflict starts in a year",
      ASSUME
    )
  );
  rows.push(
    share01(
      R,
      "tenure_loss",
      0.3,
      0.9,
      "fraction",
      "Tenure conflict loss",
      "Share of product and carbon income lost from the conflict's start to the end of the horizon",
      ASSUME
    )
  );
  rows.push(
    share01(
      R,
      "p_price_collapse",
      0.01,
      0.06,
      "probability/yr",
      "Price collapse chance (per yr)",
      "Chance that product prices collapse in a year (and stay low)",
      ASSUME
    )
  );
  rows.push(
    share01(R, "price_collapse_loss", 0.2, 0.6, "fraction", "Price collapse depth", "Share of product prices lost after a collapse", ASSUME)
  );

  // Timing --------------------------------------------------------------------------------------------
  for (const p of PRODUCTS) {
    const t = PRODUCT_TIMING[p];
    rows.push(
      constant(
        "Timing",
        `${p}_first_year`,
        t.first,
        "year",
        `${p}: year of 10 % yield`,
        `Year in which ${p} reaches 10 % of its mature yield`,
        `${ASSUME}: ${t.note}`
      )
    );
    rows.push(
      constant(
        "Timing",
        `${p}_full_year`,
        t.full,
        "year",
        `${p}: year of 90 % yield`,
        `Year in which ${p} reaches 90 % of its mature yield`,
        `${ASSUME}: ${t.note}`
      )
    );
  }

  // Species mix shares --------------------------------------------------------------------------------
  const shares = {} as Record<OptionId, OptionShares>;
  for (const option of OPTION_IDS) {
    const s = optionShares(option, inputs.mix);
    shares[option] = s;
    for (const p of OPTION_PRODUCTS[option]) {
      const value = round3(s.shares[p] ?? 0);
      const source =
        s.from === "mix"
          ? "Species mix (/species): stems of species with this use, split among the option's products"
          : `Option template (${s.reason}); docs/investment-model.md`;
      rows.push(
        constant(
          "Species mix shares",
          `share_${option}_${p}`,
          value,
          "fraction",
          `${option}: stems yielding ${p}`,
          `Share of stems of the ${option} option harvested for ${p}`,
          source
        )
      );
    }
  }

  return { rows, notes: { notes, shares } };
}

/** A variable's override as the scenario stores it. */
export interface EstimateOverride {
  lower?: number;
  upper?: number;
  median?: number;
  distribution?: string;
}

/**
 * The table with the scenario's overrides applied (by variable). Overrides of unknown variables are
 * reported, not applied. A const row whose bounds are overridden stays const only if they are equal.
 */
export function applyOverrides(
  rows: readonly EstimateRow[],
  overrides: Record<string, EstimateOverride>
): { rows: EstimateRow[]; unknown: string[]; edited: string[] } {
  const byName = new Set(rows.map((r) => r.variable));
  const unknown = Object.keys(overrides).filter((v) => !byName.has(v));
  const edited: string[] = [];
  const out = rows.map((r) => {
    const o = overrides[r.variable];
    if (!o) return r;
    edited.push(r.variable);
    const next: EstimateRow = { ...r, source: `Edited by the user (default: ${r.source})` };
    if (o.lower !== undefined) next.lower = o.lower;
    if (o.upper !== undefined) next.upper = o.upper;
    if (o.median !== undefined) next.median = o.median;
    if (o.distribution !== undefined) next.distribution = o.distribution;
    // A constant given a range becomes uncertain: posnorm for positive ranges, else norm.
    if (o.distribution === undefined && r.distribution === "const" && next.lower !== next.upper)
      next.distribution = next.lower > 0 ? "posnorm" : "norm";
    return next;
  });
  return { rows: out, unknown, edited };
}

/**
 * applyOverrides, keeping only edits that give a valid row (engine rules); an invalid edit (e.g. from a
 * tampered link) leaves the default row and is reported as "variable: problem".
 */
export function applyValidOverrides(
  rows: readonly EstimateRow[],
  overrides: Record<string, EstimateOverride>
): { rows: EstimateRow[]; unknown: string[]; rejected: string[] } {
  const applied = applyOverrides(rows, overrides);
  const rejected: string[] = [];
  const out = applied.rows.map((r, i) => {
    if (!applied.edited.includes(r.variable)) return r;
    const { issues } = checkRows([r]);
    if (!issues.length) return r;
    rejected.push(`${r.variable}: ${issues.map((x) => x.message).join("; ")}`);
    return rows[i];
  });
  return { rows: out, unknown: applied.unknown, rejected };
}

/** The overrides that turn `defaults` into `edited` (only changed fields), for the scenario. */
export function overridesFrom(defaults: readonly EstimateRow[], edited: readonly EstimateRow[]): Record<string, EstimateOverride> {
  const base = new Map(defaults.map((r) => [r.variable, r]));
  const out: Record<string, EstimateOverride> = {};
  for (const r of edited) {
    const d = base.get(r.variable);
    if (!d) continue;
    const o: EstimateOverride = {};
    if (r.lower !== d.lower) o.lower = r.lower;
    if (r.upper !== d.upper) o.upper = r.upper;
    if (r.median !== d.median && r.median !== null) o.median = r.median;
    if (r.distribution !== d.distribution) o.distribution = r.distribution;
    if (Object.keys(o).length) out[r.variable] = o;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// decisionSupport CSV (through the engine's reader and writer)

/** Column order of the CSV this page writes: decisionSupport's columns, then this project's extras. */
export const CSV_COLUMNS = ["variable", "distribution", "lower", "median", "upper", "label", "Description", "unit", "source", "group"];

/** The table as the engine's Estimate (extra columns label, Description, unit, source, group as text). */
export function toEstimate(rows: readonly EstimateRow[]): Estimate {
  return {
    columns: CSV_COLUMNS,
    rows: rows.map((r, k) => ({
      variable: r.variable,
      distribution: r.distribution,
      lower: r.lower,
      median: r.median,
      upper: r.upper,
      extra: { label: r.label, Description: r.description, unit: r.unit, source: r.source, group: r.group },
      line: k + 2
    }))
  };
}

/** The table as decisionSupport CSV (R's estimate_read_csv reads it back to the same values). */
export function estimateCsv(rows: readonly EstimateRow[]): string {
  return writeEstimateCsv(toEstimate(rows));
}

/** The distributions the estimate editor offers (method "calculate"). */
export { CALCULATE_DISTRIBUTIONS } from "../decision/estimate.js";

/** Problems of a table built or edited in the page, with the engine's rules (line = row number + 1). */
export function checkRows(rows: readonly EstimateRow[]): { issues: EstimateIssue[]; messages: string[] } {
  const { issues } = validateEstimate(toEstimate(rows).rows);
  return { issues, messages: issues.map((i) => formatIssue({ ...i, line: 0 })) };
}

function fromEngineRow(r: EngineRow, current: EstimateRow | undefined): EstimateRow {
  const text = (name: string) => (r.extra[name] ?? "").trim();
  const group = (ESTIMATE_GROUPS as readonly string[]).includes(text("group"))
    ? (text("group") as EstimateGroup)
    : (current?.group ?? "General");
  return {
    variable: r.variable,
    distribution: r.distribution,
    lower: r.lower,
    median: r.median,
    upper: r.upper,
    label: text("label") || current?.label || r.variable,
    description: text("Description") || current?.description || "",
    unit: text("unit") || current?.unit || "",
    source: text("source") || current?.source || "uploaded table",
    group
  };
}

export interface UploadResult {
  /** The current table with every valid uploaded row applied. */
  rows: EstimateRow[];
  /** Variables whose values the upload changed. */
  changed: string[];
  /** Row-level problems (rows with a problem are not applied), one readable line each. */
  problems: string[];
  /** The same problems with their line, column and variable (for a list that counts them by kind). */
  issues: EstimateIssue[];
  /** Variables in the file that the model does not use (ignored). */
  unknown: string[];
  /** Model variables the file does not contain (they keep their current values). */
  missing: string[];
}

/**
 * Applies an uploaded decisionSupport CSV to the current table: valid rows of known variables replace the
 * current distribution and bounds (and label, unit, source when given); rows with problems are reported by
 * line and column and not applied; variables the model does not know are listed and ignored.
 */
export function applyUpload(text: string, current: readonly EstimateRow[]): UploadResult {
  const parsed = parseEstimateCsv(text);
  const problems = parsed.issues.map(formatIssue);
  const byName = new Map(current.map((r) => [r.variable, r]));
  const uploaded = new Map<string, EstimateRow>();
  const unknown: string[] = [];
  for (const r of parsed.estimate.rows) {
    if (!byName.has(r.variable)) unknown.push(r.variable);
    else uploaded.set(r.variable, fromEngineRow(r, byName.get(r.variable)));
  }
  const badVariables = new Set(parsed.issues.map((i) => i.variable).filter((v): v is string => !!v));
  const changed: string[] = [];
  const rows = current.map((r) => {
    const u = uploaded.get(r.variable);
    if (!u) return r;
    const same =
      u.distribution === r.distribution && u.lower === r.lower && u.upper === r.upper && (u.median ?? null) === (r.median ?? null);
    if (!same) changed.push(r.variable);
    return same ? r : { ...u, group: r.group };
  });
  const missing = current.map((r) => r.variable).filter((v) => !uploaded.has(v) && !badVariables.has(v));
  return { rows, changed, problems, issues: parsed.issues, unknown, missing };
}

// ---------------------------------------------------------------------------------------------------
// From the site datasets to EstimateInputs (the page's glue, kept here so it is tested)

/** The dataset rows this module reads (data/country-economics.json, removal-factors.json, restoration-costs.json, economics-series.json). */
export interface EconomicsData {
  countryEconomics: readonly { iso3: string; country: string; gdpPerCapitaUsd: number | null; gdpYear: number | null }[];
  series: { countries: Record<string, { lendingRatePct: YearValue[]; inflationPct: YearValue[] }>; usInflationPct: YearValue[] };
  removalFactors: readonly {
    iso3: string;
    name: string;
    sciName: string | null;
    plantationType: string;
    removalFactor: number;
    removalFactorSd: number | null;
  }[];
  restorationCosts: {
    ranges: readonly { solution: string; metric: string; unit: string; n: number; p25: number; median: number; p75: number }[];
  };
}

const DRAWDOWN_MEASURES: Record<string, string> = {
  netProfit: "net_profit",
  firstCost: "first_cost",
  operatingCost: "operating_cost",
  sequestration: "sequestration"
};

/** EstimateInputs for a country (ISO3, or null when the site's country is not known) from the datasets. */
export function estimateInputsFor(
  iso3: string | null,
  data: EconomicsData,
  rest: Pick<EstimateInputs, "horizonYears" | "planting" | "site" | "nursery" | "mix">
): EstimateInputs {
  const economics = iso3 ? data.countryEconomics.find((c) => c.iso3 === iso3) : undefined;
  const series = iso3 ? data.series.countries[iso3] : undefined;
  const country: CountryEconomicsInput | null =
    iso3 && (economics || series)
      ? {
          iso3,
          name: economics?.country ?? iso3,
          lendingRatePct: series?.lendingRatePct ?? [],
          inflationPct: series?.inflationPct ?? [],
          gdpPerCapitaUsd:
            economics && economics.gdpPerCapitaUsd !== null && economics.gdpYear !== null
              ? { year: economics.gdpYear, value: economics.gdpPerCapitaUsd }
              : null
        }
      : null;
  return {
    ...rest,
    country,
    usInflationPct: data.series.usInflationPct,
    removalFactors: iso3
      ? data.removalFactors
          .filter((r) => r.iso3 === iso3)
          .map((r) => ({
            iso3: r.iso3,
            type: r.plantationType,
            name: r.name,
            sciName: r.sciName && r.sciName !== "Unknown" ? r.sciName : null,
            removalFactor: r.removalFactor,
            removalFactorSd: r.removalFactorSd,
            maiMean: null
          }))
      : [],
    drawdown: data.restorationCosts.ranges.map((r) => ({
      solution: r.solution,
      measure: DRAWDOWN_MEASURES[r.metric] ?? r.metric,
      unit: r.unit,
      quartiles: { p25: r.p25, median: r.median, p75: r.p75, n: r.n }
    }))
  };
}

/**
 * Seedling nursery planner: works backwards from a planting plan (area, density, species shares, field
 * survival, replacement planting) to what the nursery must produce — seedlings to dispatch and to raise,
 * seeds to sow and buy, containers, bed and nursery area, labour and cost — per species and in total,
 * and turns the costs into decisionSupport-style estimates for the investment page.
 *
 * Pure: no DOM, no clock, no randomness. Formulas, defaults and sources: docs/nursery-planning.md.
 * Counts of physical things (seedlings, seeds, containers) are rounded UP to whole units at each step:
 * a nursery cannot raise a fraction of a seedling, and rounding up never leaves the plan short.
 */
import {
  applyOverrides,
  DEFAULT_RATES,
  type Inoculation,
  inoculationFor,
  type NurseryRates,
  type ParamIssue,
  type ParamName,
  type PropagationParams,
  propagationDefaults,
  type RangedValue,
  type SpeciesForNursery,
  TECHNOLOGIES,
  type Technology,
  type TechnologyId,
  type ValueSource
} from "./defaults.js";

/** Rounds a count up to a whole unit, ignoring floating-point noise (22000.000000000004 → 22000). */
export function ceilCount(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

function requireFinite(name: string, x: number, min: number, max: number): void {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new RangeError(`${name}: not a number`);
  if (x < min || x > max) throw new RangeError(`${name}: ${x} is outside ${min}–${max}`);
}

// ---------------------------------------------------------------------------------------------------
// Planting plan

/**
 * Planting density from a square or rectangular spacing.
 * @param rowM distance between rows, m; @param withinRowM distance between plants in a row, m.
 * @returns stems per ha = 10,000 m² / (row × within-row spacing).
 * @throws RangeError for a spacing that is not positive.
 */
export function densityFromSpacing(rowM: number, withinRowM: number): number {
  requireFinite("row spacing (m)", rowM, 0.1, 100);
  requireFinite("spacing in the row (m)", withinRowM, 0.1, 100);
  return 10_000 / (rowM * withinRowM);
}

/**
 * Replacement (beating-up) planting that replaces each seedling expected to die, once:
 * replacement rate = 1 − field survival (fraction of the initial planting).
 */
export function replacementFromSurvival(fieldSurvival: number): number {
  requireFinite("field survival", fieldSurvival, 0, 1);
  return 1 - fieldSurvival;
}

/**
 * Field survival after the nursery technology and inoculation effects, kept in [0.01, 1].
 * The user's survival is for polybag stock without inoculation (the reference).
 */
export function effectiveSurvival(fieldSurvival: number, technology: Technology, inoculation: Inoculation | null): number {
  requireFinite("field survival", fieldSurvival, 0.01, 1);
  const s = fieldSurvival + technology.survivalDelta + (inoculation?.survivalDelta ?? 0);
  return Math.min(1, Math.max(0.01, s));
}

export interface MixShare {
  id: number;
  share: number;
}

/**
 * Scales the mix's shares to sum to 1, dropping species with a zero share.
 * @returns the shares and a notice when they did not sum to 1 (±0.001).
 * @throws RangeError when a share is negative or not a number, or all shares are zero.
 */
export function normaliseShares(mix: MixShare[]): { shares: MixShare[]; notice: string | null } {
  mix.forEach((m, i) => requireFinite(`share of species ${i + 1}`, m.share, 0, Infinity));
  const total = mix.reduce((sum, m) => sum + m.share, 0);
  if (!(total > 0)) throw new RangeError("species shares: all are zero; give at least one species a share");
  const shares = mix.filter((m) => m.share > 0).map((m) => ({ id: m.id, share: m.share / total }));
  const notice =
    Math.abs(total - 1) > 0.001 ? `The species shares summed to ${(total * 100).toFixed(1)} %; they were scaled to 100 %.` : null;
  return { shares, notice };
}

// ---------------------------------------------------------------------------------------------------
// Production chain, one quantity at a time (each with a worked example in test/lib/nursery.test.ts)

/** Seedlings planted in the initial planting: area (ha) × density (stems/ha) × share. */
export function seedlingsToPlant(areaHa: number, densityPerHa: number, share: number): number {
  requireFinite("area (ha)", areaHa, 0, 1e7);
  requireFinite("density (stems/ha)", densityPerHa, 0, 1e6);
  requireFinite("share", share, 0, 1);
  return ceilCount(areaHa * densityPerHa * share);
}

/** Seedlings the nursery dispatches: the initial planting plus replacements (planted × replacement rate). */
export function seedlingsToDispatch(planted: number, replacementRate: number): { replacements: number; dispatch: number } {
  requireFinite("replacement rate", replacementRate, 0, 2);
  const replacements = ceilCount(planted * replacementRate);
  return { replacements, dispatch: planted + replacements };
}

/** Seedlings to raise so that `dispatch` survive nursery losses and culls: dispatch / (1 − loss). */
export function seedlingsToRaise(dispatch: number, nurseryLoss: number): number {
  requireFinite("nursery losses and culls", nurseryLoss, 0, 0.99);
  return ceilCount(dispatch / (1 - nurseryLoss));
}

/** Probability that a container sown with n seeds of germination g holds at least one seedling: 1 − (1 − g)ⁿ. */
export function containerFillProbability(germination: number, seedsPerContainer: number): number {
  requireFinite("germination", germination, 0.0001, 1);
  requireFinite("seeds per container", seedsPerContainer, 1, 100);
  return 1 - (1 - germination) ** seedsPerContainer;
}

export interface Sowing {
  method: "direct" | "seedbed";
  /** Seeds to sow (before the purchase margin). */
  seeds: number;
  /** Containers sown (direct) or filled for pricked-out seedlings (seedbed); 0 for bare-root seedbeds. */
  containers: number;
  /** Germinants expected (seedbed) or filled containers (direct). */
  germinants: number;
  /** Seeds sown per seedling raised, divided by 1/germination: the van Steenis sowing factor. */
  sowingFactor: number;
}

/**
 * Seeds to sow for `toRaise` seedlings.
 * - Direct sowing, n seeds per container: containers = toRaise / (1 − (1 − g)ⁿ) (empty containers
 *   are expected), seeds = containers × n; surplus germinants are thinned to one per container.
 *   The implied sowing factor is n·g / (1 − (1 − g)ⁿ), which is 1 for n = 1.
 * - Seedbed (n = 0): seeds = toRaise × sowing factor / g; the seedlings are pricked out into
 *   `toRaise` containers (or grown on in beds when bare-root).
 */
export function seedsToSow(
  toRaise: number,
  params: Pick<PropagationParams, "germination" | "seedsPerContainer" | "sowingFactor">,
  containerized = true
): Sowing {
  requireFinite("seedlings to raise", toRaise, 0, 1e10);
  requireFinite("germination", params.germination, 0.0001, 1);
  if (params.seedsPerContainer >= 1 && containerized) {
    const n = params.seedsPerContainer;
    const fill = containerFillProbability(params.germination, n);
    const containers = ceilCount(toRaise / fill);
    return { method: "direct", seeds: containers * n, containers, germinants: toRaise, sowingFactor: (n * params.germination) / fill };
  }
  requireFinite("sowing factor", params.sowingFactor, 1, 10);
  const seeds = ceilCount((toRaise * params.sowingFactor) / params.germination);
  return {
    method: "seedbed",
    seeds,
    containers: containerized ? toRaise : 0,
    germinants: ceilCount(seeds * params.germination),
    sowingFactor: params.sowingFactor
  };
}

/** Seed to buy, kg: seeds / seeds per kg × (1 + purchase margin). */
export function seedMassKg(seeds: number, seedsPerKg: number, purchaseMargin: number): number {
  requireFinite("seeds per kg", seedsPerKg, 1e-9, 1e10);
  requireFinite("seed purchase margin", purchaseMargin, 0, 5);
  return (seeds / seedsPerKg) * (1 + purchaseMargin);
}

/** Bed area, m²: containers (or bare-root seedlings) / seedlings per m² of bed. */
export function bedAreaM2(count: number, perM2: number): number {
  requireFinite("seedlings per m² of bed", perM2, 1e-6, 1e6);
  return count / perM2;
}

// ---------------------------------------------------------------------------------------------------
// The whole plan

export interface NurseryPlanInput {
  areaHa: number;
  densityPerHa: number;
  /** Field survival of polybag stock without inoculation, 0–1. */
  fieldSurvival: number;
  /** Replacement planting, fraction of the initial planting; null = replace the expected dead once. */
  replacementRate: number | null;
  technology: TechnologyId;
  inoculation: boolean;
  /** The mix, with species data, shares and per-species overrides. */
  species: { species: SpeciesForNursery; share: number; overrides?: Record<string, number> }[];
  /** Nursery-wide rates; DEFAULT_RATES when omitted. */
  rates?: NurseryRates;
  /** Multipliers on seed and container prices (1 = as given); used for the cost estimate's bounds. */
  priceFactors?: { seed: number; container: number };
}

export interface LabourDays {
  filling: number;
  sowing: number;
  prickingOut: number;
  care: number;
  dispatch: number;
  inoculation: number;
  total: number;
}

export interface CostUsd {
  seed: number;
  containers: number;
  substrate: number;
  labour: number;
  inoculation: number;
  overhead: number;
  total: number;
}

export interface SpeciesProduction {
  id: number;
  name: string;
  share: number;
  params: PropagationParams;
  sources: Record<ParamName, ValueSource | "user">;
  issues: ParamIssue[];
  inoculation: Inoculation | null;
  /** Field survival of this species' stock after technology and inoculation effects. */
  survival: number;
  replacementRate: number;
  planted: number;
  replacements: number;
  dispatch: number;
  toRaise: number;
  sowing: Sowing;
  /** Seed to buy incl. the purchase margin, kg. */
  seedKg: number;
  containers: number;
  bedAreaM2: number;
  seedbedAreaM2: number;
  /** Weeks from sowing to dispatch. */
  weeksInNursery: number;
  labourDays: LabourDays;
  costUsd: CostUsd;
  /** Total cost / seedlings dispatched, USD. */
  costPerSeedlingUsd: number;
}

export interface NurseryArea {
  bedsM2: number;
  pathsM2: number;
  seedbedsM2: number;
  hardeningM2: number;
  serviceM2: number;
  totalM2: number;
}

export interface NurseryPlan {
  species: SpeciesProduction[];
  sharesNotice: string | null;
  technology: Technology;
  rates: NurseryRates;
  totals: {
    planted: number;
    replacements: number;
    dispatch: number;
    toRaise: number;
    seeds: number;
    seedKg: number;
    containers: number;
    labourDays: LabourDays;
    costUsd: CostUsd;
    costPerSeedlingUsd: number;
    costPerHaUsd: number;
    /** Expected surviving stems per ha after the replacement planting: (planted + replacements) × survival / area. */
    establishedPerHa: number;
  };
  area: NurseryArea;
}

const sumBy = <T>(rows: T[], f: (row: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * The nursery production plan for a planting plan.
 * @throws RangeError naming the field for an invalid plan-level input (area, density, survival,
 * replacement rate, technology, shares). Invalid per-species overrides do not throw: they are reported
 * in that species' `issues` and the default is used.
 */
export function planNursery(input: NurseryPlanInput): NurseryPlan {
  requireFinite("area (ha)", input.areaHa, 0.01, 1e7);
  requireFinite("density (stems/ha)", input.densityPerHa, 1, 1e6);
  requireFinite("field survival", input.fieldSurvival, 0.01, 1);
  if (input.replacementRate !== null) requireFinite("replacement rate", input.replacementRate, 0, 2);
  const technology = TECHNOLOGIES[input.technology];
  if (!technology)
    throw new RangeError(`technology: "${String(input.technology).slice(0, 40)}" is not one of ${Object.keys(TECHNOLOGIES).join(", ")}`);
  if (!input.species.length) throw new RangeError("species: the mix is empty; add at least one species");
  const rates = input.rates ?? DEFAULT_RATES;
  const r = (name: keyof NurseryRates) => rates[name].value;
  const seedPriceFactor = input.priceFactors?.seed ?? 1;
  const containerPriceFactor = input.priceFactors?.container ?? 1;

  const { shares, notice } = normaliseShares(input.species.map((s, i) => ({ id: i, share: s.share })));
  const wage = r("wageUsdPerDay");

  const species: SpeciesProduction[] = shares.map(({ id: index, share }) => {
    const entry = input.species[index];
    const resolved = applyOverrides(propagationDefaults(entry.species), entry.overrides);
    const p = resolved.params;
    const inoculation = input.inoculation ? inoculationFor(entry.species) : null;
    const survival = effectiveSurvival(input.fieldSurvival, technology, inoculation);
    const replacementRate = input.replacementRate ?? replacementFromSurvival(survival);

    const planted = seedlingsToPlant(input.areaHa, input.densityPerHa, share);
    const { replacements, dispatch } = seedlingsToDispatch(planted, replacementRate);
    const toRaise = seedlingsToRaise(dispatch, p.nurseryLoss);
    const sowing = seedsToSow(toRaise, p, technology.containerized);
    const seedKg = seedMassKg(sowing.seeds, p.seedsPerKg, r("seedPurchaseMargin"));
    const containers = technology.containerized ? sowing.containers : 0;
    const heldInBeds = technology.containerized ? containers : toRaise;
    const beds = bedAreaM2(heldInBeds, technology.perM2);
    const seedbeds = sowing.method === "seedbed" ? sowing.germinants / r("seedbedGerminantsPerM2") : 0;
    const weeksInNursery = p.germinationWeeks + p.growthWeeks + p.hardeningWeeks + technology.extraWeeks;

    const labour = {
      filling: (heldInBeds / 1000) * technology.fillingDaysPer1000,
      // Direct: per container sown. Seedbed: broadcasting is quick; counted per seedling raised.
      sowing: ((sowing.method === "direct" ? containers : toRaise) / 1000) * r("sowingDaysPer1000"),
      prickingOut: sowing.method === "seedbed" && technology.containerized ? (toRaise / 1000) * r("prickingOutDaysPer1000") : 0,
      care: (heldInBeds / 1000) * weeksInNursery * r("careDaysPer1000PerWeek"),
      dispatch: (dispatch / 1000) * r("dispatchDaysPer1000"),
      inoculation: inoculation ? (toRaise / 1000) * inoculation.daysPer1000 : 0,
      total: 0
    };
    labour.total = labour.filling + labour.sowing + labour.prickingOut + labour.care + labour.dispatch + labour.inoculation;

    const cost = {
      seed: seedKg * p.seedPriceUsdPerKg * seedPriceFactor,
      containers: containers * technology.containerUsd * containerPriceFactor,
      substrate: ((containers * technology.substrateLitres) / 1000) * r("substrateUsdPerM3"),
      labour: labour.total * wage,
      inoculation: inoculation ? toRaise * inoculation.usdPerSeedling : 0,
      overhead: 0,
      total: 0
    };
    cost.overhead = (cost.seed + cost.containers + cost.substrate + cost.labour + cost.inoculation) * r("overheadFraction");
    cost.total = cost.seed + cost.containers + cost.substrate + cost.labour + cost.inoculation + cost.overhead;

    return {
      id: entry.species.id,
      name: entry.species.name,
      share,
      params: p,
      sources: resolved.sources,
      issues: resolved.issues,
      inoculation,
      survival,
      replacementRate,
      planted,
      replacements,
      dispatch,
      toRaise,
      sowing,
      seedKg,
      containers,
      bedAreaM2: beds,
      seedbedAreaM2: seedbeds,
      weeksInNursery,
      labourDays: labour,
      costUsd: cost,
      costPerSeedlingUsd: dispatch > 0 ? cost.total / dispatch : 0
    };
  });

  const labourKeys = ["filling", "sowing", "prickingOut", "care", "dispatch", "inoculation", "total"] as const;
  const costKeys = ["seed", "containers", "substrate", "labour", "inoculation", "overhead", "total"] as const;
  const labourDays = Object.fromEntries(labourKeys.map((k) => [k, sumBy(species, (s) => s.labourDays[k])])) as unknown as LabourDays;
  const costUsd = Object.fromEntries(costKeys.map((k) => [k, sumBy(species, (s) => s.costUsd[k])])) as unknown as CostUsd;
  const dispatch = sumBy(species, (s) => s.dispatch);

  const bedsM2 = sumBy(species, (s) => s.bedAreaM2);
  const pathsM2 = bedsM2 * r("pathFraction");
  const seedbedsM2 = sumBy(species, (s) => s.seedbedAreaM2);
  const hardeningM2 = (bedsM2 + pathsM2) * r("hardeningFraction");
  const serviceM2 = (bedsM2 + pathsM2 + seedbedsM2 + hardeningM2) * r("serviceFraction");

  return {
    species,
    sharesNotice: notice,
    technology,
    rates,
    totals: {
      planted: sumBy(species, (s) => s.planted),
      replacements: sumBy(species, (s) => s.replacements),
      dispatch,
      toRaise: sumBy(species, (s) => s.toRaise),
      seeds: sumBy(species, (s) => s.sowing.seeds),
      seedKg: sumBy(species, (s) => s.seedKg),
      containers: sumBy(species, (s) => s.containers),
      labourDays,
      costUsd,
      costPerSeedlingUsd: dispatch > 0 ? costUsd.total / dispatch : 0,
      costPerHaUsd: costUsd.total / input.areaHa,
      establishedPerHa: sumBy(species, (s) => ((s.planted + s.replacements) * s.survival) / input.areaHa)
    },
    area: { bedsM2, pathsM2, seedbedsM2, hardeningM2, serviceM2, totalM2: bedsM2 + pathsM2 + seedbedsM2 + hardeningM2 + serviceM2 }
  };
}

// ---------------------------------------------------------------------------------------------------
// Cost estimates for the investment page (decisionSupport estimate rows)

/** One row of a decisionSupport estimate table (extra columns `unit`, `label`, `source` are carried along). */
export interface EstimateRow {
  variable: string;
  distribution: "const" | "lnorm" | "posnorm" | "tnorm_0_1" | "norm";
  lower: number;
  median: number;
  upper: number;
  unit: string;
  label: string;
  source: string;
}

/** Variable names the nursery page exports (the contract with src/lib/economics.ts). */
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
): EstimateRow {
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
export function nurseryCostEstimates(input: NurseryPlanInput): EstimateRow[] {
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

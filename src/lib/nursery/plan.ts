/**
 * Seedling nursery planner: works backwards from a planting plan (area, density, species shares, field
 * survival, replacement planting) to what the nursery must produce — seedlings to dispatch and to raise,
 * seeds to sow and buy, containers, bed and nursery area, labour and cost — per species and in total.
 * Pure: no DOM, no clock, no randomness. Formulas, defaults and sources: docs/nursery-planning.md.
 */

import { cropWeeks, leadWeeks } from "./calendar.js";
import { applyOverrides, type ParamIssue, type PropagationParams, propagationDefaults, type SpeciesForNursery } from "./defaults.js";
import type { ParamName, ValueSource } from "./labels.js";
import {
  bedAreaM2,
  requireFinite,
  type Sowing,
  seedlingsToDispatch,
  seedlingsToPlant,
  seedlingsToRaise,
  seedMassKg,
  seedsToSow
} from "./production.js";
import { DEFAULT_RATES, type NurseryRates } from "./rates.js";
import { type Inoculation, inoculationFor, TECHNOLOGIES, type Technology, type TechnologyId } from "./technologies.js";

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
  // Rounded to 12 decimals: 1 − 0.8 is 0.19999999999999996 in binary, which would show in links and tables.
  return Math.round((1 - fieldSurvival) * 1e12) / 1e12;
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
    const weeksInNursery = leadWeeks(cropWeeks(p, sowing.method, technology));

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

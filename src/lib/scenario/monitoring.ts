/**
 * The monitoring part of the Scenario (Scenario.monitoring): completion criteria, hand ratings of the
 * Recovery Wheel, the planting date deadlines count from, and the survey design, with the ids it may hold.
 * It lives with the Scenario (not in src/lib/monitoring) so that the sanitiser needs no workflow step.
 *
 * The sanitiser treats its input as hostile (a URL or a file): it builds plain objects field by field,
 * copies only known keys (never `__proto__`, `constructor` or `prototype`), checks every value's type and
 * range, bounds list lengths, and reports everything it drops through `reject`.
 */
import { printable } from "../util/printable.js";

/** The indicators a criterion can use (their definitions: src/lib/monitoring/indicators.ts INDICATORS). */
export const INDICATOR_IDS = [
  "survival",
  "stocking",
  "height",
  "woodyCover",
  "groundCover",
  "erosion",
  "infiltration",
  "soc",
  "nativeShare"
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * The Recovery Wheel's 18 sub-attributes, attribute.key, in the wheel's order (SER 2019; their labels:
 * src/lib/monitoring/wheel.ts SUB_ATTRIBUTES, which a test keeps equal to this list).
 */
export const SUB_ATTRIBUTE_IDS: readonly string[] = [
  "threats.overuse",
  "threats.invasive",
  "threats.contamination",
  "physical.substratePhysical",
  "physical.substrateChemical",
  "physical.water",
  "composition.plants",
  "composition.animals",
  "composition.noUndesirable",
  "structure.strata",
  "structure.trophic",
  "structure.mosaic",
  "function.productivity",
  "function.habitat",
  "function.resilience",
  "exchanges.landscape",
  "exchanges.gene",
  "exchanges.habitatLinks"
];

/**
 * What the sanitiser checks of a criterion, per indicator: its label, the plausible range of a target or
 * reference value (in the indicator's unit) and the sub-attributes it can stand for (the first is the
 * default). The indicators' full definitions (units, estimators, default targets and their sources) are
 * src/lib/monitoring/indicators.ts INDICATORS, built on this table.
 */
export const INDICATOR_RULES: Record<IndicatorId, { label: string; min: number; max: number; subs: readonly string[] }> = {
  survival: { label: "Survival of planted stems", min: 0, max: 100, subs: ["composition.plants", "function.resilience"] },
  stocking: {
    label: "Surviving planted stems per hectare",
    min: 0,
    max: 100000,
    subs: ["structure.strata", "function.resilience", "composition.plants"]
  },
  height: { label: "Mean height of surviving planted stems", min: 0, max: 150, subs: ["structure.strata", "function.productivity"] },
  woodyCover: { label: "Woody (tree and shrub) canopy cover", min: 0, max: 100, subs: ["structure.strata", "function.habitat"] },
  groundCover: {
    label: "Ground cover (live plants and litter)",
    min: 0,
    max: 100,
    subs: ["physical.substratePhysical", "structure.strata"]
  },
  erosion: {
    label: "Plots with visible erosion (sheet, rill or gully)",
    min: 0,
    max: 100,
    subs: ["physical.substratePhysical", "threats.overuse"]
  },
  infiltration: { label: "Infiltration capacity", min: 0, max: 5000, subs: ["function.productivity", "physical.substratePhysical"] },
  soc: { label: "Soil organic carbon (topsoil)", min: 0, max: 600, subs: ["physical.substrateChemical", "function.productivity"] },
  nativeShare: {
    label: "Native species' share of surviving stems",
    min: 0,
    max: 100,
    subs: ["composition.plants", "composition.noUndesirable"]
  }
};

/** The Recovery Wheel's scale: 0–5 stars. */
export const MAX_STARS = 5;

export interface Criterion {
  /** Recovery Wheel sub-attribute the criterion stands for (wheel.ts SUB_ATTRIBUTES). */
  sub: string;
  indicator: IndicatorId;
  /** Target in the indicator's unit; null: the default (or 90 % of `reference`). */
  target: number | null;
  /** The reference site's value, in the indicator's unit; null when none was entered. */
  reference: number | null;
  /** Deadline, years after planting. */
  years: number;
  /** One-sided confidence with which the target must be shown to be met, 0.5–0.999. */
  confidence: number;
}

export interface SurveyDesign {
  /** Number of clusters (LDSF: 16). */
  clusters: number;
  /** Plots per cluster (LDSF: 10). */
  plotsPerCluster: number;
  /** Plot radius, m (LDSF: 17.84 m, a 1,000 m² plot). */
  plotRadiusM: number;
  /** Seed of the random plot positions. */
  seed: number;
}

export interface MonitoringSettings {
  /** Planting date (ISO yyyy-mm-dd) from which deadlines count; null when not set. */
  plantedOn: string | null;
  /** Completion criteria; null: the defaults for the plan (criteria.ts defaultCriteria). */
  criteria: Criterion[] | null;
  /** Stars given by hand (expert judgement), 0–5, by sub-attribute id. */
  ratings: Record<string, number>;
  design: SurveyDesign;
}

/** LDSF plot: 1,000 m², a circle of radius √(1000/π) = 17.84 m (Vågen et al. 2013, LDSF field guide). */
export const LDSF_PLOT_RADIUS_M = 17.84;

export const LIMITS = {
  criteria: 40,
  years: [0, 100] as const,
  confidence: [0.5, 0.999] as const,
  clusters: [1, 100] as const,
  plotsPerCluster: [1, 50] as const,
  plotRadiusM: [1, 100] as const,
  seed: [0, 2147483647] as const
};

export function defaultMonitoring(): MonitoringSettings {
  return {
    plantedOn: null,
    criteria: null,
    ratings: {},
    design: { clusters: 16, plotsPerCluster: 10, plotRadiusM: LDSF_PLOT_RADIUS_M, seed: 1 }
  };
}

/** An ISO calendar date yyyy-mm-dd that exists (1900–2199), or false. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Reject = (field: string, why: string) => undefined;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const has = (o: Record<string, unknown>, key: string) => Object.hasOwn(o, key);
/** A key from the input, shortened, for a notice (it is only ever shown as text). */
const keyName = (key: string) => printable(key, 30);

function numberIn(field: string, value: unknown, [min, max]: readonly [number, number], reject: Reject, integer = false) {
  if (typeof value !== "number" || !Number.isFinite(value)) return reject(field, "not a number");
  if (integer && !Number.isInteger(value)) return reject(field, "not a whole number");
  if (value < min || value > max) return reject(field, `${value} is outside ${min} to ${max}`);
  return value;
}

function unknownKeys(field: string, object: Record<string, unknown>, known: readonly string[], reject: Reject): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) reject(`${field}.${keyName(key)}`, "unknown setting, ignored");
}

function sanitizeCriterion(field: string, value: unknown, reject: Reject): Criterion | undefined {
  if (!isObject(value)) return reject(field, "not an object");
  unknownKeys(field, value, ["sub", "indicator", "target", "reference", "years", "confidence"], reject);
  const indicator =
    typeof value.indicator === "string" && (INDICATOR_IDS as readonly string[]).includes(value.indicator)
      ? { id: value.indicator as IndicatorId, ...INDICATOR_RULES[value.indicator as IndicatorId] }
      : undefined;
  if (!indicator) return reject(`${field}.indicator`, `not one of ${INDICATOR_IDS.join(", ")}`);
  if (typeof value.sub !== "string" || !SUB_ATTRIBUTE_IDS.includes(value.sub))
    return reject(`${field}.sub`, "not a Recovery Wheel sub-attribute");
  if (!indicator.subs.includes(value.sub)) return reject(`${field}.sub`, `${indicator.label} cannot stand for ${value.sub}`);
  const range = [indicator.min, indicator.max] as const;
  const optional = (key: "target" | "reference"): number | null | undefined => {
    if (!has(value, key) || value[key] === null) return null;
    return numberIn(`${field}.${key}`, value[key], range, reject);
  };
  const target = optional("target");
  const reference = optional("reference");
  const years = numberIn(`${field}.years`, value.years, LIMITS.years, reject);
  const confidence = numberIn(`${field}.confidence`, value.confidence, LIMITS.confidence, reject);
  if (target === undefined || reference === undefined || years === undefined || confidence === undefined) return undefined;
  return { sub: value.sub, indicator: indicator.id, target, reference, years, confidence };
}

/**
 * Checks Scenario.monitoring from an untrusted source field by field; what fails falls back to `base`
 * (the defaults) and is reported through `reject(field, why)`. Criteria that fail are left out of the list.
 */
export function sanitizeMonitoring(value: unknown, reject: Reject, base: MonitoringSettings = defaultMonitoring()): MonitoringSettings {
  const out: MonitoringSettings = {
    plantedOn: base.plantedOn,
    criteria: base.criteria ? base.criteria.map((c) => ({ ...c })) : null,
    ratings: { ...base.ratings },
    design: { ...base.design }
  };
  if (!isObject(value)) {
    reject("monitoring", "not an object");
    return out;
  }
  unknownKeys("monitoring", value, ["plantedOn", "criteria", "ratings", "design"], reject);

  if (has(value, "plantedOn")) {
    if (value.plantedOn === null) out.plantedOn = null;
    else if (typeof value.plantedOn === "string" && isIsoDate(value.plantedOn)) out.plantedOn = value.plantedOn;
    else reject("monitoring.plantedOn", "not a date (yyyy-mm-dd)");
  }

  if (has(value, "criteria")) {
    if (value.criteria === null) out.criteria = null;
    else if (!Array.isArray(value.criteria)) reject("monitoring.criteria", "not a list");
    else if (value.criteria.length > LIMITS.criteria) reject("monitoring.criteria", `more than ${LIMITS.criteria} entries`);
    else {
      const list: Criterion[] = [];
      value.criteria.forEach((entry, i) => {
        const criterion = sanitizeCriterion(`monitoring.criteria[${i}]`, entry, reject);
        if (criterion) list.push(criterion);
      });
      out.criteria = list;
    }
  }

  if (has(value, "ratings")) {
    if (!isObject(value.ratings)) reject("monitoring.ratings", "not an object");
    else {
      const ratings: Record<string, number> = {};
      for (const [key, stars] of Object.entries(value.ratings)) {
        if (!SUB_ATTRIBUTE_IDS.includes(key)) {
          reject(`monitoring.ratings.${keyName(key)}`, "not a Recovery Wheel sub-attribute");
          continue;
        }
        const x = numberIn(`monitoring.ratings.${key}`, stars, [0, MAX_STARS], reject, true);
        if (x !== undefined) ratings[key] = x;
      }
      out.ratings = ratings;
    }
  }

  if (has(value, "design")) {
    if (!isObject(value.design)) reject("monitoring.design", "not an object");
    else {
      const d = value.design;
      unknownKeys("monitoring.design", d, ["clusters", "plotsPerCluster", "plotRadiusM", "seed"], reject);
      const set = <K extends keyof SurveyDesign>(key: K, range: readonly [number, number], integer: boolean) => {
        if (!has(d, key)) return;
        const x = numberIn(`monitoring.design.${key}`, d[key], range, reject, integer);
        if (x !== undefined) out.design[key] = x;
      };
      set("clusters", LIMITS.clusters, true);
      set("plotsPerCluster", LIMITS.plotsPerCluster, true);
      set("plotRadiusM", LIMITS.plotRadiusM, false);
      set("seed", LIMITS.seed, true);
    }
  }
  return out;
}

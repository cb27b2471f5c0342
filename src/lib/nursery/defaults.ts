/**
 * Propagation defaults for the nursery planner: per-species values where a publication gives them, else
 * editable defaults by growth form, and per-species overrides. Every value carries its source; values no
 * publication fixes are marked `assumption: true` so the page can say so (references: ./labels.ts
 * REFERENCES, explained in docs/nursery-planning.md).
 */

import { PARAM_INFO, PARAM_NAMES, type ParamName, type ReferenceKey, type ValueSource } from "./labels.js";

export type GrowthForm = "tree" | "shrub" | "tree/shrub";

/**
 * Propagation parameters of one species. All numbers, so that overrides fit the Scenario
 * (nursery.params: species id → parameter name → number).
 */
export interface PropagationParams {
  /** Germination: fraction of sown (pretreated) seeds that give a seedling, 0–1. */
  germination: number;
  /** Pure seeds per kg of the seed lot. */
  seedsPerKg: number;
  /** Seeds sown per container when sowing direct; 0 = sow in a seedbed and prick out. */
  seedsPerContainer: number;
  /** Sowing factor for seedbed sowing: extra seed per germinant for pricking-out losses, ≥ 1. */
  sowingFactor: number;
  /** Nursery losses and culls: fraction of seedlings started that never reach dispatch, 0–1. */
  nurseryLoss: number;
  /** Weeks from sowing to emergence (establishment), incl. pretreatment. */
  germinationWeeks: number;
  /** Weeks from emergence to target (plantable) size. */
  growthWeeks: number;
  /** Weeks of hardening off before dispatch. */
  hardeningWeeks: number;
  /** Seed price, USD per kg. */
  seedPriceUsdPerKg: number;
}

type Sourced<T> = { [K in keyof T]: { value: T[K]; source: ValueSource } };

export const assume = (note: string, ref?: ReferenceKey): ValueSource => ({ ref, note, assumption: true });
export const cite = (ref: ReferenceKey, note: string): ValueSource => ({ ref, note, assumption: false });

/**
 * Defaults by growth form. Growth form says little about seed size, so seedsPerKg and seedPrice are
 * placeholders that the page flags until the user enters the seed lot's figures.
 */
const TREE_DEFAULTS: Sourced<PropagationParams> = {
  germination: {
    value: 0.7,
    source: assume(
      "Use the seed lot's germination test (TNM ch. 9, Seed germination and sowing options); 0.7 is a mid value for pretreated tropical tree seed.",
      "TNM2014"
    )
  },
  seedsPerKg: { value: 20000, source: assume("Placeholder: tree seeds range from <1,000 to >500,000 per kg; enter the seed lot's count.") },
  seedsPerContainer: {
    value: 2,
    source: assume(
      "Multiple sowing: 2 seeds per container, thin to one (TNM ch. 9 discusses multiple sowing against empty cells).",
      "TNM2014"
    )
  },
  sowingFactor: { value: 1.2, source: assume("Seedbed sowing: 20 % extra germinants to allow for pricking-out losses.", "Jaenicke1999") },
  nurseryLoss: { value: 0.25, source: cite("TreesForLife", "25 % losses between sowing and dispatch.") },
  germinationWeeks: {
    value: 3,
    source: assume("Establishment phase of 2–4 weeks for pretreated seed (TNM ch. 4, Crop planning: growth phases).", "TNM2014")
  },
  growthWeeks: {
    value: 14,
    source: assume(
      "Rapid-growth phase to a 25–40 cm container seedling; 12 weeks for Acacia mangium (Hegde et al. 2013), slower species longer.",
      "Hegde2013"
    )
  },
  hardeningWeeks: {
    value: 4,
    source: cite("Hegde2013", "3–4 weeks of hardening before planting (Acacia mangium); TNM ch. 4 hardening phase.")
  },
  seedPriceUsdPerKg: { value: 60, source: assume("Placeholder price; enter the supplier's quote.") }
};

const SHRUB_DEFAULTS: Sourced<PropagationParams> = {
  ...TREE_DEFAULTS,
  growthWeeks: { value: 12, source: assume("Shrubs reach a plantable 20–30 cm container seedling somewhat sooner than trees.", "TNM2014") },
  seedsPerKg: { value: 50000, source: assume("Placeholder: shrub seeds are often smaller than tree seeds; enter the seed lot's count.") },
  seedPriceUsdPerKg: { value: 40, source: assume("Placeholder price; enter the supplier's quote.") }
};

const GROWTH_FORM_DEFAULTS: Record<GrowthForm, Sourced<PropagationParams>> = {
  tree: TREE_DEFAULTS,
  "tree/shrub": TREE_DEFAULTS,
  shrub: SHRUB_DEFAULTS
};

/**
 * Published per-species values, keyed by lower-case accepted binomial (as in the species dataset).
 * Ranges from the sources are reduced to their midpoint; the note gives the range.
 */
const SPECIES_VALUES: Record<string, Partial<Sourced<PropagationParams>>> = {
  "acacia mangium": {
    seedsPerKg: { value: 93000, source: cite("DFSC2000", "66,000–120,000 seeds/kg; midpoint.") },
    germination: { value: 0.82, source: cite("Hegde2013", "75–90 % after hot-water pretreatment; midpoint.") },
    germinationWeeks: {
      value: 2,
      source: cite("Hegde2013", "Germination starts 3–9 days after sowing pretreated seed; 2 weeks incl. pretreatment.")
    },
    growthWeeks: { value: 12, source: cite("Hegde2013", "25–40 cm plantable height in 12 weeks with fertiliser.") },
    hardeningWeeks: { value: 4, source: cite("Hegde2013", "3–4 weeks of hardening; ready 15–16 weeks after sowing.") }
  },
  "acacia auriculiformis": {
    seedsPerKg: { value: 36400, source: cite("Telangana", "30,000–42,800 seeds/kg; midpoint.") },
    germination: { value: 0.5, source: cite("Telangana", "Germination 50 % (cold-water soak 24–30 h).") },
    germinationWeeks: { value: 3, source: cite("Telangana", "Germination period 15–30 days.") },
    seedsPerContainer: { value: 3, source: cite("Telangana", "3–4 seeds sown per polybag; 3 used.") }
  },
  "gliricidia sepium": {
    seedsPerKg: { value: 8500, source: cite("TropicalForages", "7,000–10,000 seeds/kg (Winrock/NFTA: 6,000–13,000); midpoint.") },
    germinationWeeks: { value: 2, source: cite("Winrock", "No pretreatment needed; germinates in 7–10 days.") },
    seedsPerContainer: { value: 1, source: assume("High germination of fresh untreated seed: 1 seed per container.", "Winrock") },
    germination: {
      value: 0.8,
      source: assume("Good fresh seed germinates readily (Winrock/NFTA); 0.8 assumed without a test.", "Winrock")
    },
    growthWeeks: {
      value: 10,
      source: assume("Target 15–20 cm tall, 6–8 mm stem (RNGR protocol); about 3 months in the nursery.", "RNGR-Gliricidia")
    }
  },

  // Species of the case-study mixes (alphabetical). Only the values a source gives; the rest stay on the
  // growth-form defaults. Weeks to germinate: the source's last day of the germination period, rounded up.
  "cajanus cajan": {
    seedsPerKg: { value: 17000, source: cite("TropicalForages-Cajanus", "16,000–18,000 seeds/kg; midpoint.") }
  },
  "casuarina cunninghamiana": {
    seedsPerKg: {
      value: 1000000,
      source: cite("DiversityNativeSeeds", "Average 1,000 seeds per gram (no range given): 1,000,000 seeds/kg.")
    },
    germinationWeeks: {
      value: 3,
      source: cite("DiversityNativeSeeds", "No dormancy, no pretreatment; 5–21 days from first to last germination at 25 °C.")
    }
  },
  "dalbergia sissoo": {
    seedsPerKg: { value: 51500, source: cite("Telangana", "Dalbergia sissoo page: 50,000–53,000 seeds/kg; midpoint.") },
    germination: {
      value: 0.95,
      source: cite(
        "Telangana",
        "Dalbergia sissoo page: germination 90–100 %; midpoint. No pretreatment required (24 h cold-water soak hastens germination)."
      )
    },
    germinationWeeks: { value: 3, source: cite("Telangana", "Dalbergia sissoo page: germination period 8–20 days.") }
  },
  "gmelina arborea": {
    seedsPerKg: { value: 2500, source: cite("Telangana", "Gmelina arborea page: 2,500 depulped seeds (stones) per kg (no range given).") },
    germination: {
      value: 0.52,
      source: cite("Telangana", "Gmelina arborea page: germination 13–90 %; midpoint 51.5 %. No pretreatment necessary.")
    },
    germinationWeeks: { value: 3, source: cite("Telangana", "Gmelina arborea page: germination period 15–21 days.") }
  },
  "moringa oleifera": {
    seedsPerKg: {
      value: 3000,
      source: cite("AgricultureAcademy-Moringa", "2,800–3,200 seeds/kg depending on seed size; midpoint. Soak 12–24 h before sowing.")
    }
  },
  "paraserianthes falcataria": {
    seedsPerKg: { value: 45000, source: cite("KAU-TreeSeeds", "40,000–50,000 seeds/kg (Kindt et al. 1997; Chacko et al. 2002); midpoint.") }
  },
  "sesbania sesban": {
    seedsPerKg: { value: 67500, source: cite("TropicalForages-Sesbania", "55–80 seeds/g, i.e. 55,000–80,000 seeds/kg; midpoint.") }
  },
  "tamarindus indica": {
    seedsPerKg: { value: 2200, source: cite("Telangana", "Tamarindus indica page: 1,800–2,600 seeds/kg; midpoint.") },
    germination: {
      value: 0.725,
      source: cite("Telangana", "Tamarindus indica page: germination 70–75 % after overnight soaking in cold water; midpoint.")
    },
    germinationWeeks: { value: 3, source: cite("Telangana", "Tamarindus indica page: germination period 10–20 days.") }
  }
};

/** The minimal species description the defaults need. */
export interface SpeciesForNursery {
  id: number;
  name: string;
  growthForm: GrowthForm;
  /** NodDB genus-level N-fixer flag: selects rhizobial rather than mycorrhizal inoculum. */
  nFixer: boolean | null;
}

/** Defaults for one species, each with its source. */
export interface DefaultParams {
  params: PropagationParams;
  sources: Record<ParamName, ValueSource>;
}

export interface ResolvedParams {
  params: PropagationParams;
  /** The source of each value; overrides are marked "user". */
  sources: Record<ParamName, ValueSource | "user">;
}

/** Default propagation parameters for a species: its published values, else its growth form's. */
export function propagationDefaults(species: Pick<SpeciesForNursery, "name" | "growthForm">): DefaultParams {
  const base = GROWTH_FORM_DEFAULTS[species.growthForm] ?? TREE_DEFAULTS;
  const own = SPECIES_VALUES[species.name.trim().toLowerCase()] ?? {};
  const params = {} as PropagationParams;
  const sources = {} as Record<ParamName, ValueSource>;
  for (const name of PARAM_NAMES) {
    const entry = own[name] ?? base[name];
    params[name] = entry.value;
    sources[name] = entry.source;
  }
  return { params, sources };
}

/**
 * Species the nursery page can name before the species dataset is loaded: Ecocrop id (EcoPortCode),
 * accepted name, growth form (Ecocrop LIFO; "shrub, tree" → "tree/shrub") and NodDB genus N-fixation.
 * Includes Tectona grandis, which has no published values here, as an example of growth-form defaults.
 */
export const NURSERY_SPECIES_CATALOG: SpeciesForNursery[] = [
  { id: 2658, name: "Acacia mangium", growthForm: "tree/shrub", nFixer: true },
  { id: 295, name: "Acacia auriculiformis", growthForm: "tree", nFixer: true },
  { id: 1146, name: "Gliricidia sepium", growthForm: "tree", nFixer: true },
  { id: 2054, name: "Tectona grandis", growthForm: "tree", nFixer: false }
];

/** Names of species with published per-species values (for docs and tests). */
export const SPECIES_WITH_PUBLISHED_VALUES = Object.keys(SPECIES_VALUES);

/** A rejected override: which parameter, and why. */
export interface ParamIssue {
  param: string;
  message: string;
}

/**
 * Applies user overrides (from the Scenario's nursery.params for this species) to the defaults.
 * Unknown names and out-of-range values are rejected with an issue naming the field; the default stays.
 */
export function applyOverrides(
  defaults: DefaultParams,
  overrides: Record<string, number> | undefined
): ResolvedParams & { issues: ParamIssue[] } {
  const params = { ...defaults.params };
  const sources: Record<ParamName, ValueSource | "user"> = { ...defaults.sources };
  const issues: ParamIssue[] = [];
  for (const [name, value] of Object.entries(overrides ?? {})) {
    const info = PARAM_INFO.find((p) => p.name === name);
    if (!info) {
      issues.push({ param: name, message: `${name} is not a nursery parameter` });
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      issues.push({ param: name, message: `${info.label}: not a number` });
      continue;
    }
    if (value < info.min || value > info.max) {
      issues.push({ param: name, message: `${info.label}: ${value} is outside ${info.min}–${info.max} ${info.unit}` });
      continue;
    }
    if (info.integer && !Number.isInteger(value)) {
      issues.push({ param: name, message: `${info.label}: ${value} is not a whole number` });
      continue;
    }
    params[info.name] = value;
    sources[info.name] = "user";
  }
  return { params, sources, issues };
}

/**
 * Propagation defaults for the nursery planner: per-species values where a publication gives them, else
 * editable defaults by growth form; nursery technologies (container systems, inoculation) with their
 * effects on field survival, time and cost; cost and labour rates. Every value carries its source, and
 * values that no publication fixes are marked `assumption: true` so the page can say so.
 *
 * The references are listed in REFERENCES and explained in docs/nursery-planning.md.
 */

/** Short keys of the publications the defaults come from (full citations in REFERENCES). */
export type ReferenceKey =
  | "TNM2014"
  | "Jaenicke1999"
  | "TreesForLife"
  | "DFSC2000"
  | "Hegde2013"
  | "Telangana"
  | "Winrock"
  | "TropicalForages"
  | "RNGR-Gliricidia"
  | "TropicalForages-Sesbania"
  | "TropicalForages-Cajanus"
  | "KAU-TreeSeeds"
  | "DiversityNativeSeeds"
  | "AgricultureAcademy-Moringa";

export const REFERENCES: Record<ReferenceKey, string> = {
  TNM2014:
    "Wilkinson K.M., Landis T.D., Haase D.L., Daley B.F., Dumroese R.K. (eds) 2014. Tropical Nursery Manual: a guide to starting and operating a nursery for native and traditional plants. USDA Forest Service, Agriculture Handbook 732.",
  Jaenicke1999: "Jaenicke H. 1999. Good tree nursery practices: practical guidelines for research nurseries. ICRAF, Nairobi.",
  TreesForLife: "Trees for Life nursery planning figures, as summarised in the project's anchor survey (notes/anchors.md §4.3).",
  DFSC2000: "Danida Forest Seed Centre 2000. Seed Leaflet No. 3, Acacia mangium Willd. (re-issued 2018).",
  Hegde2013:
    "Hegde M., Palanisamy K., Yi J.S. 2013. Acacia mangium Willd. – a fast growing tree for tropical plantation. Journal of Forest Science 29(1): 1–14.",
  Telangana:
    "Telangana Forest Department (Haritha Haram). Silviculture of species: forest seeds — one page per species with a seed biology table (seeds per kg, germination %, germination period, pretreatment); used for Acacia auriculiformis, Dalbergia sissoo, Gmelina arborea and Tamarindus indica. http://harithaharam.telangana.gov.in/Silviculture%20of%20Species/Forest%20Seeds/",
  Winrock: "Winrock International / NFTA. Growing Gliricidia: a quick guide to useful nitrogen fixing trees.",
  TropicalForages: "Tropical Forages factsheet: Gliricidia sepium (Cook et al., CIAT/CSIRO).",
  "RNGR-Gliricidia": "Wilkinson K., Elevitch C. Propagation protocol for Gliricidia sepium. Native Plant Network, RNGR (USDA FS).",
  "TropicalForages-Sesbania":
    "Tropical Forages factsheet: Sesbania sesban (Cook et al., CSIRO/DPI&F(Qld)/CIAT/ILRI), copy of http://www.tropicalforages.info/key/Forages/Media/Html/Sesbania_sesban.htm at https://docslib.org/download/1505108/factsheet-sesbania-sesban",
  "TropicalForages-Cajanus":
    "Tropical Forages (2020 edition, CIAT/CSIRO): Cajanus cajan. https://www.tropicalforages.info/text/entities/cajanus_cajan.htm",
  "KAU-TreeSeeds":
    "Sudhakara K. Online Manual for the Forest Tree Seeds of Kerala (Kerala Forest Department funded project). College of Forestry, Kerala Agricultural University, Thrissur; Paraserianthes falcataria record citing Kindt et al. 1997 and Chacko et al. 2002. http://treeseeds.kau.edu/index.php?a=view&recid=130",
  DiversityNativeSeeds:
    "Diversity Native Seeds (NSW seed supplier). Casuarina cunninghamiana, river oak: species profile (average seeds per gram, dormancy, pretreatment, germination period at 25 °C). https://diversitynativeseeds.com.au/species/casuarina-cunninghamiana-river-oak/",
  "AgricultureAcademy-Moringa":
    "Agriculture Academy. Growing Moringa oleifera from seed (grower's guide). http://agricultureacademy.com/growing-moringa-oleifera-from-seed/"
};

/** Where a value comes from: a reference and the place in it, or a stated assumption. */
export interface ValueSource {
  /** The reference, when a publication gives the value (or its basis). */
  ref?: ReferenceKey;
  /** What the publication says or how the value follows from it; for assumptions, the reasoning. */
  note: string;
  /** True when no publication fixes the value: the user should replace it with local figures. */
  assumption: boolean;
}

/** The growth forms of the species dataset (SpeciesRecord.growthForm). */
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

export type ParamName = keyof PropagationParams;

/** What the page needs to show and validate one parameter. */
export interface ParamInfo {
  name: ParamName;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
}

export const PARAM_INFO: ParamInfo[] = [
  { name: "germination", label: "Germination", unit: "fraction 0–1", min: 0.01, max: 1 },
  { name: "seedsPerKg", label: "Seeds per kg", unit: "seeds/kg", min: 1, max: 1e8 },
  { name: "seedsPerContainer", label: "Seeds per container (0 = seedbed)", unit: "seeds", min: 0, max: 10, integer: true },
  { name: "sowingFactor", label: "Sowing factor (seedbed)", unit: "×", min: 1, max: 5 },
  { name: "nurseryLoss", label: "Nursery losses and culls", unit: "fraction 0–1", min: 0, max: 0.9 },
  { name: "germinationWeeks", label: "Germination", unit: "weeks", min: 0, max: 52 },
  { name: "growthWeeks", label: "Growth to target size", unit: "weeks", min: 1, max: 156 },
  { name: "hardeningWeeks", label: "Hardening", unit: "weeks", min: 0, max: 26 },
  { name: "seedPriceUsdPerKg", label: "Seed price", unit: "USD/kg", min: 0, max: 1e6 }
];

export const PARAM_NAMES: ParamName[] = PARAM_INFO.map((p) => p.name);

type Sourced<T> = { [K in keyof T]: { value: T[K]; source: ValueSource } };

const assume = (note: string, ref?: ReferenceKey): ValueSource => ({ ref, note, assumption: true });
const cite = (ref: ReferenceKey, note: string): ValueSource => ({ ref, note, assumption: false });

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

// ---------------------------------------------------------------------------------------------------
// Nursery technologies

import { TECHNOLOGY_IDS, type TechnologyId } from "../scenario/index.js";

export { TECHNOLOGY_IDS, type TechnologyId };

/** A production system: how seedlings are held, with its effects on space, survival, time and cost. */
export interface Technology {
  id: TechnologyId;
  label: string;
  /** False for bare-root stock grown in beds. */
  containerized: boolean;
  /** Seedlings (containers) per m² of bed. */
  perM2: number;
  /** Container cost per seedling, USD (reusable trays: purchase price / number of crops). */
  containerUsd: number;
  /** Growing medium per container, litres (0 for bare-root). */
  substrateLitres: number;
  /** Labour to prepare media and fill containers (or prepare beds), person-days per 1,000 seedlings. */
  fillingDaysPer1000: number;
  /** Change in field survival against polybag stock, percentage points / 100. */
  survivalDelta: number;
  /** Extra weeks in the nursery against polybag stock (e.g. lifting and root pruning). */
  extraWeeks: number;
  sources: Partial<
    Record<"perM2" | "containerUsd" | "substrateLitres" | "fillingDaysPer1000" | "survivalDelta" | "extraWeeks", ValueSource>
  >;
  /** What the technology does and why, for the page. */
  note: string;
}

export const TECHNOLOGIES: Record<TechnologyId, Technology> = {
  "bare-root": {
    id: "bare-root",
    label: "Bare-root (seedbeds)",
    containerized: false,
    perM2: 100,
    containerUsd: 0,
    substrateLitres: 0,
    fillingDaysPer1000: 0.5,
    survivalDelta: -0.1,
    extraWeeks: 1,
    sources: {
      perM2: assume("Bed density of 100 seedlings/m² for tropical hardwood bare-root stock."),
      survivalDelta: assume(
        "Bare roots dry out in transport and planting; on harsh, dry mine spoils survival is lower than for container stock (TNM ch. 7, Containers).",
        "TNM2014"
      ),
      extraWeeks: assume("One week for root pruning and lifting."),
      fillingDaysPer1000: assume("Bed preparation instead of container filling.")
    },
    note: "Cheapest, but roots are exposed at lifting: plant on the same day, in the wettest weeks."
  },
  polybag: {
    id: "polybag",
    label: "Polybags (polypots)",
    containerized: true,
    perM2: 200,
    containerUsd: 0.02,
    substrateLitres: 0.6,
    fillingDaysPer1000: 1.5,
    survivalDelta: 0,
    extraWeeks: 0,
    sources: {
      perM2: cite("TreesForLife", "About 200 polypots per m² of bed."),
      containerUsd: assume("USD 0.01–0.03 per polybag (local purchase)."),
      substrateLitres: assume("A 10 × 15 cm lay-flat polybag holds about 0.6 L."),
      fillingDaysPer1000: assume("One worker fills about 650 polybags a day including media mixing.")
    },
    note: "The common tropical standard: cheap, but roots spiral at the bag wall if plants are held too long."
  },
  "root-trainer": {
    id: "root-trainer",
    label: "Root trainers / rigid cell trays",
    containerized: true,
    perM2: 350,
    containerUsd: 0.03,
    substrateLitres: 0.15,
    fillingDaysPer1000: 0.5,
    survivalDelta: 0.05,
    extraWeeks: 0,
    sources: {
      perM2: assume("About 350 cells of 150 cm³ per m² of bench."),
      containerUsd: assume("Tray price spread over about 5 crops: USD 0.02–0.05 per seedling."),
      substrateLitres: assume("150 cm³ cells; Hegde et al. (2013) found 300 cm³ best for Acacia mangium."),
      fillingDaysPer1000: assume("Trays are filled in bulk: about 2,000 cells a day."),
      survivalDelta: assume(
        "Vertical ribs stop root spiralling; better root form improves establishment (TNM ch. 7, Containers).",
        "TNM2014"
      )
    },
    note: "Ribbed rigid cells on raised benches: straight roots, light to transport, reusable."
  },
  "air-pruning": {
    id: "air-pruning",
    label: "Air-pruning trays",
    containerized: true,
    perM2: 300,
    containerUsd: 0.04,
    substrateLitres: 0.2,
    fillingDaysPer1000: 0.5,
    survivalDelta: 0.07,
    extraWeeks: 0,
    sources: {
      perM2: assume("About 300 cells of 200 cm³ per m² of raised bench."),
      containerUsd: assume("Tray price spread over about 5 crops: USD 0.03–0.06 per seedling."),
      substrateLitres: assume("200 cm³ cells."),
      fillingDaysPer1000: assume("Trays are filled in bulk: about 2,000 cells a day."),
      survivalDelta: assume(
        "Side slits air-prune root tips, giving a fibrous root plug that establishes fast (TNM ch. 7, Containers).",
        "TNM2014"
      )
    },
    note: "Side-slotted cells on raised benches: roots stop at the air gap and branch, no spiralling."
  }
};

/** Inoculation: rhizobia for N-fixers, mycorrhizal inoculum for the others. */
export interface Inoculation {
  kind: "rhizobial" | "mycorrhizal";
  usdPerSeedling: number;
  daysPer1000: number;
  survivalDelta: number;
  source: ValueSource;
}

export function inoculationFor(species: Pick<SpeciesForNursery, "nFixer">): Inoculation {
  return species.nFixer
    ? {
        kind: "rhizobial",
        usdPerSeedling: 0.002,
        daysPer1000: 0.1,
        survivalDelta: 0.03,
        source: assume(
          "Rhizobial inoculant at sowing (TNM ch. 14, Beneficial microorganisms): nodulated legumes establish better on N-poor spoils; the +3 points and USD 0.002 are assumptions.",
          "TNM2014"
        )
      }
    : {
        kind: "mycorrhizal",
        usdPerSeedling: 0.005,
        daysPer1000: 0.1,
        survivalDelta: 0.03,
        source: assume(
          "Mycorrhizal inoculum in the medium (TNM ch. 14, Beneficial microorganisms): better P uptake on infertile spoils; the +3 points and USD 0.005 are assumptions.",
          "TNM2014"
        )
      };
}

// ---------------------------------------------------------------------------------------------------
// Labour, area and cost rates (nursery-wide)

/** A value with a 90 % interval, for the cost estimates (decisionSupport style). */
export interface RangedValue {
  low: number;
  value: number;
  high: number;
  unit: string;
  source: ValueSource;
}

export interface NurseryRates {
  /** Labour to sow (direct, per container) or to prick out (per seedling), person-days per 1,000. */
  sowingDaysPer1000: RangedValue;
  prickingOutDaysPer1000: RangedValue;
  /** Watering, weeding, shifting and root pruning: person-days per 1,000 seedlings per week in the nursery. */
  careDaysPer1000PerWeek: RangedValue;
  /** Grading, culling, packing and loading: person-days per 1,000 dispatched. */
  dispatchDaysPer1000: RangedValue;
  /** Daily wage incl. on-costs, USD per person-day. */
  wageUsdPerDay: RangedValue;
  /** Growing medium (soil, sand, compost mix), USD per m³. */
  substrateUsdPerM3: RangedValue;
  /** Overheads (shade cloth, water, tools, supervision), fraction of direct costs. */
  overheadFraction: RangedValue;
  /** Extra seed bought beyond the computed need, fraction. */
  seedPurchaseMargin: RangedValue;
  /** Path area per m² of bed (1 m beds with 0.5 m paths). */
  pathFraction: RangedValue;
  /** Germinants per m² of seedbed (for pricked-out species). */
  seedbedGerminantsPerM2: RangedValue;
  /** Hardening area, fraction of bed + path area. */
  hardeningFraction: RangedValue;
  /** Service area (potting shed, media and seed store, water tank, compost), fraction of the rest. */
  serviceFraction: RangedValue;
}

export const DEFAULT_RATES: NurseryRates = {
  sowingDaysPer1000: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "person-days/1,000 containers",
    source: assume("About 3,000 containers sown a day.")
  },
  prickingOutDaysPer1000: {
    low: 0.7,
    value: 1,
    high: 1.5,
    unit: "person-days/1,000 seedlings",
    source: assume(
      "About 1,000 germinants pricked out a day (Jaenicke 1999: prick out at the first-leaf stage, handling by the leaves).",
      "Jaenicke1999"
    )
  },
  careDaysPer1000PerWeek: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "person-days/1,000 seedlings/week",
    source: assume("Hand watering twice a day, weeding and shifting: one worker tends about 20,000 seedlings.")
  },
  dispatchDaysPer1000: {
    low: 0.3,
    value: 0.5,
    high: 0.8,
    unit: "person-days/1,000 seedlings",
    source: assume("Grading, culling, packing and loading about 2,000 seedlings a day.")
  },
  wageUsdPerDay: {
    low: 3,
    value: 6,
    high: 12,
    unit: "USD/person-day",
    source: assume("Rural daily wage incl. on-costs; replace with the local rate.")
  },
  substrateUsdPerM3: { low: 15, value: 30, high: 60, unit: "USD/m³", source: assume("Forest soil, sand and compost mix, delivered.") },
  overheadFraction: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "fraction of direct costs",
    source: assume(
      "Shade cloth, irrigation, tools, supervision and depreciation (TNM ch. 2 lists these as nursery operating costs).",
      "TNM2014"
    )
  },
  seedPurchaseMargin: {
    low: 0.1,
    value: 0.2,
    high: 0.3,
    unit: "fraction",
    source: assume("Extra seed for re-sowing after failed germination.")
  },
  pathFraction: {
    low: 0.4,
    value: 0.5,
    high: 0.6,
    unit: "m² path per m² bed",
    source: assume("Beds about 1 m wide so the middle can be reached, with 0.5 m paths between them (Jaenicke 1999).", "Jaenicke1999")
  },
  seedbedGerminantsPerM2: {
    low: 500,
    value: 1000,
    high: 2000,
    unit: "germinants/m²",
    source: assume("Broadcast seedbed density for medium-sized seed.")
  },
  hardeningFraction: {
    low: 0.2,
    value: 0.3,
    high: 0.5,
    unit: "fraction of bed + path area",
    source: assume("An open, unshaded area where batches are hardened before dispatch (TNM ch. 4 hardening phase).", "TNM2014")
  },
  serviceFraction: {
    low: 0.1,
    value: 0.15,
    high: 0.25,
    unit: "fraction",
    source: assume("Potting shed, media and seed store, water tank and compost.")
  }
};

export type RateName = keyof NurseryRates;

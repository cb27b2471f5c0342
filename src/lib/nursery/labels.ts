/**
 * Labels the nursery page and its tables show: the publications behind the defaults (REFERENCES) and
 * each propagation parameter's name, unit and meaning (PARAM_INFO).
 */

import type { PropagationParams } from "./defaults.js";

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

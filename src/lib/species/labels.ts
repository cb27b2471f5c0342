/**
 * The words and symbols of the species step: criteria, codes, classes, changes, uses, exclusions and
 * native status. Values only (no computation), so that components may import them (docs/architecture.md).
 */
import type { UseClass } from "../data/records.js";
import type { CriterionCode } from "./substrate.js";

export type { CriterionCode } from "./substrate.js";

export type CriterionId =
  | "temperature"
  | "rainfall"
  | "drySeason"
  | "cold"
  | "altitude"
  | "zone"
  | "ph"
  | "salinity"
  | "aluminium"
  | "fertility"
  | "texture"
  | "drainage"
  | "depth"
  | "metals";

export interface CriterionInfo {
  id: CriterionId;
  /** Column header. */
  label: string;
  /**
   * Limiting: "outside" makes a species unsuitable. Otherwise a caution: "outside" makes it marginal
   * (the limit is coarse or duplicates a limiting criterion, or the site can be managed, e.g. amended).
   */
  limiting: boolean;
  /** True when the criterion depends on the climate (differs between present and scenario). */
  climatic: boolean;
}

/** The criteria in table order; scores hold their codes in this order. */
export const CRITERIA: readonly CriterionInfo[] = [
  { id: "temperature", label: "Temperature", limiting: true, climatic: true },
  { id: "rainfall", label: "Rainfall", limiting: true, climatic: true },
  { id: "drySeason", label: "Dry season", limiting: true, climatic: true },
  { id: "cold", label: "Cold", limiting: true, climatic: true },
  { id: "altitude", label: "Altitude", limiting: false, climatic: false },
  { id: "zone", label: "Climate zone", limiting: false, climatic: true },
  { id: "ph", label: "pH", limiting: true, climatic: false },
  { id: "salinity", label: "Salinity", limiting: true, climatic: false },
  { id: "aluminium", label: "Al toxicity", limiting: true, climatic: false },
  { id: "fertility", label: "Fertility", limiting: false, climatic: false },
  { id: "texture", label: "Texture", limiting: false, climatic: false },
  { id: "drainage", label: "Drainage", limiting: false, climatic: false },
  { id: "depth", label: "Depth", limiting: false, climatic: false },
  { id: "metals", label: "Metals", limiting: false, climatic: false }
];

export const CRITERION_INDEX: Readonly<Record<CriterionId, number>> = Object.fromEntries(CRITERIA.map((c, i) => [c.id, i])) as Record<
  CriterionId,
  number
>;

/** Symbols like CABI's Species Selection Module; always shown with their word (colour is never alone). */
export const CODE_SYMBOL: Readonly<Record<CriterionCode, string>> = { optimal: "+", tolerable: "±", outside: "−", unknown: "?" };

/** The word for each code, as screen readers and the legend say it. */
export const CODE_WORD: Readonly<Record<CriterionCode, string>> = {
  optimal: "optimal",
  tolerable: "tolerable",
  outside: "outside",
  unknown: "unknown"
};

export type SuitabilityClass = "suitable" | "marginal" | "unsuitable" | "insufficient";
export const CLASSES: readonly SuitabilityClass[] = ["suitable", "marginal", "insufficient", "unsuitable"];
export const CLASS_LABEL: Readonly<Record<SuitabilityClass, string>> = {
  suitable: "suitable",
  marginal: "marginal",
  insufficient: "insufficient data",
  unsuitable: "unsuitable"
};

/** Kept: viable (suitable or marginal) now and later; gained/lost: viable only later/now; never: neither. */
export type ScenarioChange = "kept" | "gained" | "lost" | "uncertain" | "never";
export const CHANGES: readonly ScenarioChange[] = ["kept", "gained", "lost", "uncertain", "never"];
export const CHANGE_LABEL: Readonly<Record<ScenarioChange, string>> = {
  kept: "kept",
  gained: "gained",
  lost: "lost",
  uncertain: "uncertain",
  never: "not suited"
};

export const USE_LABEL: Readonly<Record<UseClass, string>> = {
  fruit: "fruit",
  fodder: "fodder",
  timber: "timber",
  fuelwood: "fuelwood",
  charcoal: "charcoal",
  oil: "oil",
  bioenergy: "bioenergy",
  erosionControl: "erosion control",
  nFixation: "N fixation",
  revegetation: "revegetation",
  honey: "honey",
  medicinal: "medicinal",
  shade: "shade"
};

/** Why a species is not picked automatically (it is still scored, listed and allowed as a must-have). */
export type Exclusion =
  | "invasiveHere"
  | "invasiveElsewhere"
  | "invasive"
  | "weed"
  | "climber"
  | "herbaceous"
  | "succulent"
  | "monocot"
  | "mangrove"
  | "ornamental"
  | "noRole";

/** Plain-language names of the exclusions: one and many species (for counts), and why (for one species). */
export const EXCLUSION_LABEL: Readonly<Record<Exclusion, { one: string; many: string; why: string }>> = {
  invasiveHere: {
    one: "species flagged invasive in the site's country",
    many: "species flagged invasive in the site's country",
    why: "the GRIIS checklist of the site's country flags it invasive"
  },
  invasiveElsewhere: {
    one: "exotic species flagged invasive in another country",
    many: "exotic species flagged invasive in other countries",
    why: "it is not native here and a GRIIS checklist of another country flags it invasive (allowed only when exotics are allowed)"
  },
  invasive: {
    one: "species on the IUCN list of the world's worst invasive aliens",
    many: "species on the IUCN list of the world's worst invasive aliens",
    why: "it is on the IUCN/ISSG list of 100 of the world's worst invasive alien species (Lowe et al. 2000)"
  },
  weed: { one: "species that can become a weed", many: "species that can become weeds", why: "Ecocrop says it can become a weed" },
  climber: {
    one: "climber",
    many: "climbers",
    why: "Ecocrop records it as a climber (life form vine or climbing habit), not a tree or shrub proper"
  },
  herbaceous: { one: "herb or sub-shrub", many: "herbs or sub-shrubs", why: "Ecocrop records it as a herb or sub-shrub, not a tree" },
  mangrove: {
    one: "mangrove",
    many: "mangroves",
    why: "it is a mangrove, a tree of the intertidal zone (Tomlinson 1986), not of a mine's dry spoil"
  },
  succulent: { one: "succulent", many: "succulents", why: "it is a succulent, without the spreading crown of a framework tree" },
  monocot: {
    one: "palm or other monocot",
    many: "palms or other monocots",
    why: "it is a palm or other monocot, without true wood or a spreading crown"
  },
  ornamental: {
    one: "ornamental-only species",
    many: "ornamental-only species",
    why: "Ecocrop files it only as an ornamental and no source records a restoration role or product"
  },
  noRole: {
    one: "species with no asked-for use, restoration role or product",
    many: "species with no asked-for use, restoration role or product",
    why: "it has none of the uses asked for and no recorded restoration role (N fixation, revegetation, erosion control, shade) or product (fuelwood, fodder, timber)"
  }
};

/**
 * Where a species stands at the site's WGSRPD level-3 area according to WCVP (src/lib/species/native.ts):
 * native; introduced; recorded but extinct there; recorded with a doubtful location; not recorded there;
 * its name is not in WCVP; or unknown because the site is in no level-3 area. Only "native" is native.
 */
export type NativeStatus = "native" | "introduced" | "extinct" | "doubtful" | "notRecorded" | "notInWcvp" | "noArea";

export const NATIVE_LABEL: Readonly<Record<NativeStatus, string>> = {
  native: "native",
  introduced: "introduced here",
  extinct: "extinct here",
  doubtful: "doubtful here",
  notRecorded: "not recorded here",
  notInWcvp: "name not in WCVP",
  noArea: "unknown (site in no area)"
};

/** WCUPS use categories in words. */
export const WCUPS_USE_LABEL: Readonly<Record<string, string>> = {
  AnimalFood: "animal food",
  EnvironmentalUses: "environmental uses",
  Fuels: "fuels",
  GeneSources: "gene sources",
  HumanFood: "human food",
  InvertebrateFood: "invertebrate food",
  Materials: "materials",
  Medicines: "medicines",
  Poisons: "poisons",
  SocialUses: "social uses"
};

/** The ranked table's line when no species is suitable now and under the scenario (rank.ts suitableLineIndex). */
export const NONE_SUITABLE_TEXT =
  "None suitable — no species below is suitable both now and under the scenario: marginal, lacking data or unsuitable, never a recommendation.";
/** The ranked table's line under the last species suitable now and under the scenario. */
export const SUITABLE_LINE_TEXT = "Not suitable below this line — marginal, lacking data or unsuitable now or under the scenario.";

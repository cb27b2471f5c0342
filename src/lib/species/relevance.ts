/**
 * Restoration relevance of a species: which species the planting mix may pick on its own, and how well
 * a species fits a restoration planting and the uses people asked for. Rules, rationale and sources:
 * docs/species-selection.md, "Planting mix"; in short:
 *
 * - Candidates for an automatic pick are trees and shrubs proper that can do a job in a restoration
 *   planting — the "framework species" idea (Goosem & Tucker 1995; Elliott et al. 2003, For. Ecol. Manage.
 *   184: 177–191; Elliott, Blakesley & Hardwick 2013, *Restoring Tropical Forests*, Kew): woody species
 *   that survive and grow on open degraded land, close canopy and shade out grasses, fix nitrogen or
 *   attract seed dispersers. Not picked automatically (but scored, listed, and allowed as must-haves):
 *   species Ecocrop says can become a weed; climbers and herbs or sub-shrubs (Ecocrop life form and
 *   habit); palms and other arborescent monocots and succulents (no true wood, no spreading crown);
 *   species Ecocrop files only as ornamentals; and species with neither a use asked for nor a recorded
 *   restoration role or product.
 * - Relevance (0–1) = the mean of two halves when uses are asked for: the share of the asked-for uses the
 *   species provides, and its restoration evidence — the mean of three equally weighted groups: roles
 *   (N fixation, revegetation/pioneer, erosion control, shade & shelter), products that give neighbours a
 *   stake in the planting (fuelwood, fodder, timber; Lamb, Erskine & Parrotta 2005, Science 310:
 *   1628–1632), and evidence of use as a forest or environmental tree (GlobalUsefulNativeTrees listing,
 *   Ecocrop categories "forest/wood" and "environmental"). Without asked-for uses, relevance is the
 *   evidence alone. The equal weights are a choice (no source ranks these against each other).
 */
import type { SpeciesRecord, UseClass } from "../data/records.js";
import type { Exclusion } from "./labels.js";
import { hasUse } from "./rank.js";

/**
 * Ecocrop taxa (EcoPortCode → name) that are not trees or shrubs proper, from the LIFO (life form) and
 * HABI (habit) fields of data/species/EcoCrop_DB.csv, which the species dataset does not carry:
 * - climber: LIFO lists "vine" but not "tree", or HABI is "climber/scrambler/scadent" without "erect";
 * - herbaceous: LIFO lists "herb" or "sub-shrub" and not "tree".
 * test/lib/species-relevance.test.ts recomputes both lists from the raw file.
 */
export const ECOCROP_CLIMBERS: ReadonlyMap<number, string> = new Map([
  [738, "Clitoria ternatea"],
  [889, "Actinidia chinensis"],
  [2160, "Vitis vinifera"],
  [2582, "Acacia ataxacantha"],
  [3659, "Bauhinia esculenta"],
  [4027, "Calamus erinaceus"],
  [4033, "Calamus peregrinus"],
  [4223, "Carissa carandas"],
  [6212, "Ficus vogelii"],
  [7396, "Lonchocarpus nicou"],
  [10663, "Uncaria gambir"],
  [49211, "Lonicera caprifolium"],
  [148974, "Uvaria scheffleri"],
  [372235, "Desmodium heterocarpon sp. heterocarpon"]
]);

export const ECOCROP_HERBACEOUS: ReadonlyMap<number, string> = new Map([
  [634, "Cassia alata"],
  [1686, "Physalis peruviana"],
  [2088, "Tithonia diversifolia"],
  [2411, "Rungia klossii"],
  [2736, "Acanthus ilicifolius"],
  [4414, "Cephaelis ipecacuanha"],
  [5258, "Desmanthus virgatus"],
  [5267, "Desmodium velutinum"],
  [6882, "Indigofera arrecta"],
  [7172, "Lavandula angustifolia"],
  [7175, "Lavandula intermedia"],
  [10700, "Vaccinium angustifolium"],
  [372261, "Stylosanthes seabrana"]
]);

/**
 * Monocot families with tree- or shrub-like members (APG IV names and the older names datasets still
 * use). Monocots have no vascular cambium, so they form no true wood (secondary xylem) and no branching,
 * spreading crown (palms: Tomlinson 1990, *The Structural Biology of Palms*; Yucca and Dracaena thicken by
 * an anomalous "monocot cambium" but keep the rosette form).
 */
export const MONOCOT_FAMILIES: ReadonlySet<string> = new Set([
  "Arecaceae",
  "Palmae",
  "Asparagaceae",
  "Agavaceae",
  "Dracaenaceae",
  "Asphodelaceae",
  "Xanthorrhoeaceae",
  "Pandanaceae",
  "Cyclanthaceae",
  "Bromeliaceae",
  "Poaceae",
  "Musaceae",
  "Strelitziaceae"
]);

/** Monocot genera of the species dataset that have no family there (Ecocrop leaves FAMNAME empty). */
export const MONOCOT_GENERA_WITHOUT_FAMILY: ReadonlySet<string> = new Set([
  "Carludovica", // Cyclanthaceae
  "Acehmea", // Ecocrop's spelling of Aechmea, Bromeliaceae
  "Aechmea"
]);

/**
 * Succulent taxa (stem or leaf succulents, as treated in the Illustrated Handbook of Succulent Plants,
 * Eggli ed. 2001–2002): the cactus family, the rosette-leaf succulent genera, and stem-succulent species
 * of otherwise non-succulent genera. Those of the species dataset: Opuntia ficus-indica, Aloe
 * arborescens, Yucca elephantipes, Furcraea gigantea, Euphorbia tirucalli.
 */
export const SUCCULENT_FAMILIES: ReadonlySet<string> = new Set(["Cactaceae", "Crassulaceae", "Aizoaceae", "Didiereaceae"]);
export const SUCCULENT_GENERA: ReadonlySet<string> = new Set([
  "Aloe",
  "Agave",
  "Yucca",
  "Furcraea",
  "Sansevieria",
  "Dracaena",
  "Adenium",
  "Pachypodium"
]);
export const SUCCULENT_SPECIES: ReadonlySet<string> = new Set(["Euphorbia tirucalli"]);

/**
 * Mangroves: trees of the intertidal zone, rooted in tidal mud and flooded by sea water every day
 * (Tomlinson 1986, *The Botany of Mangroves*, Cambridge; the "true mangrove" genera of its table 1.1 and
 * Duke's list of mangrove species). They do not grow on a mine's dry spoil; Ecocrop records salinity
 * tolerance but no habitat, so without this list they pass the climate and soil criteria.
 */
export const MANGROVE_GENERA: ReadonlySet<string> = new Set([
  "Rhizophora",
  "Ceriops",
  "Bruguiera",
  "Kandelia",
  "Sonneratia",
  "Avicennia",
  "Aegiceras",
  "Lumnitzera",
  "Laguncularia",
  "Xylocarpus",
  "Nypa",
  "Aegialitis",
  "Osbornia",
  "Pelliciera",
  "Camptostemon"
]);

/** Mangrove species of genera that also have inland species (Tomlinson 1986: Heritiera, a minor mangrove component). */
export const MANGROVE_SPECIES: ReadonlySet<string> = new Set(["Heritiera littoralis", "Heritiera fomes"]);

/** Restoration roles: what a species does for the site (nurse, soil, cover, shade). */
export const RESTORATION_ROLES: readonly UseClass[] = ["nFixation", "revegetation", "erosionControl", "shade"];
/** Products that give neighbours a reason to protect the planting (agroforestry, Lamb et al. 2005). */
export const RESTORATION_PRODUCTS: readonly UseClass[] = ["fuelwood", "fodder", "timber"];
/** Ecocrop categories that show a species is used as a forest or environmental tree. */
export const EVIDENCE_CATEGORIES: readonly string[] = ["forest/wood", "environmental"];
/** Ecocrop categories that name no use besides ornament (and medicine or weediness). */
const ORNAMENTAL_ONLY_CATEGORIES: ReadonlySet<string> = new Set(["ornamentals/turf", "medicinals & aromatic", "weed"]);

/**
 * The trees and shrubs on the IUCN SSC Invasive Species Specialist Group's list "100 of the World's Worst
 * Invasive Alien Species" (Lowe S., Browne M., Boudjelas S., De Poorter M. 2000, ISSG/IUCN, Auckland;
 * the 2013 update changed no woody species). Ecocrop flags only some of them as weeds (not Leucaena
 * leucocephala, Pinus pinaster, Psidium cattleianum, Spathodea campanulata or Cinchona pubescens), and a
 * restoration mix must not spread them. Matched on the accepted name and synonyms.
 */
export const WORST_INVASIVE_WOODY: ReadonlySet<string> = new Set([
  "Acacia mearnsii",
  "Ardisia elliptica",
  "Cecropia peltata",
  "Chromolaena odorata",
  "Cinchona pubescens",
  "Clidemia hirta",
  "Hiptage benghalensis",
  "Lantana camara",
  "Leucaena leucocephala",
  "Ligustrum robustum",
  "Melaleuca quinquenervia",
  "Miconia calvescens",
  "Mimosa pigra",
  "Morella faya",
  "Myrica faya",
  "Pinus pinaster",
  "Prosopis glandulosa",
  "Psidium cattleianum",
  "Rubus ellipticus",
  "Schinus terebinthifolius",
  "Spathodea campanulata",
  "Tamarix ramosissima",
  "Ulex europaeus"
]);

/** True when the species is on the IUCN/ISSG list of the world's worst invasive aliens (by name or synonym). */
export function isWorstInvasive(record: Pick<SpeciesRecord, "name" | "synonyms">): boolean {
  return WORST_INVASIVE_WOODY.has(record.name) || record.synonyms.some((s) => WORST_INVASIVE_WOODY.has(s));
}

/** True when Ecocrop warns that the species can become a weed. */
export function isWeedRisk(record: SpeciesRecord): boolean {
  return record.introductionRisk.includes("can become a weed");
}

/** Why a species is not a tree or shrub proper, or null when it is one. */
export function growthHabitExclusion(record: SpeciesRecord): "climber" | "herbaceous" | "succulent" | "monocot" | "mangrove" | null {
  if (ECOCROP_CLIMBERS.has(record.id)) return "climber";
  if (ECOCROP_HERBACEOUS.has(record.id)) return "herbaceous";
  const family = record.family ?? "";
  if (SUCCULENT_FAMILIES.has(family) || SUCCULENT_GENERA.has(record.genus) || SUCCULENT_SPECIES.has(record.name)) return "succulent";
  if (MONOCOT_FAMILIES.has(family) || (!record.family && MONOCOT_GENERA_WITHOUT_FAMILY.has(record.genus))) return "monocot";
  if (MANGROVE_GENERA.has(record.genus) || MANGROVE_SPECIES.has(record.name)) return "mangrove";
  return null;
}

/**
 * True when Ecocrop files the species as an ornamental and under no other use category (medicinal and
 * weed aside), and no source records a restoration role or product for it (RESTORATION_ROLES,
 * RESTORATION_PRODUCTS): Nerium oleander is ornamental only, Salix alba (fodder, timber) is not.
 */
export function isOrnamentalOnly(record: SpeciesRecord): boolean {
  if (!record.categories.includes("ornamentals/turf")) return false;
  if (!record.categories.every((c) => ORNAMENTAL_ONLY_CATEGORIES.has(c))) return false;
  return !RESTORATION_ROLES.some((u) => hasUse(record, u)) && !RESTORATION_PRODUCTS.some((u) => hasUse(record, u));
}

/**
 * Why the mix does not pick the species on its own, or null when it may. In this order: among the world's
 * worst invasive aliens, weed risk, not a
 * tree or shrub proper, ornamental only, no asked-for use and no restoration role or product.
 */
export function autoPickExclusion(record: SpeciesRecord, priorityUses: readonly UseClass[] = []): Exclusion | null {
  if (isWorstInvasive(record)) return "invasive";
  if (isWeedRisk(record)) return "weed";
  const habit = growthHabitExclusion(record);
  if (habit) return habit;
  if (isOrnamentalOnly(record)) return "ornamental";
  if (
    !priorityUses.some((u) => hasUse(record, u)) &&
    !RESTORATION_ROLES.some((u) => hasUse(record, u)) &&
    !RESTORATION_PRODUCTS.some((u) => hasUse(record, u))
  )
    return "noRole";
  return null;
}

export interface Relevance {
  /** 0–1: (share of asked-for uses + evidence) / 2, or the evidence alone when no use is asked for. */
  score: number;
  /** Asked-for uses the species provides. */
  priority: UseClass[];
  /** Restoration roles and products it has, and the evidence of forest or environmental use. */
  roles: UseClass[];
  products: UseClass[];
  evidence: string[];
  /** The restoration-evidence half (0–1): the mean of roles / 4, products / 3 and evidence / 3. */
  restoration: number;
}

/** The relevance of a species to a restoration planting and to the asked-for uses (see the module note). */
export function relevanceOf(record: SpeciesRecord, priorityUses: readonly UseClass[] = []): Relevance {
  const priority = priorityUses.filter((u) => hasUse(record, u));
  const roles = RESTORATION_ROLES.filter((u) => hasUse(record, u));
  const products = RESTORATION_PRODUCTS.filter((u) => hasUse(record, u));
  const evidence: string[] = [];
  if (record.globunt) evidence.push("GlobalUsefulNativeTrees");
  for (const c of EVIDENCE_CATEGORIES) if (record.categories.includes(c)) evidence.push(`Ecocrop ${c}`);
  const restoration =
    (roles.length / RESTORATION_ROLES.length +
      products.length / RESTORATION_PRODUCTS.length +
      evidence.length / (EVIDENCE_CATEGORIES.length + 1)) /
    3;
  const score = priorityUses.length ? (priority.length / priorityUses.length + restoration) / 2 : restoration;
  return { score, priority, roles, products, evidence, restoration };
}

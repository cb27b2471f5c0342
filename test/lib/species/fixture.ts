/**
 * A SpeciesRecord for hand-worked tests: every field "not known" (null / empty / false) unless given.
 * Not a test file; imported by the species tests.
 */
import type { SpeciesRecord, UseClass } from "../../../src/lib/data/records.js";
import type { SiteClimate, SpeciesSite } from "../../../src/lib/species/index.js";
import { EMPTY_SUBSTRATE, type Substrate } from "../../../src/lib/species/substrate.js";

const NO_USES: Record<UseClass, boolean> = {
  fruit: false,
  fodder: false,
  timber: false,
  fuelwood: false,
  charcoal: false,
  oil: false,
  bioenergy: false,
  erosionControl: false,
  nFixation: false,
  revegetation: false,
  honey: false,
  medicinal: false,
  shade: false
};

export function makeRecord(
  fields: Partial<Omit<SpeciesRecord, "uses">> & { uses?: Partial<Record<UseClass, boolean>> } = {}
): SpeciesRecord {
  const { uses, ...rest } = fields;
  const name = rest.name ?? "Testia exemplaris";
  return {
    id: 1,
    name,
    author: null,
    family: null,
    genus: name.split(" ")[0],
    synonyms: [],
    commonNames: [],
    growthForm: "tree",
    tempOpt: [null, null],
    tempAbs: [null, null],
    rainOpt: [null, null],
    rainAbs: [null, null],
    phOpt: [null, null],
    phAbs: [null, null],
    altitudeMax: null,
    killingTempRest: null,
    killingTempGrowth: null,
    depthOpt: [],
    depthAbs: [],
    textureOpt: [],
    textureAbs: [],
    fertilityOpt: [],
    fertilityAbs: [],
    alToxicityOpt: [],
    alToxicityAbs: [],
    salinityOpt: [],
    salinityAbs: [],
    drainageOpt: [],
    drainageAbs: [],
    climateZones: [],
    abioticTolerance: [],
    abioticSusceptibility: [],
    introductionRisk: [],
    categories: [],
    useSources: {},
    wcups: null,
    nFixingStatus: null,
    nFixer: null,
    woodDensity: null,
    woodDensityLevel: null,
    globunt: false,
    wcvp: null,
    griis: { alien: [], invasive: [] },
    ...rest,
    uses: { ...NO_USES, ...uses }
  };
}

/**
 * Acacia mangium as in FAO Ecocrop (EcoPortCode 2658), copied from data/species/EcoCrop_DB.csv:
 * TOPMN–TOPMX 22–34, TMIN–TMAX 12–38 °C; ROPMN–ROPMX 2000–3000, RMIN–RMAX 1000–4500 mm; pH 5–6.5
 * (4–7.5); ALTMX 800 m; KTMPR = KTMP = −1 °C; CLIZ Aw; FER moderate, FERR low; SAL low, SALR medium.
 */
export const ACACIA_MANGIUM = makeRecord({
  id: 2658,
  name: "Acacia mangium",
  synonyms: ["Racosperma mangium"],
  commonNames: ["mangium", "mangium wattle"],
  growthForm: "tree/shrub",
  tempOpt: [22, 34],
  tempAbs: [12, 38],
  rainOpt: [2000, 3000],
  rainAbs: [1000, 4500],
  phOpt: [5, 6.5],
  phAbs: [4, 7.5],
  altitudeMax: 800,
  killingTempRest: -1,
  killingTempGrowth: -1,
  depthOpt: ["medium"],
  depthAbs: ["shallow"],
  textureOpt: ["medium"],
  textureAbs: ["heavy", "medium", "light"],
  fertilityOpt: ["moderate"],
  fertilityAbs: ["low"],
  salinityOpt: ["low"],
  salinityAbs: ["medium"],
  drainageOpt: ["poorly", "well"],
  drainageAbs: ["poorly", "well", "excessive"],
  climateZones: ["Aw"],
  abioticTolerance: ["flooding"],
  abioticSusceptibility: ["fire"],
  nFixingStatus: "Rhizobia",
  nFixer: true,
  woodDensity: 0.507,
  uses: { fodder: true, timber: true, fuelwood: true, nFixation: true, revegetation: true, shade: true }
});

/**
 * Picea abies as in FAO Ecocrop (EcoPortCode 8571): 5–15 (3–25) °C; 400–700 (300–900) mm; pH 4–5
 * (3.7–5.5); ALTMX 2000 m; KTMPR −30, KTMP −1 °C; CLIZ Cs, Do, Dc, E.
 */
export const PICEA_ABIES = makeRecord({
  id: 8571,
  name: "Picea abies",
  synonyms: ["Abies excelsa", "Picea excelsa"],
  commonNames: ["Norway spruce"],
  tempOpt: [5, 15],
  tempAbs: [3, 25],
  rainOpt: [400, 700],
  rainAbs: [300, 900],
  phOpt: [4, 5],
  phAbs: [3.7, 5.5],
  altitudeMax: 2000,
  killingTempRest: -30,
  killingTempGrowth: -1,
  climateZones: ["Cs", "Do", "Dc", "E"],
  salinityOpt: ["low"],
  salinityAbs: ["low"],
  woodDensity: 0.37,
  uses: { timber: true, medicinal: true }
});

export const NO_CLIMATE: SiteClimate = { tMean: null, precAnnual: null, dryMonths: null, tMinColdest: null, koppen: null };

export function makeSite(
  present: Partial<SiteClimate>,
  scenario: Partial<SiteClimate> = present,
  more: { elevation?: number | null; substrate?: Partial<Substrate> } = {}
): SpeciesSite {
  return {
    present: { ...NO_CLIMATE, ...present },
    scenario: { ...NO_CLIMATE, ...scenario },
    elevation: more.elevation ?? null,
    substrate: { ...EMPTY_SUBSTRATE, ...more.substrate }
  };
}

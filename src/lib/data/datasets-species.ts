/** Catalogue entry of the species dataset (Ecocrop ranges joined with uses, N fixation and wood density). */

import { GRIIS_SOURCE, WCVP_SOURCE } from "./catalogue-native.js";
import { type ColumnInfo, col, type DatasetInfo, type SourceInfo } from "./dataset-info.js";
import { USE_CLASSES, WCUPS_FLAGS } from "./species.js";

const FAO_ECOCROP: SourceInfo = {
  name: "FAO Ecocrop",
  files: ["species/EcoCrop_DB.csv", "species/crop_uses.csv"],
  licence: "FAO terms, treated as CC BY-NC-SA 3.0 IGO (non-commercial, share-alike)",
  citation: "FAO, ECOCROP database, Food and Agriculture Organization of the United Nations, Rome (gaez.fao.org/pages/ecocrop)."
};

const USE_MEANINGS: Record<string, string> = {
  fruit: "fruits used for food & beverage (Ecocrop detailed uses)",
  fodder: "animal food (feed) (Ecocrop)",
  timber: "timber wood (Ecocrop)",
  fuelwood: "fuelwood (Ecocrop)",
  charcoal: "charcoal (Ecocrop)",
  oil: "lipids/oil & fats, or food lipids (Ecocrop)",
  bioenergy: "petroleum substitutes/alcohol, alcohol or non-wood fuel, or oil (Ecocrop)",
  erosionControl: "erosion control (Ecocrop)",
  nFixation: "nitrogen fixation (Ecocrop environmental use) or a NodDB N-fixing genus",
  revegetation: "revegetation or pioneer (Ecocrop)",
  honey: "honey (Ecocrop)",
  medicinal: "any medicinal use (Ecocrop)",
  shade: "shade & shelter (Ecocrop)"
};

const speciesColumns: ColumnInfo[] = [
  col("id", "integer", null, "Ecocrop EcoPortCode (stable id)"),
  col("name", "string", null, "Accepted name (GlobUNT/WFO or WCUPS/WCVP where Ecocrop's name is outdated), UTF-8"),
  col("author", "string", null, "Authority of the Ecocrop name (empty when renamed)"),
  col("family", "string", null, "Plant family (APG, -aceae form)"),
  col("genus", "string", null, "Genus of the accepted name"),
  col("growthForm", "string", null, "tree, shrub or tree/shrub (Ecocrop life form)"),
  col("synonyms", "string", null, "Other names, '; '-separated (the Ecocrop name when renamed, then Ecocrop synonyms)"),
  col("commonNames", "string", null, "Up to six Ecocrop common names, '; '-separated"),
  col("tempOptMin", "number", "°C", "Optimal mean annual temperature, lower limit (Ecocrop TOPMN)"),
  col("tempOptMax", "number", "°C", "Optimal mean annual temperature, upper limit (TOPMX)"),
  col("tempAbsMin", "number", "°C", "Absolute mean annual temperature, lower limit (TMIN)"),
  col("tempAbsMax", "number", "°C", "Absolute mean annual temperature, upper limit (TMAX)"),
  col("rainOptMin", "number", "mm/yr", "Optimal annual rainfall, lower limit (ROPMN)"),
  col("rainOptMax", "number", "mm/yr", "Optimal annual rainfall, upper limit (ROPMX)"),
  col("rainAbsMin", "number", "mm/yr", "Absolute annual rainfall, lower limit (RMIN)"),
  col("rainAbsMax", "number", "mm/yr", "Absolute annual rainfall, upper limit (RMAX)"),
  col("phOptMin", "number", "pH", "Optimal soil pH, lower limit (PHOPMN)"),
  col("phOptMax", "number", "pH", "Optimal soil pH, upper limit (PHOPMX)"),
  col("phAbsMin", "number", "pH", "Absolute soil pH, lower limit (PHMIN)"),
  col("phAbsMax", "number", "pH", "Absolute soil pH, upper limit (PHMAX)"),
  col("altitudeMax", "number", "m", "Absolute maximum altitude (ALTMX)"),
  col("killingTempRest", "number", "°C", "Killing temperature during rest (KTMPR)"),
  col("killingTempGrowth", "number", "°C", "Killing temperature during early growth (KTMP)"),
  col("depthOpt", "string", null, "Optimal soil depth classes: very shallow (<20 cm), shallow (20–50), medium (50–150), deep (>150)"),
  col("depthAbs", "string", null, "Absolute (tolerated) soil depth classes"),
  col("textureOpt", "string", null, "Optimal soil texture classes: heavy, medium, light, organic, wide"),
  col("textureAbs", "string", null, "Absolute soil texture classes"),
  col("fertilityOpt", "string", null, "Optimal soil fertility: low, moderate, high"),
  col("fertilityAbs", "string", null, "Absolute soil fertility"),
  col(
    "alToxicityOpt",
    "string",
    null,
    "Optimal Al toxicity class: none (<5 % Al saturation of CEC), low (6–15), medium (16–25), high (>25)"
  ),
  col("alToxicityAbs", "string", null, "Tolerated Al toxicity class"),
  col("salinityOpt", "string", null, "Optimal salinity class: none, low (<4 dS/m ECe), medium (4–10), high (>10)"),
  col("salinityAbs", "string", null, "Tolerated salinity class"),
  col("drainageOpt", "string", null, "Optimal drainage: poorly (saturated >50 % of year), well (dry spells), excessive (dry)"),
  col("drainageAbs", "string", null, "Tolerated drainage classes"),
  col("climateZones", "string", null, "Köppen–Trewartha zones (Ecocrop CLIZ), e.g. Ar; Aw; Cf"),
  col("abioticTolerance", "string", null, "Abiotic tolerances (Ecocrop ABITOL), e.g. drought; fire"),
  col("abioticSusceptibility", "string", null, "Abiotic susceptibilities (ABISUS)"),
  col("introductionRisk", "string", null, "Introduction risks (INTRI), e.g. can become a weed"),
  col("categories", "string", null, "Ecocrop categories, e.g. forest/wood; fruits & nuts"),
  ...USE_CLASSES.map((use) => col(`use_${use}`, "boolean", null, `Use: ${USE_MEANINGS[use]}; false = no source says so`)),
  col("useSources", "string", null, "Source of each true use, e.g. 'fodder: Ecocrop; nFixation: Ecocrop, NodDB'"),
  ...WCUPS_FLAGS.map((flag) => col(`wcups_${flag}`, "boolean", null, `WCUPS use flag ${flag}; empty when the name is not in WCUPS`)),
  col("nFixingStatus", "string", null, "NodDB consensus N-fixation status of the genus (Rhizobia, Frankia, None, …)"),
  col(
    "nFixer",
    "boolean",
    null,
    "Genus is a (likely) N fixer per NodDB: Rhizobia, likely_Rhizobia, Frankia, Nostocaceae, Present, likely_present"
  ),
  col("woodDensity", "number", "g/cm³", "Mean wood specific gravity (oven-dry mass / green volume), GWDD"),
  col("woodDensityLevel", "string", null, "species = species mean of GWDD records; genus = mean of the genus's species means"),
  col("globunt", "boolean", null, "Listed in GlobalUsefulNativeTrees 2023.01 (a useful tree species)"),
  col("wcvpName", "string", null, "WCVP taxon name the species matched (accepted name or a synonym); empty = name not in WCVP"),
  col("nativeAreas", "string", null, "WGSRPD level-3 codes where WCVP records the species as native, '; '-separated"),
  col("introducedAreas", "string", null, "WGSRPD level-3 codes where WCVP records it as introduced"),
  col("griisInvasiveIn", "string", null, "ISO3 codes of countries whose GRIIS checklist flags it invasive"),
  col("griisAlienIn", "string", null, "ISO3 codes of countries whose GRIIS checklist lists it as introduced, not flagged invasive")
];

export const SPECIES_DATASETS: DatasetInfo[] = [
  {
    name: "species",
    title: "Woody species: climate and soil ranges, uses, N fixation, wood density",
    description:
      "The trees and shrubs of FAO Ecocrop (life form containing tree or shrub) with their optimal and absolute ranges of temperature, rainfall and soil pH, altitude, killing temperatures, soil depth, texture, fertility, Al toxicity, salinity and drainage classes, Köppen–Trewartha zones and tolerances; joined with Ecocrop detailed uses, WCUPS use flags, NodDB N-fixation status of the genus, GWDD wood density and GlobUNT; with WCVP native and introduced level-3 areas and GRIIS countries where listed as introduced or invasive.",
    sources: [
      FAO_ECOCROP,
      {
        name: "World Checklist of Useful Plant Species (WCUPS)",
        files: ["species/utilised_plants_species_list.csv"],
        licence: "CC BY 4.0",
        citation:
          "Diazgranados M. et al. (2020) World Checklist of Useful Plant Species, KNB, doi:10.5063/F1CV4G34; Pironon S. et al. (2024) Science 383: 293–297."
      },
      {
        name: "NodDB v1",
        files: ["species/nodDB_v1.csv"],
        licence: "CC BY-SA 4.0 (share-alike)",
        citation: "Tedersoo L. et al. (2018) J. Veg. Sci. 29: 560–568, doi:10.1111/jvs.12627; data doi:10.15156/BIO/587469."
      },
      {
        name: "Global Wood Density Database",
        files: ["species/GlobalWoodDensityDatabase.txt"],
        licence: "CC0",
        citation:
          "Zanne A.E. et al. (2009) Global wood density database, Dryad, doi:10.5061/dryad.234; Chave J. et al. (2009) Ecol. Lett. 12: 351–366."
      },
      {
        name: "GlobalUsefulNativeTrees 2023.01",
        files: ["species/GlobUNT_Species_2023.txt"],
        licence: "CC BY 4.0",
        citation: "Kindt R. et al. (2023) Sci. Rep. 13: 12640; data doi:10.5281/zenodo.7994433."
      },
      WCVP_SOURCE,
      GRIIS_SOURCE
    ],
    licence: "CC BY-NC-SA 3.0 IGO (FAO Ecocrop content): non-commercial, share-alike",
    nonCommercial: true,
    shareAlike: true,
    compact: ["data/species.json"],
    minRows: 1000,
    maxRows: 1400,
    columns: speciesColumns
  }
];

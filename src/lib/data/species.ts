/**
 * The `species` dataset: woody taxa of FAO Ecocrop (life form contains "tree" or "shrub") with their
 * climate and soil ranges, joined with Ecocrop detailed uses, WCUPS use flags, NodDB genus N-fixation,
 * GWDD wood density and GlobUNT. Pure: takes the decoded text of the raw files, returns SpeciesRecords
 * and join coverage. Rules and their sources: docs/datasets.md, "species".
 */

import { readTable } from "./csv.js";
import { binomialKey, cleanTaxonName, familyFromPath, nameKey, parseSynonyms, splitList } from "./names.js";
import { newTally, parseCounted } from "./numbers.js";
import type { Range, SpeciesRecord, UseClass } from "./records.js";
import { USE_CLASSES } from "./records.js";
import {
  AL_TOXICITY,
  classList,
  cleanRange,
  climateZoneCodes,
  DEPTH,
  DRAINAGE,
  FERTILITY,
  growthFormOf,
  NODDB_FIXER_STATUSES,
  PLAUSIBLE,
  SALINITY,
  type SpeciesCoverage,
  TEXTURE,
  useClassesOf,
  WCUPS_FLAGS
} from "./species-fields.js";

// The field readers live in ./species-fields.ts and the flat rows in ./species-flat.ts; re-exported for the loaders and tests.
export {
  classList,
  cleanRange,
  climateZoneCodes,
  growthFormOf,
  PLAUSIBLE,
  type SpeciesCoverage,
  useClassesOf,
  WCUPS_FLAGS
} from "./species-fields.js";
export { flattenSpecies } from "./species-flat.js";

/** Decoded text of each raw file the species dataset reads (paths relative to data/). */
export interface SpeciesInputs {
  /** species/EcoCrop_DB.csv, decoded from Windows-1252. */
  ecocrop: string;
  /** species/crop_uses.csv. */
  cropUses: string;
  /** species/utilised_plants_species_list.csv, decoded leniently (one Latin-1 byte). */
  wcups: string;
  /** species/nodDB_v1.csv, decoded from Mac Roman. */
  nodDb: string;
  /** species/GlobalWoodDensityDatabase.txt (tab-separated). */
  gwdd: string;
  /** species/GlobUNT_Species_2023.txt (pipe-separated). */
  globunt: string;
}

// Defined next to the UseClass type (records.ts) so that browser modules need not import this loader.
export { USE_CLASSES };

export interface SpeciesResult {
  records: SpeciesRecord[];
  coverage: SpeciesCoverage;
}

interface GlobuntRow {
  species: string;
  accepted: string;
  family: string;
  wcupsName: string;
}

/** The matching key of a name: its binomial key, or the whole name's key for a genus-only name. */
function keyOf(name: string): string {
  return binomialKey(name) ?? nameKey(name);
}

function ecocropValue(row: Record<string, string>, column: string): string | null {
  const value = row[column]?.trim() ?? "";
  return value === "" || value === "NA" ? null : value;
}

/** Builds the species records and their join coverage. Throws, naming the file, on a malformed input. */
export function buildSpecies(inputs: SpeciesInputs): SpeciesResult {
  const ecocrop = readTable(inputs.ecocrop, "species/EcoCrop_DB.csv", {
    required: [
      "EcoPortCode",
      "ScientificName",
      "AUTH",
      "FAMNAME",
      "SYNO",
      "COMNAME",
      "LIFO",
      "TOPMN",
      "TOPMX",
      "TMIN",
      "TMAX",
      "ROPMN",
      "ROPMX",
      "RMIN",
      "RMAX",
      "PHOPMN",
      "PHOPMX",
      "PHMIN",
      "PHMAX",
      "ALTMX",
      "DEP",
      "DEPR",
      "TEXT",
      "TEXTR",
      "FER",
      "FERR",
      "TOX",
      "TOXR",
      "SAL",
      "SALR",
      "DRA",
      "DRAR",
      "KTMPR",
      "KTMP",
      "CLIZ",
      "ABITOL",
      "ABISUS",
      "INTRI",
      "CAT"
    ]
  });
  const cropUses = readTable(inputs.cropUses, "species/crop_uses.csv", {
    required: ["Main use", "Detailed use", "Used part", "crop_code"]
  });
  const wcups = readTable(inputs.wcups, "species/utilised_plants_species_list.csv", { required: ["binomial_acc_name", ...WCUPS_FLAGS] });
  const nodDb = readTable(inputs.nodDb, "species/nodDB_v1.csv", { required: ["genus", "Consensus estimate"] });
  const gwdd = readTable(inputs.gwdd, "species/GlobalWoodDensityDatabase.txt", {
    delimiter: "\t",
    quotes: false,
    required: ["Binomial", "WSG", "Family"]
  });
  const globuntTable = readTable(inputs.globunt, "species/GlobUNT_Species_2023.txt", {
    delimiter: "|",
    required: ["Species", "Family", "scientificFinal", "SpeciesWCUPS"]
  });

  // Uses by EcoPortCode.
  const usesByCode = new Map<string, Set<UseClass>>();
  for (const row of cropUses.rows) {
    const set = usesByCode.get(row.crop_code.trim()) ?? new Set<UseClass>();
    for (const use of useClassesOf({ main: row["Main use"], detailed: row["Detailed use"], part: row["Used part"] })) set.add(use);
    usesByCode.set(row.crop_code.trim(), set);
  }

  // WCUPS flags by accepted binomial key.
  const wcupsByKey = new Map<string, Record<string, boolean>>();
  for (const row of wcups.rows) {
    const key = nameKey(row.binomial_acc_name);
    if (!key) continue;
    const flags: Record<string, boolean> = {};
    for (const flag of WCUPS_FLAGS) {
      const v = row[flag].trim();
      if (v !== "0" && v !== "1")
        throw new Error(`species/utilised_plants_species_list.csv: ${flag} of "${row.binomial_acc_name}" is "${v}", expected 0 or 1.`);
      flags[flag] = v === "1";
    }
    wcupsByKey.set(key, flags);
  }

  // NodDB consensus by genus.
  const nodByGenus = new Map<string, string>();
  for (const row of nodDb.rows) {
    const status = row["Consensus estimate"].trim();
    if (row.genus.trim() && status) nodByGenus.set(row.genus.trim().toLowerCase(), status);
  }

  // GWDD: species means of the records, and genus means of the species means (as BIOMASS::getWoodDensity).
  const wsgBySpecies = new Map<string, number[]>();
  const gwddFamilyByGenus = new Map<string, string>();
  const wsgTally = newTally();
  for (const row of gwdd.rows) {
    const key = binomialKey(row.Binomial);
    const wsg = parseCounted(row.WSG, wsgTally);
    if (!key || wsg === null) continue;
    if (!(wsg > 0 && wsg < 1.6))
      throw new Error(`species/GlobalWoodDensityDatabase.txt: WSG ${wsg} of "${row.Binomial}" is outside 0–1.6 g/cm³.`);
    (wsgBySpecies.get(key) ?? wsgBySpecies.set(key, []).get(key)!).push(wsg);
    gwddFamilyByGenus.set(key.split(" ")[0], row.Family.trim());
  }
  const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const wsgSpeciesMean = new Map([...wsgBySpecies].map(([k, v]) => [k, meanOf(v)]));
  const wsgByGenus = new Map<string, number[]>();
  for (const [key, value] of wsgSpeciesMean) {
    const genus = key.split(" ")[0];
    (wsgByGenus.get(genus) ?? wsgByGenus.set(genus, []).get(genus)!).push(value);
  }

  // GlobUNT: listed names (as listed and accepted) → row.
  const globuntByKey = new Map<string, GlobuntRow>();
  for (const row of globuntTable.rows) {
    const entry: GlobuntRow = {
      species: row.Species.trim(),
      accepted: row.scientificFinal.trim(),
      family: row.Family.trim(),
      wcupsName: row.SpeciesWCUPS.trim()
    };
    for (const name of [entry.species, entry.accepted]) {
      const key = binomialKey(name);
      if (key && !globuntByKey.has(key)) globuntByKey.set(key, entry);
    }
  }

  const numbers = newTally();
  const coverage: SpeciesCoverage = {
    ecocropRows: ecocrop.rows.length,
    woody: 0,
    withTempAndRain: 0,
    ecocropUses: 0,
    wcups: 0,
    wcupsVia: { accepted: 0, ecocropName: 0, globunt: 0, synonym: 0 },
    nodDbGenus: 0,
    nFixers: 0,
    woodDensitySpecies: 0,
    woodDensityGenus: 0,
    globunt: 0,
    renamed: 0,
    rangesCleaned: [],
    numbers
  };

  const ecocropBinomials = new Set(ecocrop.rows.map((r) => binomialKey(r.ScientificName)).filter((k): k is string => k !== null));
  const renamedTo = new Set<string>();
  const records: SpeciesRecord[] = [];
  const seenIds = new Set<number>();
  for (const row of ecocrop.rows) {
    const growthForm = growthFormOf(ecocropValue(row, "LIFO"));
    if (!growthForm) continue;
    const id = Number(row.EcoPortCode);
    if (!Number.isInteger(id) || id <= 0)
      throw new Error(`species/EcoCrop_DB.csv: EcoPortCode "${row.EcoPortCode}" is not a positive integer.`);
    if (seenIds.has(id)) throw new Error(`species/EcoCrop_DB.csv: EcoPortCode ${id} appears twice.`);
    seenIds.add(id);
    coverage.woody++;

    const ecocropName = cleanTaxonName(row.ScientificName);
    const ecoKey = keyOf(ecocropName.binomial);
    const synonyms = parseSynonyms(ecocropValue(row, "SYNO"));

    // Accepted name: GlobUNT's WFO-accepted name for the Ecocrop binomial; else, when the Ecocrop binomial
    // is not a WCUPS (WCVP-accepted) name but exactly one of its synonyms is, and no other Ecocrop taxon
    // carries that name, the synonym.
    // When WFO (GlobUNT) and WCVP (WCUPS) disagree — the Ecocrop name is WCVP-accepted but the WFO name is
    // not in WCUPS, e.g. the spelling variants "Ailanthus excelsus", "Hibiscus tilliaceus" — the name stays.
    let accepted = ecocropName.binomial;
    const globuntRow = globuntByKey.get(ecoKey);
    const globuntAccepted = globuntRow?.accepted ? keyOf(globuntRow.accepted) : null;
    // A rename never gives two taxa one name: the accepted name must not be another Ecocrop taxon's
    // binomial or an earlier rename.
    const free = (key: string) => !ecocropBinomials.has(key) && !renamedTo.has(key);
    if (
      globuntRow &&
      globuntAccepted &&
      globuntAccepted !== ecoKey &&
      free(globuntAccepted) &&
      !(wcupsByKey.has(ecoKey) && !wcupsByKey.has(globuntAccepted))
    ) {
      accepted = globuntRow.accepted;
    } else if (!wcupsByKey.has(ecoKey)) {
      const acceptedSynonyms = synonyms.filter((s) => {
        const key = binomialKey(s);
        return key !== null && key === nameKey(s) && wcupsByKey.has(key) && free(key);
      });
      if (acceptedSynonyms.length === 1) accepted = acceptedSynonyms[0];
    }
    const renamed = keyOf(accepted) !== ecoKey;
    if (renamed) {
      coverage.renamed++;
      renamedTo.add(keyOf(accepted));
    }
    // Keep the infraspecific part and note of an Ecocrop taxon that was not renamed
    // ("Acacia julifera subsp. gilbertensis", "Pinus merkusii (island provenances)").
    const name = renamed ? accepted : ecocropName.note ? `${ecocropName.name} (${ecocropName.note})` : ecocropName.name;
    const acceptedKey = keyOf(accepted);
    const allSynonyms = [...(renamed ? [ecocropName.name] : []), ...synonyms].filter(
      (s, i, a) => nameKey(s) !== nameKey(name) && a.indexOf(s) === i
    );
    const genus = accepted.split(" ")[0];

    // WCUPS: by accepted name, by the Ecocrop name, through GlobUNT's SpeciesWCUPS, or by a synonym.
    let wcupsFlags: Record<string, boolean> | null = null;
    const tryWcups = (key: string | null, via: keyof SpeciesCoverage["wcupsVia"]) => {
      if (wcupsFlags || !key) return;
      const hit = wcupsByKey.get(key);
      if (hit) {
        wcupsFlags = hit;
        coverage.wcupsVia[via]++;
      }
    };
    tryWcups(acceptedKey, "accepted");
    tryWcups(ecoKey, "ecocropName");
    const globuntMatch = globuntByKey.get(acceptedKey) ?? globuntRow;
    tryWcups(globuntMatch?.wcupsName ? nameKey(globuntMatch.wcupsName) : null, "globunt");
    for (const synonym of synonyms) tryWcups(binomialKey(synonym), "synonym");
    if (wcupsFlags) coverage.wcups++;

    const nFixingStatus = nodByGenus.get(genus.toLowerCase()) ?? nodByGenus.get(ecocropName.genus.toLowerCase()) ?? null;
    const nFixer = nFixingStatus === null ? null : NODDB_FIXER_STATUSES.has(nFixingStatus);
    if (nFixingStatus !== null) coverage.nodDbGenus++;
    if (nFixer) coverage.nFixers++;

    let woodDensity: number | null = null;
    let woodDensityLevel: SpeciesRecord["woodDensityLevel"] = null;
    const speciesWsg =
      wsgSpeciesMean.get(acceptedKey) ??
      wsgSpeciesMean.get(ecoKey) ??
      synonyms.map((s) => wsgSpeciesMean.get(binomialKey(s) ?? "")).find((v) => v !== undefined);
    if (speciesWsg !== undefined) {
      woodDensity = Math.round(speciesWsg * 1000) / 1000;
      woodDensityLevel = "species";
      coverage.woodDensitySpecies++;
    } else {
      const genusValues = wsgByGenus.get(genus.toLowerCase()) ?? wsgByGenus.get(ecocropName.genus.toLowerCase());
      if (genusValues) {
        woodDensity = Math.round(meanOf(genusValues) * 1000) / 1000;
        woodDensityLevel = "genus";
        coverage.woodDensityGenus++;
      }
    }

    const globunt = globuntByKey.has(acceptedKey) || globuntByKey.has(ecoKey);
    if (globunt) coverage.globunt++;

    const uses = Object.fromEntries(USE_CLASSES.map((u) => [u, false])) as Record<UseClass, boolean>;
    const useSources: Partial<Record<UseClass, string>> = {};
    const ecocropUses = usesByCode.get(String(id));
    if (ecocropUses?.size) coverage.ecocropUses++;
    for (const use of ecocropUses ?? []) {
      uses[use] = true;
      useSources[use] = "Ecocrop";
    }
    if (nFixer) {
      uses.nFixation = true;
      useSources.nFixation = useSources.nFixation ? "Ecocrop, NodDB" : "NodDB";
    }

    const num = (column: string) => parseCounted(ecocropValue(row, column), numbers);
    const range = (lo: string, hi: string, bounds: [number, number]): Range => {
      const cleaned = cleanRange([num(lo), num(hi)], bounds);
      if (cleaned.problem) coverage.rangesCleaned.push(`${name} ${lo}–${hi}: ${cleaned.problem}`);
      return cleaned.range;
    };
    const tempOpt = range("TOPMN", "TOPMX", PLAUSIBLE.temperature);
    const tempAbs = range("TMIN", "TMAX", PLAUSIBLE.temperature);
    const rainOpt = range("ROPMN", "ROPMX", PLAUSIBLE.rainfall);
    const rainAbs = range("RMIN", "RMAX", PLAUSIBLE.rainfall);
    const hasRange = (r: Range) => r[0] !== null && r[1] !== null;
    if ((hasRange(tempOpt) || hasRange(tempAbs)) && (hasRange(rainOpt) || hasRange(rainAbs))) coverage.withTempAndRain++;

    const family = globuntMatch?.family || gwddFamilyByGenus.get(genus.toLowerCase()) || familyFromPath(ecocropValue(row, "FAMNAME"));
    records.push({
      id,
      name,
      author: renamed ? null : ecocropValue(row, "AUTH"),
      family: family ? (familyFromPath(family) ?? family) : null,
      genus,
      synonyms: allSynonyms,
      commonNames: splitList(ecocropValue(row, "COMNAME")).slice(0, 6),
      growthForm,
      tempOpt,
      tempAbs,
      rainOpt,
      rainAbs,
      phOpt: range("PHOPMN", "PHOPMX", PLAUSIBLE.ph),
      phAbs: range("PHMIN", "PHMAX", PLAUSIBLE.ph),
      altitudeMax: num("ALTMX"),
      killingTempRest: num("KTMPR"),
      killingTempGrowth: num("KTMP"),
      depthOpt: classList(ecocropValue(row, "DEP"), DEPTH, "DEP"),
      depthAbs: classList(ecocropValue(row, "DEPR"), DEPTH, "DEPR"),
      textureOpt: classList(ecocropValue(row, "TEXT"), TEXTURE, "TEXT"),
      textureAbs: classList(ecocropValue(row, "TEXTR"), TEXTURE, "TEXTR"),
      fertilityOpt: classList(ecocropValue(row, "FER"), FERTILITY, "FER"),
      fertilityAbs: classList(ecocropValue(row, "FERR"), FERTILITY, "FERR"),
      alToxicityOpt: classList(ecocropValue(row, "TOX"), AL_TOXICITY, "TOX"),
      alToxicityAbs: classList(ecocropValue(row, "TOXR"), AL_TOXICITY, "TOXR"),
      salinityOpt: classList(ecocropValue(row, "SAL"), SALINITY, "SAL"),
      salinityAbs: classList(ecocropValue(row, "SALR"), SALINITY, "SALR"),
      drainageOpt: classList(ecocropValue(row, "DRA"), DRAINAGE, "DRA"),
      drainageAbs: classList(ecocropValue(row, "DRAR"), DRAINAGE, "DRAR"),
      climateZones: climateZoneCodes(ecocropValue(row, "CLIZ")),
      abioticTolerance: splitList(ecocropValue(row, "ABITOL")),
      abioticSusceptibility: splitList(ecocropValue(row, "ABISUS")),
      introductionRisk: splitList(ecocropValue(row, "INTRI")),
      categories: splitList(ecocropValue(row, "CAT")),
      uses,
      useSources,
      wcups: wcupsFlags,
      nFixingStatus,
      nFixer,
      woodDensity,
      woodDensityLevel,
      globunt,
      // Filled by attachNativeRanges (src/lib/data/native.ts) from WCVP and GRIIS.
      wcvp: null,
      griis: { alien: [], invasive: [] }
    });
  }
  return { records, coverage };
}

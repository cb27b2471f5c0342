/**
 * Native ranges and invasiveness joined to the species dataset, and the native useful trees beyond
 * Ecocrop: WCVP distributions (wcvp.ts) matched through each species' accepted name and synonyms, GRIIS
 * country status (griis.ts), and GlobUNT's useful trees with their WCVP native areas and WCUPS uses.
 * Pure. Coverage is reported by the loaders and in docs/datasets.md.
 */
import { readTable } from "./csv.js";
import { type GriisEntry, griisOf } from "./griis.js";
import { binomialKey, nameKey } from "./names.js";
import type { SpeciesRecord } from "./records.js";
import { WCUPS_FLAGS } from "./species.js";
import { matchWcvp, type WcvpRange, wcvpKeys } from "./wcvp.js";

/** The names of the species dataset to look up in WCVP (accepted names and synonyms, full and binomial). */
export function wantedWcvpKeys(records: readonly Pick<SpeciesRecord, "name" | "synonyms">[]): Set<string> {
  const keys = new Set<string>();
  for (const r of records) for (const name of [r.name, ...r.synonyms]) for (const key of wcvpKeys(name)) keys.add(key);
  return keys;
}

export interface NativeCoverage {
  species: number;
  /** Species whose name matched WCVP: by accepted name, by a synonym. */
  wcvpAccepted: number;
  wcvpSynonym: number;
  /** Matched species with at least one native area. */
  withNativeArea: number;
  /** Species listed in at least one GRIIS country, and flagged invasive in at least one. */
  griisListed: number;
  griisInvasive: number;
}

/** Fills `wcvp` and `griis` of each record (in place) and returns the match coverage. */
export function attachNativeRanges(
  records: SpeciesRecord[],
  ranges: ReadonlyMap<string, WcvpRange>,
  griis: ReadonlyMap<string, ReadonlyMap<string, GriisEntry>>
): NativeCoverage {
  const coverage: NativeCoverage = {
    species: records.length,
    wcvpAccepted: 0,
    wcvpSynonym: 0,
    withNativeArea: 0,
    griisListed: 0,
    griisInvasive: 0
  };
  for (const record of records) {
    const match = matchWcvp(record, ranges);
    if (match) {
      const { range, via } = match;
      record.wcvp = {
        name: range.name,
        via,
        native: [...range.native].sort(),
        introduced: [...range.introduced].sort(),
        extinct: [...range.extinct].sort(),
        doubtful: [...range.doubtful].sort()
      };
      if (via === "accepted") coverage.wcvpAccepted++;
      else coverage.wcvpSynonym++;
      if (range.native.length) coverage.withNativeArea++;
    }
    // GRIIS by every name of the species, and by the WCVP name it matched.
    record.griis = griisOf([record.name, ...(match ? [match.range.name] : []), ...record.synonyms], griis);
    if (record.griis.alien.length || record.griis.invasive.length) coverage.griisListed++;
    if (record.griis.invasive.length) coverage.griisInvasive++;
  }
  return coverage;
}

/** A useful tree of GlobUNT with its native areas (WCVP) and uses (WCUPS). */
export interface NativeTree {
  /** GlobUNT SEQ (1–14,014): stable within GlobUNT 2023.01. */
  seq: number;
  /** GlobUNT's accepted (WFO) name. */
  name: string;
  family: string;
  /** WCVP name matched, or null when none (such a tree is never listed as native anywhere). */
  wcvpName: string | null;
  /** Level-3 codes where WCVP records it native. */
  native: string[];
  /** WCUPS broad uses that are 1 (e.g. "Materials", "Fuels"), or [] when not in WCUPS. */
  uses: string[];
  /** EcoPortCode when the species dataset has the same taxon (it is then scored and may be in the mix). */
  ecocropId: number | null;
}

export interface NativeTreesResult {
  trees: NativeTree[];
  coverage: { rows: number; wcvp: number; withNativeArea: number; wcups: number; inEcocrop: number };
}

/** GlobUNT names to look up in WCVP: the WCUPS name, the accepted name and the listed name. */
export function globuntWcvpKeys(globunt: string): Set<string> {
  const table = readTable(globunt, "species/GlobUNT_Species_2023.txt", {
    delimiter: "|",
    required: ["Species", "scientificFinal", "SpeciesWCUPS"]
  });
  const keys = new Set<string>();
  for (const row of table.rows)
    for (const name of [row.SpeciesWCUPS, row.scientificFinal, row.Species])
      if (name?.trim()) for (const key of wcvpKeys(name.trim())) keys.add(key);
  return keys;
}

/**
 * The native useful trees: every GlobUNT species, matched to WCVP by its WCUPS name (a WCVP name), then
 * its accepted and listed names; its WCUPS uses by the WCUPS name; its Ecocrop record by name or synonym.
 */
export function buildNativeTrees(
  inputs: { globunt: string; wcups: string },
  ranges: ReadonlyMap<string, WcvpRange>,
  species: readonly Pick<SpeciesRecord, "id" | "name" | "synonyms">[]
): NativeTreesResult {
  const table = readTable(inputs.globunt, "species/GlobUNT_Species_2023.txt", {
    delimiter: "|",
    required: ["SEQ", "Species", "Family", "scientificFinal", "SpeciesWCUPS"]
  });
  const wcups = readTable(inputs.wcups, "species/utilised_plants_species_list.csv", { required: ["binomial_acc_name", ...WCUPS_FLAGS] });
  const usesByKey = new Map<string, string[]>();
  for (const row of wcups.rows)
    usesByKey.set(
      nameKey(row.binomial_acc_name),
      WCUPS_FLAGS.filter((f) => row[f].trim() === "1")
    );
  const ecocropByKey = new Map<string, number>();
  for (const s of species)
    for (const name of [s.name, ...s.synonyms]) {
      const key = binomialKey(name);
      if (key && !ecocropByKey.has(key)) ecocropByKey.set(key, s.id);
    }
  const coverage = { rows: table.rows.length, wcvp: 0, withNativeArea: 0, wcups: 0, inEcocrop: 0 };
  const trees: NativeTree[] = [];
  const seen = new Set<number>();
  for (const row of table.rows) {
    const seq = Number(row.SEQ);
    if (!Number.isInteger(seq) || seq <= 0 || seen.has(seq))
      throw new Error(`species/GlobUNT_Species_2023.txt: SEQ "${row.SEQ}" is not a new positive integer.`);
    seen.add(seq);
    const name = (row.scientificFinal || row.Species).trim();
    const wcupsName = row.SpeciesWCUPS.trim();
    const match = matchWcvp({ name: wcupsName || name, synonyms: [name, row.Species.trim()].filter(Boolean) }, ranges);
    const uses = wcupsName ? usesByKey.get(nameKey(wcupsName)) : undefined;
    const ecocropId =
      [name, row.Species, wcupsName].map((n) => ecocropByKey.get(binomialKey(n) ?? "")).find((id) => id !== undefined) ?? null;
    if (match) coverage.wcvp++;
    if (match?.range.native.length) coverage.withNativeArea++;
    if (uses) coverage.wcups++;
    if (ecocropId !== null) coverage.inEcocrop++;
    trees.push({
      seq,
      name,
      family: row.Family.trim(),
      wcvpName: match?.range.name ?? null,
      native: match ? [...match.range.native].sort() : [],
      uses: uses ?? [],
      ecocropId
    });
  }
  return { trees, coverage };
}

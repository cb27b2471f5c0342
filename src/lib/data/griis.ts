/**
 * Introduced and invasive plants by country from the Global Register of Introduced and Invasive Species
 * (GRIIS) country checklists (data/species/griis_plantae.tsv.gz). The published values are not
 * normalised ("Alien", "alien", "introduced"; "Invasive", "Yes", "Null", "FALSE", "To be evaluated", …):
 * this module cleans them. Pure. Rules: docs/datasets.md, "invasive-status".
 */
import { readTable } from "./csv.js";
import { binomialKey } from "./names.js";

export const GRIIS_FILE = "species/griis_plantae.tsv.gz";

/** A species' GRIIS status in one country: listed as introduced (alien), or also flagged invasive. */
export type GriisStatus = "alien" | "invasive";

/**
 * True when GRIIS flags the record invasive: "Invasive", "invasive", "Yes", "yes", "YES", "TRUE",
 * "Invasive?" and free text starting with "invasive" (e.g. "Invasive in the north of the island").
 * False for "Null", "null", "FALSE", "", and not-yet-evaluated values ("To be evaluated", "Not evaluated",
 * "Not specified"): those are listed aliens without an invasiveness verdict.
 */
export function isInvasiveValue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === "yes" || v === "true" || v.startsWith("invasive");
}

/**
 * The establishment means, normalised: "alien" ("Alien", "alien", "introduced", and empty or misplaced
 * values, since every GRIIS record is of a species introduced to the country), "cryptogenic" (origin
 * uncertain: "Cryptogenic|Uncertain" and its misspellings, "Uncertain") or "native-in-part" ("Native|Alien",
 * "Native|Invasive": native in part of the country, alien in another).
 */
export function establishmentOf(value: string): "alien" | "cryptogenic" | "native-in-part" {
  const v = value.trim().toLowerCase();
  if (v.startsWith("native")) return "native-in-part";
  if (v.startsWith("crypto") || v.startsWith("uncertain")) return "cryptogenic";
  return "alien";
}

/** Occurrence values meaning the species is no longer there ("absent", "eradicated"); those rows are skipped. */
export function isAbsent(occurrence: string): boolean {
  const v = occurrence.trim().toLowerCase();
  return v === "absent" || v === "eradicated";
}

/** The part of a checklist title after the register's name ("GRIIS Checklist of … Species - Brazil" → "Brazil"). */
export function checklistPlace(title: string): string {
  return title.replace(/^.*?Species(\s+GRIIS)?\s*[-–]\s*/, "").trim();
}

/**
 * The country names a checklist title may name, most specific first: the place as written, without
 * parentheses, and for a part of a country ("Galápagos Islands, Ecuador", "Saint Helena, Saint Helena,
 * Ascension and Tristan da Cunha") the text after the first and after the last comma.
 */
export function checklistCountries(title: string): string[] {
  const place = checklistPlace(title);
  const names = [place, place.replace(/\([^)]*\)/g, "").trim()];
  if (place.includes(",")) names.push(place.slice(place.indexOf(",") + 1).trim(), place.slice(place.lastIndexOf(",") + 1).trim());
  return names.filter((n, i) => n && names.indexOf(n) === i);
}

export interface GriisEntry {
  status: GriisStatus;
  /** Every establishment-means value seen, normalised. */
  establishment: ("alien" | "cryptogenic" | "native-in-part")[];
  /** Checklist localities when a checklist covers part of the country only (e.g. "Galápagos Islands"). */
  parts: string[];
}

export interface GriisRead {
  /** By binomial key, by ISO3 country code. */
  bySpecies: Map<string, Map<string, GriisEntry>>;
  rows: number;
  /** Rows skipped: absent or eradicated, no country code, or no binomial name. */
  skipped: { absent: number; noCountry: number; noName: number };
  /** ISO2 (or ISO2-subdivision) codes whose country could not be named with ISO3, with their rows. */
  unresolved: Record<string, number>;
  /** ISO3 code of each resolved ISO2 code. */
  iso3ByIso2: Map<string, string>;
  /** Checklists read. */
  checklists: number;
}

const REQUIRED = ["checklist", "scientificName", "d_countryCode", "d_establishmentMeans", "d_occurrenceStatus", "s_isInvasive"];

/**
 * Reads the GRIIS table. Country codes are ISO 3166-1 alpha-2, sometimes with a subdivision ("EC-W",
 * "PT-20"): the subdivision counts as its country. Each alpha-2 code is turned into the ISO3 code that
 * `iso3Of` gives for the country its national checklist names (so that GRIIS joins the project's country
 * boundaries); a code that no checklist title resolves is reported in `unresolved` and its rows left out.
 */
export function readGriis(text: string, iso3Of: (countryName: string) => string | null, file = GRIIS_FILE): GriisRead {
  const table = readTable(text, file, { delimiter: "\t", quotes: false, required: REQUIRED });
  // ISO2 → ISO3: prefer national checklists (code without a subdivision), then any title with that code.
  const iso3ByIso2 = new Map<string, string>();
  const titles = new Map<string, Set<string>>();
  for (const row of table.rows) {
    const code = row.d_countryCode.trim().toUpperCase();
    if (!code) continue;
    (titles.get(code) ?? titles.set(code, new Set()).get(code)!).add(row.checklist);
  }
  const codes = [...titles.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const code of codes) {
    const iso2 = code.slice(0, 2);
    if (iso3ByIso2.has(iso2)) continue;
    for (const title of titles.get(code)!) {
      const iso3 = checklistCountries(title)
        .map(iso3Of)
        .find((x) => x !== null);
      if (iso3) {
        iso3ByIso2.set(iso2, iso3);
        break;
      }
    }
  }
  const bySpecies = new Map<string, Map<string, GriisEntry>>();
  const skipped = { absent: 0, noCountry: 0, noName: 0 };
  const unresolved: Record<string, number> = {};
  for (const row of table.rows) {
    if (isAbsent(row.d_occurrenceStatus)) {
      skipped.absent++;
      continue;
    }
    const code = row.d_countryCode.trim().toUpperCase();
    if (!code) {
      skipped.noCountry++;
      continue;
    }
    const iso3 = iso3ByIso2.get(code.slice(0, 2));
    if (!iso3) {
      unresolved[code] = (unresolved[code] ?? 0) + 1;
      continue;
    }
    const key = binomialKey(row.scientificName);
    if (!key) {
      skipped.noName++;
      continue;
    }
    const byCountry = bySpecies.get(key) ?? bySpecies.set(key, new Map()).get(key)!;
    const entry = byCountry.get(iso3) ?? { status: "alien", establishment: [], parts: [] };
    if (isInvasiveValue(row.s_isInvasive)) entry.status = "invasive";
    const means = establishmentOf(row.d_establishmentMeans);
    if (!entry.establishment.includes(means)) entry.establishment.push(means);
    if (code.length > 2) {
      const part = row.checklist
        .replace(/^.*?Species\s*[-–]\s*/, "")
        .split(",")[0]
        .trim();
      if (part && !entry.parts.includes(part)) entry.parts.push(part);
    }
    byCountry.set(iso3, entry);
  }
  return {
    bySpecies,
    rows: table.rows.length,
    skipped,
    unresolved,
    iso3ByIso2,
    checklists: new Set(table.rows.map((r) => r.checklist)).size
  };
}

/**
 * A species' GRIIS countries (ISO3, sorted) by status, from its names (accepted first, then synonyms):
 * the entries of every name are merged, invasive winning over alien.
 */
export function griisOf(
  names: readonly string[],
  bySpecies: ReadonlyMap<string, ReadonlyMap<string, GriisEntry>>
): { alien: string[]; invasive: string[] } {
  const status = new Map<string, GriisStatus>();
  for (const name of names) {
    const key = binomialKey(name);
    const byCountry = key ? bySpecies.get(key) : undefined;
    if (!byCountry) continue;
    for (const [iso3, entry] of byCountry) if (status.get(iso3) !== "invasive") status.set(iso3, entry.status);
  }
  const of = (s: GriisStatus) =>
    [...status]
      .filter(([, v]) => v === s)
      .map(([k]) => k)
      .sort();
  return { alien: of("alien"), invasive: of("invasive") };
}

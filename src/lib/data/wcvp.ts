/**
 * Native and introduced ranges from the World Checklist of Vascular Plants (WCVP, Kew) distribution
 * table (data/species/wcvp_distributions.tsv.gz): one row per accepted taxon and WGSRPD level-3 area
 * ("botanical country"), with 0/1 flags introduced, extinct and location_doubtful. Pure: takes the
 * decoded text, returns the ranges of the names asked for. Rules: docs/datasets.md, "native-ranges".
 */
import { binomialKey, nameKey } from "./names.js";

/** Where a taxon grows according to WCVP, as WGSRPD level-3 codes. */
export interface WcvpRange {
  /** The WCVP taxon name that matched, e.g. "Tectona grandis". */
  name: string;
  /** Native and present (introduced 0, extinct 0, location not doubtful). */
  native: string[];
  /** Introduced (introduced 1, not extinct, not doubtful). */
  introduced: string[];
  /** Recorded but extinct there (native or introduced). */
  extinct: string[];
  /** Recorded with a doubtful location. */
  doubtful: string[];
}

export interface WcvpRead {
  /** Ranges by nameKey of the taxon name, only for the names asked for. */
  ranges: Map<string, WcvpRange>;
  rows: number;
  taxa: number;
  /** Names asked for that carried more than one WCVP id (their areas are merged). */
  duplicateNames: number;
  /** Rows of wanted taxa without an area code ("NA"), skipped. */
  noArea: number;
}

export const WCVP_FILE = "species/wcvp_distributions.tsv.gz";
const HEADER = ["plant_name_id", "taxon_name", "area_code_l3", "introduced", "extinct", "location_doubtful"];

/**
 * Reads the WCVP distribution table and keeps the taxa whose nameKey is in `wanted`. Throws, naming the
 * file and line, on a wrong header, a malformed area code or a flag other than 0 or 1.
 */
export function readWcvpRanges(text: string, wanted: ReadonlySet<string>, file = WCVP_FILE): WcvpRead {
  const firstEnd = text.indexOf("\n");
  const header = text
    .slice(0, firstEnd < 0 ? text.length : firstEnd)
    .replace(/\r$/, "")
    .split("\t");
  if (HEADER.some((h, i) => header[i] !== h))
    throw new Error(`data/${file}: header is [${header.join(", ")}], expected [${HEADER.join(", ")}].`);
  const ranges = new Map<string, WcvpRange>();
  const idsByKey = new Map<string, string>();
  let rows = 0;
  let taxa = 0;
  let duplicateNames = 0;
  let noArea = 0;
  let lastTaxon = "";
  let lastWanted = false;
  let lastKey = "";
  // A scan by line offsets: the 2 million lines are not split into strings, and only the rows of wanted
  // taxa are split into fields (the file is sorted by taxon name, so the name is keyed once per taxon).
  let line = 1;
  for (let start = firstEnd + 1; firstEnd >= 0 && start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const lineStart = start;
    start = end + 1;
    if (end === lineStart) continue;
    rows++;
    const tab1 = text.indexOf("\t", lineStart);
    const tab2 = tab1 < 0 ? -1 : text.indexOf("\t", tab1 + 1);
    if (tab2 < 0 || tab2 > end) throw new Error(`data/${file}: line ${line + 1} has fewer than 6 fields.`);
    const taxon = text.slice(tab1 + 1, tab2);
    if (taxon !== lastTaxon) {
      lastTaxon = taxon;
      lastKey = nameKey(taxon);
      lastWanted = wanted.has(lastKey);
      taxa++;
    }
    if (!lastWanted) continue;
    const f = text.slice(lineStart, end).replace(/\r$/, "").split("\t");
    if (f.length !== 6) throw new Error(`data/${file}: line ${line + 1} has ${f.length} fields, expected 6.`);
    const [id, , area, introduced, extinct, doubtful] = f;
    // About 1,300 rows have no area ("NA"): a distribution not assigned to a level-3 area.
    if (area === "NA" || area === "") {
      noArea++;
      continue;
    }
    if (!/^[A-Z]{3}$/.test(area)) throw new Error(`data/${file}: line ${line + 1}: area code "${area}" is not a WGSRPD level-3 code.`);
    for (const [flag, v] of [
      ["introduced", introduced],
      ["extinct", extinct],
      ["location_doubtful", doubtful]
    ])
      if (v !== "0" && v !== "1") throw new Error(`data/${file}: line ${line + 1}: ${flag} is "${v}", expected 0 or 1.`);
    let range = ranges.get(lastKey);
    if (!range) {
      range = { name: taxon, native: [], introduced: [], extinct: [], doubtful: [] };
      ranges.set(lastKey, range);
      idsByKey.set(lastKey, id);
    } else if (idsByKey.get(lastKey) !== id && idsByKey.get(lastKey) !== "*") {
      idsByKey.set(lastKey, "*");
      duplicateNames++;
    }
    const list = doubtful === "1" ? range.doubtful : extinct === "1" ? range.extinct : introduced === "1" ? range.introduced : range.native;
    if (!list.includes(area)) list.push(area);
  }
  return { ranges, rows, taxa, duplicateNames, noArea };
}

/** How a species' name was found in WCVP. */
export type WcvpVia = "accepted" | "synonym";

/**
 * The WCVP range of a taxon, trying its accepted name (in full, then its binomial) and then its synonyms
 * (in full, then their binomials), or null when none is a WCVP name. Never guesses beyond exact names.
 */
export function matchWcvp(
  names: { name: string; synonyms: readonly string[] },
  ranges: ReadonlyMap<string, WcvpRange>
): { range: WcvpRange; via: WcvpVia } | null {
  const tryName = (name: string): WcvpRange | null => {
    const full = ranges.get(nameKey(name.replace(/\s*\(.*\)\s*$/, "")));
    if (full) return full;
    const binomial = binomialKey(name);
    return binomial ? (ranges.get(binomial) ?? null) : null;
  };
  const accepted = tryName(names.name);
  if (accepted) return { range: accepted, via: "accepted" };
  for (const synonym of names.synonyms) {
    const hit = tryName(synonym);
    if (hit) return { range: hit, via: "synonym" };
  }
  return null;
}

/** The keys under which a name can match (full name and binomial), for `readWcvpRanges`' wanted set. */
export function wcvpKeys(name: string): string[] {
  const keys = [nameKey(name.replace(/\s*\(.*\)\s*$/, ""))];
  const binomial = binomialKey(name);
  if (binomial && binomial !== keys[0]) keys.push(binomial);
  return keys;
}

/**
 * Plant names: clean a raw taxon name, derive its binomial and a key for matching names across sources
 * (Ecocrop, WCUPS, GlobUNT, GWDD, NodDB), and pull synonym names out of Ecocrop's free-text SYNO field.
 */

export interface TaxonName {
  /** Cleaned full name, e.g. "Acacia julifera subsp. gilbertensis", "Fragaria × ananassa". */
  name: string;
  /** Genus and species epithet, with "×" for a named hybrid, e.g. "Fragaria × ananassa". */
  binomial: string;
  genus: string;
  /** Species epithet, or null when the name is a genus only. */
  epithet: string | null;
  /** Text after a comma in the raw name, e.g. "island provenances", or null. */
  note: string | null;
}

const RANKS: Record<string, string> = { ssp: "subsp.", subsp: "subsp.", var: "var.", f: "f.", forma: "f.", cv: "cv." };

/** A species epithet: lower-case letters, hyphens and an inner dot ("st.-johnii"); not "sp." or "spp.". */
function isEpithet(token: string): boolean {
  return /^[a-z][a-z.-]*[a-z]$/.test(token) && !/^spp?\.?$/.test(token);
}

/**
 * Cleans a raw taxon name: collapses white space, writes hybrid markers as "×" ("x", "X"), and infraspecific
 * ranks in full form ("ssp." → "subsp.", "var" → "var."). Throws on an empty name.
 */
export function cleanTaxonName(raw: string): TaxonName {
  // Text after a comma is a note ("Pinus merkusii, island provenances").
  const [head, ...rest] = raw.split(",");
  const note = rest.join(",").replace(/\s+/g, " ").trim() || null;
  const tokens = head.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (tokens.length === 0) throw new Error("empty taxon name");
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const bare = token.replace(/\.$/, "");
    if (i > 0 && (token === "x" || token === "X" || token === "×")) out.push("×");
    else if (i > 1 && RANKS[bare.toLowerCase()]) out.push(RANKS[bare.toLowerCase()]);
    else out.push(token);
  });
  const genus = out[0];
  let k = 1;
  let hybrid = false;
  if (out[k] === "×") {
    hybrid = true;
    k++;
  }
  const epithet = out[k] && isEpithet(out[k]) ? out[k] : null;
  const binomial = epithet ? `${genus} ${hybrid ? "× " : ""}${epithet}` : genus;
  return { name: out.join(" "), binomial, genus, epithet, note };
}

/**
 * A key for matching names across sources: lower case, diacritics removed, hybrid markers and
 * punctuation dropped, single spaces. "Fragaria × ananassa" and "Fragaria x ananassa" give the same key.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(^|\s)[x×](?=\s)/g, " ")
    .replace(/×/g, "")
    .replace(/[^a-z0-9. -]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The binomial key ("genus epithet") of a name, dropping authors and infraspecific parts; null if none. */
export function binomialKey(name: string): string | null {
  const key = nameKey(name).split(" ");
  return key.length >= 2 && /^[a-z-]+$/.test(key[0]) && isEpithet(key[1]) ? `${key[0]} ${key[1]}` : null;
}

const SYNONYM_PATTERN = /^([A-Z][a-z-]+)\s+(?:(?:x|×)\s*)?([a-z][a-z-]+)(?:\s+(ssp\.?|subsp\.?|var\.?|f\.)\s+([a-z][a-z-]+))?/;

/**
 * Scientific names in Ecocrop's SYNO text, e.g. "Hibiscus manihot L. (1753), Abelmoschus manihot ssp.
 * manihot [(L)]; Medikus" → ["Hibiscus manihot", "Abelmoschus manihot subsp. manihot"]. Pieces are split on
 * commas and semicolons; a piece that does not start with "Genus epithet" (an author, a year) is skipped.
 */
export function parseSynonyms(text: string | null | undefined): string[] {
  if (!text) return [];
  const names: string[] = [];
  for (const piece of text.split(/[,;]/)) {
    const match = SYNONYM_PATTERN.exec(piece.trim());
    if (!match) continue;
    const [, genus, epithet, rank, infra] = match;
    if (/^(in|et|ex|non|sensu|auct|and)$/.test(epithet)) continue;
    const name = rank ? `${genus} ${epithet} ${RANKS[rank.replace(/\.$/, "")]} ${infra}` : `${genus} ${epithet}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Splits a comma-separated list ("shrub, tree"), trimming items and dropping empty ones and duplicates. */
export function splitList(text: string | null | undefined, separator: string | RegExp = ","): string[] {
  if (!text) return [];
  const items: string[] = [];
  for (const item of text.split(separator)) {
    const trimmed = item.trim();
    if (trimmed && trimmed !== "NA" && !items.includes(trimmed)) items.push(trimmed);
  }
  return items;
}

/**
 * Conserved alternative family names (ICN Art. 18.5) mapped to their -aceae forms, so that Ecocrop's
 * "Leguminosae" and GWDD's "Fabaceae" agree.
 */
export const ALTERNATIVE_FAMILY_NAMES: Readonly<Record<string, string>> = {
  Leguminosae: "Fabaceae",
  Compositae: "Asteraceae",
  Gramineae: "Poaceae",
  Palmae: "Arecaceae",
  Cruciferae: "Brassicaceae",
  Labiatae: "Lamiaceae",
  Umbelliferae: "Apiaceae",
  Guttiferae: "Clusiaceae"
};

/** Family from Ecocrop's FAMNAME path ("Magnoliopsida:Rosidae:Fabales:Leguminosae" → "Fabaceae"). */
export function familyFromPath(path: string | null | undefined): string | null {
  if (!path) return null;
  const last = path.split(":").pop()!.trim();
  if (!last) return null;
  return ALTERNATIVE_FAMILY_NAMES[last] ?? last;
}

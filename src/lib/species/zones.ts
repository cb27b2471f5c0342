/**
 * Climate-zone compatibility between a site's Köppen–Geiger class and the climate zones FAO Ecocrop lists
 * for a species (field CLIZ). Ecocrop uses zone names after Köppen–Trewartha (Trewartha & Horn 1980,
 * An Introduction to Climate, 5th ed.), coded in brackets in the CLIZ text, e.g. "tropical wet (Ar)":
 *
 *   Ar tropical wet · Aw tropical wet & dry · Bs steppe or semiarid · Bw desert or arid ·
 *   Cf subtropical humid · Cs subtropical dry summer · Cw subtropical dry winter ·
 *   Do temperate oceanic · Dc temperate continental · Df temperate with humid winters ·
 *   Dw temperate with dry winters · E boreal · F polar
 *
 * The site's class comes from the Köppen–Geiger 0.5° grid (codes such as "Af", "Cwa", "Dfc"). The two
 * systems differ in how they draw the temperate zones (Trewartha: C = 8–12 months ≥ 10 °C, D = 4–7
 * months, E = 1–3 months), so one Köppen–Geiger class can fall in more than one Trewartha zone; the table
 * below lists every Trewartha zone a class can fall in, and a species matches when it lists any of them.
 * The mapping and its reasons are in docs/species-selection.md.
 */

/** Ecocrop's Köppen–Trewartha zone codes, in the order above. */
export const TREWARTHA_ZONES = ["Ar", "Aw", "Bs", "Bw", "Cf", "Cs", "Cw", "Do", "Dc", "Df", "Dw", "E", "F"] as const;
export type TrewarthaZone = (typeof TREWARTHA_ZONES)[number];

export const TREWARTHA_NAMES: Record<TrewarthaZone, string> = {
  Ar: "tropical wet",
  Aw: "tropical wet & dry",
  Bs: "steppe or semiarid",
  Bw: "desert or arid",
  Cf: "subtropical humid",
  Cs: "subtropical dry summer",
  Cw: "subtropical dry winter",
  Do: "temperate oceanic",
  Dc: "temperate continental",
  Df: "temperate with humid winters",
  Dw: "temperate with dry winters",
  E: "boreal",
  F: "polar"
};

/**
 * Köppen–Geiger class → the Trewartha zones it can fall in. Reasons (see docs/species-selection.md):
 * - Af → Ar; Am → Ar or Aw (a monsoon climate has 1–3 months < 60 mm: Trewartha's Ar allows ≤ 2);
 *   Aw, As → Aw.
 * - BSh, BSk → Bs; BWh, BWk → Bw (both systems use the same aridity idea).
 * - Cfa → Cf, Csa → Cs, Cwa → Cw (hot summers: ≥ 8 months ≥ 10 °C).
 * - Cfb, Csb, Cwb → the subtropical zone with the same rain regime (tropical highlands: all months
 *   ≥ 10 °C) or Do (mid-latitude oceanic climates with 4–7 months ≥ 10 °C).
 * - Cfc, Csc, Cwc → Do or E (short, cool summers).
 * - Dfa, Dfb → Dc or Df; Dwa, Dwb → Dc or Dw; Dsa, Dsb → Dc (cold winters, 4–7 months ≥ 10 °C).
 *   Ecocrop's extra Df/Dw zones follow Köppen's winter-rain letter, so they are matched on it.
 * - Dfc, Dfd, Dwc, Dwd, Dsc, Dsd → E (1–3 months ≥ 10 °C); ET, EF → F.
 */
const KOPPEN_TO_TREWARTHA: Record<string, TrewarthaZone[]> = {
  Af: ["Ar"],
  Am: ["Ar", "Aw"],
  Aw: ["Aw"],
  As: ["Aw"],
  BWh: ["Bw"],
  BWk: ["Bw"],
  BSh: ["Bs"],
  BSk: ["Bs"],
  Cfa: ["Cf"],
  Csa: ["Cs"],
  Cwa: ["Cw"],
  Cfb: ["Cf", "Do"],
  Csb: ["Cs", "Do"],
  Cwb: ["Cw", "Do"],
  Cfc: ["Do", "E"],
  Csc: ["Do", "E"],
  Cwc: ["Do", "E"],
  Dfa: ["Dc", "Df"],
  Dfb: ["Dc", "Df"],
  Dwa: ["Dc", "Dw"],
  Dwb: ["Dc", "Dw"],
  Dsa: ["Dc"],
  Dsb: ["Dc"],
  Dfc: ["E"],
  Dfd: ["E"],
  Dwc: ["E"],
  Dwd: ["E"],
  Dsc: ["E"],
  Dsd: ["E"],
  ET: ["F"],
  EF: ["F"]
};

/**
 * The Trewartha zones a Köppen–Geiger class can fall in (see the table above), or null for a code that
 * is not a Köppen–Geiger class. Case matters ("BSh", not "BSH"); surrounding spaces are ignored.
 */
export function koppenToTrewartha(koppen: string | null): TrewarthaZone[] | null {
  if (koppen === null) return null;
  return KOPPEN_TO_TREWARTHA[koppen.trim()] ?? null;
}

/** The main group of a Trewartha zone: its first letter, with E and F taken together as "cold". */
export function zoneGroup(zone: string): string {
  const letter = zone.charAt(0);
  return letter === "E" || letter === "F" ? "EF" : letter;
}

/** Seasonally dry Trewartha zones: a species listed for one of them lives through a dry season there. */
export const SEASONALLY_DRY_ZONES: ReadonlySet<string> = new Set(["Aw", "Bs", "Bw", "Cs", "Cw", "Dw"]);

export type ZoneMatch = "listed" | "same group" | "other group" | "unknown";

/**
 * How a species' Ecocrop zones relate to the site's zones: "listed" when they share a zone; "same group"
 * when they share only a main group (e.g. site Ar, species Aw — the two differ by dry-season length,
 * which the dry-season criterion scores directly); "other group" otherwise; "unknown" when either side
 * has no zone.
 */
export function zoneMatch(siteZones: readonly string[] | null, speciesZones: readonly string[]): ZoneMatch {
  if (!siteZones || siteZones.length === 0 || speciesZones.length === 0) return "unknown";
  if (siteZones.some((zone) => speciesZones.includes(zone))) return "listed";
  const groups = new Set(speciesZones.map(zoneGroup));
  return siteZones.some((zone) => groups.has(zoneGroup(zone))) ? "same group" : "other group";
}

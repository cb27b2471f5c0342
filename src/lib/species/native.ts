/**
 * Native status and invasion risk of a species at a site, and the native-first rule of the planting mix.
 *
 * - Native status: WCVP's record for the site's WGSRPD level-3 area (src/lib/data/wcvp.ts). Only a
 *   species WCVP records as native there is "native"; a name not in WCVP is "name not in WCVP", never
 *   native; a site in no area gives "unknown". Native to a level-3 area (e.g. Brazil North, 3.9 million
 *   km²) does not mean native at every site in it: the page says so.
 * - Risk: GRIIS country checklists (invasive in the site's country; in how many other countries), the
 *   IUCN/ISSG "100 of the world's worst invasive alien species" (relevance.ts) and Ecocrop's weed flag.
 * - The native-first rule (`mixOrigin`), the one used by the species page, the nursery, investment and
 *   institutions pages (through the saved mix) and the case studies: the mix picks from natives first
 *   (SER International Principles, Gann et al. 2019, Restoration Ecology 27: S1–S46, principle 6 and
 *   the standards' preference for local native species); exotics fill only when the natives cannot, and
 *   then only exotics that no GRIIS checklist flags invasive; a species invasive in the site's country
 *   or on the "100 worst" list is never picked automatically, whatever the switch.
 */
import type { SpeciesRecord } from "../data/records.js";
import type { NativeStatus } from "./labels.js";
import { isWeedRisk, isWorstInvasive } from "./relevance.js";
import type { SitePlace } from "./site.js";

/** The species' WCVP status in level-3 area `area` (null: the site is in no area). */
export function nativeStatus(record: Pick<SpeciesRecord, "wcvp">, area: string | null): NativeStatus {
  const wcvp = record.wcvp;
  if (!wcvp) return "notInWcvp";
  if (!area) return "noArea";
  if (wcvp.native.includes(area)) return "native";
  if (wcvp.introduced.includes(area)) return "introduced";
  if (wcvp.extinct.includes(area)) return "extinct";
  if (wcvp.doubtful.includes(area)) return "doubtful";
  return "notRecorded";
}

/** What is known of a species' invasion risk at the site. */
export interface Risk {
  /** GRIIS flags it invasive in the site's country. */
  invasiveHere: boolean;
  /** GRIIS lists it as introduced (not flagged invasive) in the site's country. */
  alienHere: boolean;
  /** Other countries whose GRIIS checklist flags it invasive. */
  invasiveElsewhere: number;
  /** On the IUCN/ISSG list of 100 of the world's worst invasive alien species. */
  worst100: boolean;
  /** Ecocrop: can become a weed. */
  weed: boolean;
}

/**
 * The species' risk at a site in country `iso3` (null: country unknown). `listed` gives the site-free
 * flags when they are already known (prepareSpecies computes them once).
 */
export function riskOf(
  record: Pick<SpeciesRecord, "griis" | "name" | "synonyms" | "introductionRisk">,
  iso3: string | null,
  listed: { worst100: boolean; weed: boolean } = { worst100: isWorstInvasive(record), weed: isWeedRisk(record as SpeciesRecord) }
): Risk {
  const { invasive, alien } = record.griis;
  const invasiveHere = iso3 !== null && invasive.includes(iso3);
  return {
    invasiveHere,
    alienHere: iso3 !== null && alien.includes(iso3),
    invasiveElsewhere: invasive.length - (invasiveHere ? 1 : 0),
    worst100: listed.worst100,
    weed: listed.weed
  };
}

/**
 * The risk in words, most serious first, e.g. ["invasive in Brazil (GRIIS)", "invasive in 71 other
 * countries (GRIIS)", "IUCN 100 worst invasive"]; [] when nothing is known.
 */
export function riskText(risk: Risk, countryName: string | null = null): string[] {
  const out: string[] = [];
  const here = countryName ?? "this country";
  if (risk.invasiveHere) out.push(`invasive in ${here} (GRIIS)`);
  else if (risk.alienHere) out.push(`introduced in ${here}, not flagged invasive (GRIIS)`);
  if (risk.invasiveElsewhere)
    out.push(
      `invasive in ${risk.invasiveElsewhere} ${risk.invasiveHere ? "other " : ""}countr${risk.invasiveElsewhere === 1 ? "y" : "ies"} (GRIIS)`
    );
  if (risk.worst100) out.push("IUCN 100 worst invasive");
  if (risk.weed) out.push("can become a weed (Ecocrop)");
  return out;
}

/** Where a candidate stands under the native-first rule. */
export type MixOrigin = "native" | "exotic";

/**
 * The native-first rule for one species: "native" (may fill the mix first), "exotic" (may fill only what
 * the natives cannot, or compete freely when exotics are allowed), or why it is never picked
 * automatically: "invasiveHere" (GRIIS, the site's country) or "invasiveElsewhere" (an exotic flagged
 * invasive in another country, excluded unless exotics are allowed). The "100 worst" list and Ecocrop's
 * weed flag are checked with the other automatic-pick exclusions (relevance.ts autoPickExclusion).
 */
export function mixOrigin(status: NativeStatus, risk: Risk, allowExotics: boolean): MixOrigin | "invasiveHere" | "invasiveElsewhere" {
  if (risk.invasiveHere) return "invasiveHere";
  if (status === "native") return "native";
  if (!allowExotics && risk.invasiveElsewhere > 0) return "invasiveElsewhere";
  return "exotic";
}

/** The site's area code and country code, or nulls when not known. */
export function placeCodes(place: SitePlace | undefined): { area: string | null; iso3: string | null } {
  return { area: place?.area?.code ?? null, iso3: place?.country?.iso3 ?? null };
}

/**
 * A monitoring record's `native` answer for a species (yes/no/unknown): native to the site's level-3 area
 * (WCVP) → true; introduced or not recorded there → false; extinct, doubtful, a name not in WCVP or a site
 * in no area → null, since WCVP does not settle the question.
 */
export function isNativeAnswer(status: NativeStatus): boolean | null {
  if (status === "native") return true;
  if (status === "introduced" || status === "notRecorded") return false;
  return null;
}

/**
 * Everything the species detail shows, computed once as plain data (the component only draws it): why
 * the species has its class, each criterion explained now and under the scenario, its uses with their
 * sources, whether the mix may pick it on its own, where it is native and introduced (WCVP, by area
 * name) and what is known of its invasion risk.
 */
import type { UseClass } from "../data/records.js";
import { activeConstraints, classReasons } from "./classify.js";
import { explainCriterion } from "./explain.js";
import { CRITERIA, EXCLUSION_LABEL, NATIVE_LABEL, USE_LABEL } from "./labels.js";
import { relevanceText } from "./mix-text.js";
import { mixOrigin, riskText } from "./native.js";
import { hasUse } from "./rank.js";
import { autoPickExclusion, relevanceOf } from "./relevance.js";
import type { ScoredSpecies } from "./score.js";
import { type SpeciesSite, scoredTemperature } from "./site.js";

const DETAIL_USES: readonly UseClass[] = [
  "fruit",
  "fodder",
  "timber",
  "fuelwood",
  "charcoal",
  "oil",
  "bioenergy",
  "erosionControl",
  "revegetation",
  "nFixation",
  "honey",
  "medicinal",
  "shade"
];

export interface SpeciesDetailFacts {
  /** Whether the mix may pick it on its own, and its relevance or why not. */
  mix: string;
  reasonsNow: string[];
  reasonsLater: string[];
  /** Per criterion (CRITERIA order): the explanation now and under the scenario. */
  criteria: { now: string; later: string }[];
  uses: { label: string; source: string }[];
  native: {
    /** e.g. "native", "introduced here", "name not in WCVP". */
    status: string;
    /** The WCVP name matched and how, or null. */
    wcvpName: string | null;
    via: string | null;
    /** Area names (with codes) where WCVP records it native, and introduced. */
    nativeAreas: string[];
    introducedAreas: string[];
  };
  risk: string[];
  /** The temperature the species is scored on, now and under the scenario (site.ts scoredTemperature), °C. */
  temperature: { label: string; present: number | null; scenario: number | null };
}

/** The facts of one species at the site; `areaNames` names the level-3 codes (code → name). */
export function speciesDetailFacts(
  s: ScoredSpecies,
  site: SpeciesSite,
  {
    priorityUses = [],
    areaNames = new Map(),
    allowExotics = false
  }: { priorityUses?: readonly UseClass[]; areaNames?: ReadonlyMap<string, string>; allowExotics?: boolean } = {}
): SpeciesDetailFacts {
  const r = s.species.record;
  const rule = mixOrigin(s.native, s.risk, allowExotics);
  const exclusion = rule === "invasiveHere" || rule === "invasiveElsewhere" ? rule : autoPickExclusion(r, priorityUses);
  const origin = s.native === "native" ? "native here" : `not native here (${NATIVE_LABEL[s.native]})`;
  const mix = exclusion
    ? `not picked automatically: ${EXCLUSION_LABEL[exclusion].why}. It can still be added as a must-have.`
    : `can be picked automatically, ${origin}${rule === "exotic" && !allowExotics ? ": only to fill what the natives cannot" : ""}; ${relevanceText(relevanceOf(r, priorityUses), priorityUses)}.`;
  const active = activeConstraints(site.substrate);
  const named = (codes: readonly string[]) => codes.map((c) => (areaNames.has(c) ? `${areaNames.get(c)} (${c})` : c));
  const temperature = {
    label: site.present.growing || site.scenario.growing ? "Growing-season mean temperature" : "Annual mean temperature",
    present: scoredTemperature(site.present),
    scenario: scoredTemperature(site.scenario)
  };
  return {
    temperature,
    mix,
    reasonsNow: classReasons(s.present.codes, active, s.present.farAboveAltitude),
    reasonsLater: classReasons(s.scenario.codes, active, s.scenario.farAboveAltitude),
    criteria: CRITERIA.map((c) => ({
      now: explainCriterion(s.species, site, "present", c.id),
      later: explainCriterion(s.species, site, "scenario", c.id)
    })),
    uses: DETAIL_USES.filter((u) => hasUse(r, u)).map((u) => ({
      label: USE_LABEL[u],
      source: r.useSources[u] ?? (u === "nFixation" && r.nFixer ? "NodDB" : "")
    })),
    native: {
      status: NATIVE_LABEL[s.native],
      wcvpName: r.wcvp?.name ?? null,
      via: r.wcvp ? (r.wcvp.via === "accepted" ? "accepted name" : "a synonym") : null,
      nativeAreas: named(r.wcvp?.native ?? []),
      introducedAreas: named(r.wcvp?.introduced ?? [])
    },
    risk: riskText(s.risk, site.place?.country?.name ?? null)
  };
}

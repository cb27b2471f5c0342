/**
 * The site's disturbance and closure works as quantities, with defaults from the site and the mine: the
 * area and its split into domains (the atlas's mine area and type), the dump geometry to re-profile, the
 * soil layers from the site assessment's cover rule (src/lib/site/cover.ts, not a rule of its own), the
 * revegetation the site's climate allows, the structures to demolish and the water to treat. Every default
 * says what it rests on; the user's values (Scenario.closure.quantities) replace them.
 * Methods: docs/closure-cost.md, "Quantities".
 */
import {
  amendmentSetting,
  CLOSURE_QUANTITY_FIELDS,
  CLOSURE_QUANTITY_IDS,
  type ClosureQuantityId,
  type Scenario
} from "../scenario/index.js";
import type { SiteAssessment } from "../site/assess.js";
import { coverClimate, coverDesign } from "../site/cover.js";
import { type MineFacts, type MineKind, mayFormAcid, mineKind } from "./mine.js";

/** The disturbance domains, in the order the page lists them. */
export const DOMAINS = ["dumpsHa", "pitHa", "tailingsHa", "infrastructureHa", "roadsHa", "plantHa"] as const;
export type DomainId = (typeof DOMAINS)[number];

/**
 * Share of the disturbed area in each domain by kind of mine (assumption, stated on the page: no dataset
 * this studio holds splits mine land by domain; replace with the mine's own areas).
 */
export const DOMAIN_SHARES: Record<MineKind, Record<DomainId, number>> = {
  "open-pit metal": { dumpsHa: 0.4, pitHa: 0.2, tailingsHa: 0.2, infrastructureHa: 0.08, roadsHa: 0.07, plantHa: 0.05 },
  "open-pit coal": { dumpsHa: 0.55, pitHa: 0.3, tailingsHa: 0.02, infrastructureHa: 0.05, roadsHa: 0.05, plantHa: 0.03 },
  underground: { dumpsHa: 0.15, pitHa: 0, tailingsHa: 0.5, infrastructureHa: 0.15, roadsHa: 0.1, plantHa: 0.1 }
};

/** Dump height when nothing better is known, m (assumption: the atlas holds no dump heights). */
export const DEFAULT_DUMP_HEIGHT_M = 30;
/** Face slope of an end-tipped dump: the angle of repose of loose rock, about 37° (assumption). */
export const ANGLE_OF_REPOSE_DEG = 37;
/**
 * Face slope after re-profiling: 3 horizontal to 1 vertical (18.4°), the slope US bond estimates regrade
 * to (e.g. Colorado DRMS, Fairplay Au Pit 2017 and Warren Pit 2012: highwalls reduced to 3H:1V).
 */
export const TARGET_SLOPE_DEG = (Math.atan(1 / 3) * 180) / Math.PI;
/** Share of the plant site under roof, for the floor area to demolish (assumption). */
export const ROOFED_SHARE_OF_PLANT = 0.25;
/** Foundation slab thickness, m: 6 inches, as a Colorado SRCE estimate assumes for buildings (DRMS doc 1334562). */
export const FOUNDATION_M = 0.15;
/** Share of the rain on uncovered waste that seeps through it and must be treated (assumption). */
export const NET_PERCOLATION = 0.2;
/** Years of water treatment when acid drainage is expected (assumption; it can last far longer). */
export const DEFAULT_WATER_YEARS = 20;
/** A re-profiling push longer than this is priced as load and haul, not dozer push (m). */
export const MAX_DOZER_PUSH_M = 150;

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Re-profiling a dump face from slope α to β (β < α) by cutting the upper half and filling the lower half
 * about the mid-height point (cut = fill): the volume moved per metre of face is H²/8 · (cot β − cot α), m³/m;
 * the cut and fill centroids lie (H/3)(cot α + cot β) apart horizontally and 2H/3 vertically (the push).
 * Over a square footprint of A ha the face is 4√(10,000·A) m long (one dump, all faces; assumption).
 */
export function regradeVolume(
  dumpsHa: number,
  heightM: number,
  slopeDeg: number,
  targetDeg: number
): { volumeM3: number; perMetreM3: number; faceLengthM: number; pushM: number } {
  if (!(dumpsHa >= 0) || !(heightM >= 0)) throw new RangeError(`Area and height must be ≥ 0 (got ${dumpsHa} ha, ${heightM} m).`);
  if (!(slopeDeg > 0 && slopeDeg < 90 && targetDeg > 0 && targetDeg < 90))
    throw new RangeError(`Slopes must be in (0°, 90°) (got ${slopeDeg}°, ${targetDeg}°).`);
  const cotA = 1 / Math.tan(rad(slopeDeg));
  const cotB = 1 / Math.tan(rad(targetDeg));
  const faceLengthM = 4 * Math.sqrt(dumpsHa * 10_000);
  if (targetDeg >= slopeDeg) return { volumeM3: 0, perMetreM3: 0, faceLengthM, pushM: 0 };
  const perMetreM3 = ((heightM * heightM) / 8) * (cotB - cotA);
  const pushM = Math.hypot((heightM / 3) * (cotA + cotB), (2 * heightM) / 3);
  return { volumeM3: perMetreM3 * faceLengthM, perMetreM3, faceLengthM, pushM };
}

/** Perimeter of a round pit of `pitHa`, m (the safety fence or bund along its crest). */
export function pitPerimeterM(pitHa: number): number {
  return pitHa > 0 ? 2 * Math.sqrt(Math.PI * pitHa * 10_000) : 0;
}

/** One quantity: the value used, the default, and what the default rests on. */
export interface QuantityRow {
  id: ClosureQuantityId;
  label: string;
  unit: string;
  value: number;
  defaultValue: number;
  /** One sentence: where the default comes from (or "assumption: …"). */
  basis: string;
  edited: boolean;
}

export interface QuantityInput {
  scenario: Scenario;
  /** The site assessment (assessSite) of the scenario's site, or null without a site or data. */
  assessment: SiteAssessment | null;
  mine: MineFacts | null;
  /** Seedlings per ha planted incl. replacements from the nursery plan, or null without one. */
  nurserySeedlingsPerHa: number | null;
}

export interface Quantities {
  rows: QuantityRow[];
  values: Record<ClosureQuantityId, number>;
  kind: MineKind;
  totalHa: number;
  /** Whether the site's climate lets plants establish without irrigation: true, false, or null (unknown). */
  revegetation: boolean | null;
  acidRisk: boolean;
  notes: string[];
}

/**
 * Whether plants can establish without irrigation, from the Köppen–Geiger class (Kottek et al. 2006): not
 * in a desert (BW: precipitation below half the dryness threshold) nor on an ice cap (EF); elsewhere — steppe,
 * tropical, temperate, boreal, tundra — native seeding and planting are rain-fed practice. Null when the
 * class is unknown.
 */
export function canRevegetate(koppen: string | null): boolean | null {
  if (!koppen) return null;
  return !(koppen.startsWith("BW") || koppen === "EF");
}

const fmt = (x: number, digits = 2) => x.toLocaleString("en-US", { maximumFractionDigits: digits });

/** The default quantities for the site and mine, then the user's values over them. */
export function closureQuantities(input: QuantityInput): Quantities {
  const { scenario, assessment, mine } = input;
  const notes: string[] = [];
  const defaults = {} as Record<ClosureQuantityId, number>;
  const basis = {} as Record<ClosureQuantityId, string>;
  const set = (id: ClosureQuantityId, value: number, why: string) => {
    defaults[id] = value;
    basis[id] = why;
  };
  const edits = scenario.closure.quantities;
  const value = (id: ClosureQuantityId) => edits[id] ?? defaults[id];

  // Area and domains.
  const kind = mineKind(mine);
  const fromAtlas = mine?.areaKm2 ? mine.areaKm2 * 100 : null;
  const totalHa = fromAtlas ?? scenario.planting.areaHa;
  const areaWhy = fromAtlas
    ? `${mine!.name}'s area in the atlas (${mine!.source}: ${fmt(mine!.areaKm2!)} km²)`
    : `the area to restore set on /nursery (${fmt(scenario.planting.areaHa)} ha)`;
  const mineWhy = mine
    ? `${mine.name} (${mine.source}, ${mine.commodities.slice(0, 3).join(", ") || "commodity not stated"}; ${mine.openPit === null ? "open pit not stated, taken as open pit" : mine.openPit ? "open pit" : "underground"})`
    : "no mine in the atlas within 5 km: taken as an open-pit metal mine";
  for (const d of DOMAINS)
    set(
      d,
      totalHa * DOMAIN_SHARES[kind][d],
      `${Math.round(DOMAIN_SHARES[kind][d] * 100)} % of ${areaWhy}, the ${kind} split (assumption) for ${mineWhy}`
    );

  // Dump faces.
  set("dumpHeightM", DEFAULT_DUMP_HEIGHT_M, "assumption: the atlas holds no dump heights");
  set("dumpSlopeDeg", ANGLE_OF_REPOSE_DEG, "angle of repose of loose end-tipped rock (assumption)");
  set("targetSlopeDeg", TARGET_SLOPE_DEG, "3H:1V, the slope US bond estimates regrade to (Colorado DRMS permits)");

  // Climate: can plants establish without irrigation?
  const climate = assessment?.climate.present ?? null;
  const revegetation = canRevegetate(climate?.koppen ?? null);
  const desert = revegetation === false;
  const climateText = climate
    ? `Köppen ${climate.koppen ?? "unknown"}, ${fmt(climate.precAnnual ?? Number.NaN, 0)} mm/yr`
    : "climate unknown";
  if (desert)
    notes.push(
      `A desert or ice climate (${climateText}): seeding, planting and a growth medium are not costed by default — the closure goal here is a safe, stable, non-polluting landform; enter areas to revegetate with irrigation if you plan it.`
    );
  if (revegetation === null) notes.push("The site's climate is unknown: revegetation is costed as if plants could establish (unknown).");

  // Soil layers: the site's cover rule.
  const amend = assessment?.soil.amendments ?? null;
  const cover = amend?.cover ?? null;
  const acidRisk = mayFormAcid(mine) || (amend?.coverReasons.some((r) => /acid/i.test(r)) ?? false);
  const respreadDepth = amendmentSetting(scenario.soil.amendments, "respreadDepthM");
  if (desert) set("growthMediumDepthM", 0, "desert or ice climate: nothing to establish in a growth medium");
  else if (cover?.kind === "respread") set("growthMediumDepthM", cover.depthM, `the site's cover rule: ${cover.basis}`);
  else
    set(
      "growthMediumDepthM",
      respreadDepth,
      `growth-medium respread of the site's cover rule (${fmt(respreadDepth)} m) on ground that needs no full cover`
    );
  if (cover?.kind === "cover") set("coverDepthM", cover.depthM, `the site's cover rule (${cover.purpose}): ${cover.basis}`);
  else
    set(
      "coverDepthM",
      0,
      cover ? "the site's cover rule asks for a growth-medium respread, not a full cover" : "no site assessment: no full cover (unknown)"
    );
  if (acidRisk) {
    const isolation = coverDesign({
      purpose: "isolation",
      availableWater: cover?.availableWater ?? null,
      climate: cover?.climate ?? coverClimate(climate?.koppen),
      targetWaterMm: scenario.soil.amendments.coverWaterMm
    });
    set(
      "tailingsCoverDepthM",
      isolation.depthM,
      `the site's cover rule for acid-forming or metal-rich material (isolation): ${isolation.basis}`
    );
  } else if (cover?.kind === "cover") set("tailingsCoverDepthM", cover.depthM, "the site's cover rule, as on the dumps");
  else set("tailingsCoverDepthM", 0, "no sign of acid-forming tailings: the growth medium as on the other ground");

  // Ground preparation and revegetation.
  const sum = (ids: readonly DomainId[]) => ids.reduce((s, d) => s + value(d), 0);
  const revegetated = sum(["dumpsHa", "tailingsHa", "infrastructureHa", "roadsHa", "plantHa"]);
  set(
    "rippingHa",
    sum(["dumpsHa", "infrastructureHa", "roadsHa", "plantHa"]),
    "dumps, infrastructure, roads and plant site: compacted by traffic"
  );
  const reveg = revegetation !== false;
  set("seedingHa", reveg ? revegetated : 0, reveg ? "every domain but the pit" : "desert or ice climate: no rain-fed revegetation");
  set(
    "plantingHa",
    reveg ? Math.min(scenario.planting.areaHa, revegetated) : 0,
    reveg
      ? `the area to plant on /nursery (${fmt(scenario.planting.areaHa)} ha), at most the revegetated area`
      : "desert or ice climate: no rain-fed revegetation"
  );
  const replacement = scenario.nursery.replacementFromSurvival ? 1 - scenario.planting.fieldSurvival : scenario.planting.replacementRate;
  if (input.nurserySeedlingsPerHa !== null)
    set("seedlingsPerHa", input.nurserySeedlingsPerHa, "the nursery plan (/nursery): seedlings dispatched per ha");
  else
    set(
      "seedlingsPerHa",
      scenario.planting.densityPerHa * (1 + replacement),
      `planting density ${fmt(scenario.planting.densityPerHa, 0)}/ha plus ${Math.round(replacement * 100)} % replacements (/nursery)`
    );

  // Safety, structures.
  set("fenceM", pitPerimeterM(value("pitHa")), "the crest of a round pit of that area");
  set(
    "buildingsM2",
    value("plantHa") * 10_000 * ROOFED_SHARE_OF_PLANT,
    `${ROOFED_SHARE_OF_PLANT * 100} % of the plant site under roof (assumption)`
  );
  set(
    "concreteM3",
    value("buildingsM2") * FOUNDATION_M,
    "6-inch (0.15 m) foundation slabs under the buildings (as a Colorado SRCE estimate assumes)"
  );

  // Water to treat.
  const rain = climate?.precAnnual ?? null;

  const wasteHa = value("dumpsHa") + value("tailingsHa");
  if (!acidRisk) {
    set("waterM3PerYear", 0, "no sign of acid-forming waste (commodity or site soil): no treatment");
    set("waterYears", 0, "no treatment");
  } else if (desert) {
    set("waterM3PerYear", 0, `desert climate (${climateText}): little water seeps through the waste; no treatment by default`);
    set("waterYears", 0, "no treatment");
  } else if (rain === null) {
    set("waterM3PerYear", 0, "acid-forming waste possible but the rainfall is unknown: not costed (unknown)");
    set("waterYears", 0, "unknown");
    notes.push(
      "Acid drainage is possible here but the site's rainfall is unknown: water treatment is not costed (unknown); enter the volume."
    );
  } else {
    set(
      "waterM3PerYear",
      (rain / 1000) * wasteHa * 10_000 * NET_PERCOLATION,
      `${fmt(rain, 0)} mm/yr of rain on ${fmt(wasteHa)} ha of dumps and tailings, ${NET_PERCOLATION * 100} % seeping through (assumption)`
    );
    set("waterYears", DEFAULT_WATER_YEARS, `assumption: acid drainage can last decades to centuries`);
    notes.push(
      "Acid drainage is possible (sulphide ore or coal, or an acid-forming spoil): water treatment is costed from the rainfall as a screening estimate — test the waste (acid–base accounting, NAG) and replace the volume."
    );
  }
  set(
    "monitoringYears",
    0,
    "priced by the 5 % maintenance-and-monitoring allowance (Queensland); set years here to price it per ha instead"
  );

  const values = {} as Record<ClosureQuantityId, number>;
  const rows = CLOSURE_QUANTITY_IDS.map((id): QuantityRow => {
    const f = CLOSURE_QUANTITY_FIELDS[id];
    values[id] = value(id);
    return {
      id,
      label: f.label,
      unit: f.unit,
      value: values[id],
      defaultValue: defaults[id],
      basis: basis[id],
      edited: edits[id] !== undefined
    };
  });
  return { rows, values, kind, totalHa: DOMAINS.reduce((s, d) => s + values[d], 0), revegetation, acidRisk, notes };
}

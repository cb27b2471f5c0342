/**
 * Amendments that lift the soil constraints: lime to a target pH, compost to a target organic carbon, and
 * the growth medium or cover to place over the spoil, with the reasons and notes the page shows
 * (docs/site-assessment.md). Settings come from Scenario.soil.amendments (AMENDMENT_FIELDS).
 */

import type { Metal } from "../data/records.js";
import { AMENDMENT_FIELDS } from "../scenario/index.js";
import { type CompostRequirement, compostRequirement, type LimeRequirement, limeRequirement } from "./amendment-formulas.js";
import type { RegionalSoil } from "./assess.js";
import type { Constraint, MetalBackground, SoilProperties } from "./constraints.js";
import { type CoverClimate, type CoverDesign, type CoverPurpose, coverClimate, coverDesign } from "./cover.js";
import { OM_PER_OC, textureClassOrNull, type UsdaTexture, waterRetention } from "./soil.js";

export interface AmendmentOptions {
  targetPh?: number;
  targetSocGkg?: number;
  /** Depth the lime and compost are mixed into, m. */
  depthM?: number;
  /** Organic carbon fraction of the compost's dry matter. */
  compostCarbonFraction?: number;
  /** Plant-available water a full cover should store (arid and seasonal climates), mm (default 150). */
  coverWaterMm?: number;
  /** Planning depth of a growth-medium (topsoil) respread, m (default 0.2; costed over 0.5–1.5 × it). */
  respreadDepthM?: number;
  /** Minimum depth of a full cover, m (default: 1.2 over hostile spoil, 0.6 over a substrate that holds no water). */
  coverMinDepthM?: number;
  /** Maximum depth of a full cover, m (default 2.0). */
  coverMaxDepthM?: number;
  /**
   * Köppen–Geiger class of the site for the cover rule (humid, seasonal or arid). assessSite fills it from
   * the site's climate; null or absent: climate not known (the dry-climate water-storage rule is used).
   */
  koppen?: string | null;
}

/** Whether an amendment is required (a quantity was computed), not needed, or could not be judged. */
export type AmendmentStatus = "required" | "not needed" | "unknown";

export interface Amendments {
  lime: (LimeRequirement & { targetPh: number; inputs: string }) | null;
  limeNote: string;
  limeStatus: AmendmentStatus;
  compost: (CompostRequirement & { targetSocGkg: number; compostCarbonFraction: number }) | null;
  compostNote: string;
  compostStatus: AmendmentStatus;
  /**
   * The soil layer to place over the spoil (soil.ts coverDesign): a growth-medium respread when the spoil
   * is plantable after amendment, a full cover when `coverReasons` is not empty. Always given: with no
   * soil data the spoil is taken as plantable and `coverNote` says what to measure.
   */
  cover: (CoverDesign & { texture: UsdaTexture | null; from: string; climate: CoverClimate }) | null;
  coverNote: string;
  /**
   * Constraints that call for a full cover instead of planting into amended spoil: strong acidity
   * (pH < 4.5, acid-forming), severe salinity (ECe ≥ 8 dS/m), a metal above its screening value and not
   * within the regional background, and a substrate that holds almost no water (available water < 0.05).
   */
  coverReasons: string[];
  depthM: number;
}

export function amendments(
  properties: SoilProperties,
  regional: RegionalSoil | null,
  constraints: Constraint[],
  options: AmendmentOptions
): Amendments {
  const targetPh = options.targetPh ?? AMENDMENT_FIELDS.targetPh.default;
  const targetSocGkg = options.targetSocGkg ?? AMENDMENT_FIELDS.targetSocGkg.default;
  const depthM = options.depthM ?? AMENDMENT_FIELDS.depthM.default;
  const compostCarbonFraction = options.compostCarbonFraction ?? AMENDMENT_FIELDS.compostCarbonFraction.default;
  const bd = properties.bulkDensity ?? regional?.bulkDensity?.median ?? null;
  const bulkDensity = bd ?? 1.3;
  const bdText = bd === null ? "bulk density 1.3 t/m³ assumed (not measured)" : `bulk density ${bulkDensity.toFixed(2)} t/m³`;

  let lime: Amendments["lime"] = null;
  let limeNote: string;
  let limeStatus: AmendmentStatus = "unknown";
  const soc = properties.soc ?? regional?.soc?.median ?? null;
  const clay = properties.clay ?? regional?.clay?.median ?? null;
  if (properties.ph === null) limeNote = "pH not known: no lime requirement computed.";
  else if (properties.ph >= targetPh) {
    limeNote = `pH ${properties.ph.toFixed(1)} is at or above the target ${targetPh}: no lime needed.`;
    limeStatus = "not needed";
  } else if (soc === null || clay === null) limeNote = "Organic carbon and clay are needed for the buffer capacity: upload or enter them.";
  else {
    lime = {
      ...limeRequirement({ ph: properties.ph, targetPh, socGkg: soc, clayPct: clay, bulkDensity, depthM }),
      targetPh,
      inputs: `pH ${properties.ph.toFixed(2)} → ${targetPh}, SOC ${soc.toFixed(1)} g/kg, clay ${clay.toFixed(0)} %, ${bdText}, ${Math.round(depthM * 100)} cm`
    };
    limeNote = "Buffer-capacity method (Aitken et al. 1990); pure CaCO₃ — divide by the liming material's neutralising value.";
    limeStatus = "required";
  }

  let compost: Amendments["compost"] = null;
  let compostNote: string;
  let compostStatus: AmendmentStatus = "unknown";
  if (properties.soc === null) compostNote = "Organic carbon not known: no compost requirement computed.";
  else if (properties.soc >= targetSocGkg) {
    compostNote = `SOC ${properties.soc.toFixed(1)} g/kg is at or above the target ${targetSocGkg} g/kg.`;
    compostStatus = "not needed";
  } else {
    compost = {
      ...compostRequirement({ socGkg: properties.soc, targetSocGkg, bulkDensity, depthM, compostCarbonFraction }),
      targetSocGkg,
      compostCarbonFraction
    };
    compostNote = `To raise SOC from ${properties.soc.toFixed(1)} to ${targetSocGkg} g/kg over ${Math.round(depthM * 100)} cm (${bdText}); compost at ${Math.round(compostCarbonFraction * 100)} % C.`;
    compostStatus = "required";
  }

  const { reasons, purpose, notes } = coverReasonsFor(constraints, regional?.background ?? {});
  const climate = coverClimate(options.koppen);
  // The layer's material: the regional topsoil (salvaged topsoil or borrow soil of the area), else the site soil.
  const coverSand = regional?.sand?.median ?? properties.sand;
  const coverClay = regional?.clay?.median ?? properties.clay;
  const coverSoc = regional?.soc?.median ?? properties.soc;
  const known = coverSand !== null && coverClay !== null;
  const availableWater = known
    ? Math.min(0.6, Math.max(0.01, waterRetention(coverSand, coverClay, coverSoc === null ? 2.5 : (coverSoc / 10) * OM_PER_OC).available))
    : null;
  const from = regional?.sand
    ? `regional topsoil (median of ${regional.sand.n} sites)`
    : known
      ? "the site soil"
      : "soil of unknown texture";
  const design = coverDesign({
    purpose,
    availableWater,
    climate,
    targetWaterMm: options.coverWaterMm,
    respreadDepthM: options.respreadDepthM,
    minDepthM: options.coverMinDepthM,
    maxDepthM: options.coverMaxDepthM
  });
  const cover: Amendments["cover"] = { ...design, texture: known ? textureClassOrNull(coverSand, coverClay) : null, from, climate };
  const climateText = options.koppen ? `Köppen ${options.koppen}: ${climate} climate` : "climate not known";
  const unchecked = notCheckedForCover(constraints);
  const coverNote = [
    design.basis,
    `Material: ${from}${availableWater === null ? "" : `, ${availableWater.toFixed(3)} m³/m³ of plant-available water (Saxton & Rawls 2006)`}; ${climateText}.`,
    ...notes,
    purpose === "growth medium" && unchecked.length
      ? `Not measured: ${unchecked.join(", ")} — a full cover may still be needed once they are.`
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  return { lime, limeNote, limeStatus, compost, compostNote, compostStatus, cover, coverNote, coverReasons: reasons, depthM };
}

/**
 * Which constraints call for a full cover, and for what purpose: acid-forming (pH < 4.5), severely saline
 * (ECe ≥ 8 dS/m) or metal-rich spoil (a metal above its screening value, unless the regional background is
 * known and the value is within its 95th percentile: natural enrichment that the surrounding vegetation
 * lives with) must be isolated; a substrate holding under 0.05 m³/m³ of water needs a root zone. Severe
 * low organic carbon and compaction are amended (compost, ripping), not covered.
 */
export function coverReasonsFor(
  constraints: readonly Constraint[],
  background: MetalBackground
): { reasons: string[]; purpose: CoverPurpose; notes: string[] } {
  const isolation: string[] = [];
  const rootZone: string[] = [];
  const notes: string[] = [];
  for (const c of constraints) {
    const text = `${c.label}: ${c.message}`;
    if ((c.id === "acidity" || c.id === "salinity") && c.severity === "severe") isolation.push(text);
    else if (c.id.startsWith("metal-") && c.severity === "moderate") {
      const bg = background[c.id.slice("metal-".length) as Metal];
      if (bg && c.value !== null && c.value <= bg.p95)
        notes.push(
          `${c.label} ${c.value} mg/kg is above its screening value but within the regional background (P95 ${bg.p95.toFixed(1)} mg/kg): not a reason for a cover by itself; check its availability.`
        );
      else isolation.push(text);
    } else if (c.id === "low-water" && c.severity === "severe") rootZone.push(text);
  }
  const purpose: CoverPurpose = isolation.length ? "isolation" : rootZone.length ? "root zone" : "growth medium";
  return { reasons: [...isolation, ...rootZone], purpose, notes };
}

/** The cover-deciding properties that were not measured (pH, EC, metals), for the note. */
function notCheckedForCover(constraints: readonly Constraint[]): string[] {
  const unknown = (id: string) => constraints.some((c) => c.id === id && c.severity === "unknown");
  const out: string[] = [];
  if (unknown("acidity")) out.push("pH");
  if (unknown("salinity")) out.push("EC");
  if (
    constraints.some((c) => c.id.startsWith("metal-")) &&
    constraints.filter((c) => c.id.startsWith("metal-")).every((c) => c.severity === "unknown")
  )
    out.push("metals");
  return out;
}

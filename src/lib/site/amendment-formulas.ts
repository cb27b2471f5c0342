/**
 * The amendment formulas: soil mass, pH buffer capacity and lime requirement, compost for a target
 * organic carbon, and the depth of a cover that stores a target amount of plant-available water.
 * Units: pH in water; EC dS/m; organic carbon (SOC) g/kg; sand, silt, clay weight %; bulk density t/m³
 * (= g/cm³); CEC cmolc/kg; metals mg/kg (total). Every threshold and formula is also written out in
 * docs/site-assessment.md.
 */

import { AMENDMENT_FIELDS } from "../scenario/index.js";

/** Soil mass per hectare of a layer, t/ha: bulk density (t/m³) × depth (m) × 10 000 m². */
export function soilMassPerHa(bulkDensity: number, depthM: number): number {
  return bulkDensity * depthM * 10_000;
}

/**
 * pH buffer capacity, cmolc/kg per pH unit, from organic carbon and clay by the regression of
 * Aitken, Moody & McKinley (1990, Aust. J. Soil Res. 28:695) for acid Queensland topsoils:
 * pHBC = 0.9548 × OC (%) + 0.0111 × clay (%)   (R² = 0.83, n = 40).
 */
export function phBufferCapacity(socGkg: number, clayPct: number): number {
  return 0.9548 * (socGkg / 10) + 0.0111 * clayPct;
}

export interface LimeRequirement {
  /** Pure CaCO₃ to apply, t/ha (divide by the liming material's neutralising value, e.g. 0.9). */
  caco3TPerHa: number;
  phBufferCapacity: number;
  /** Acidity to neutralise, cmolc/kg. */
  acidityCmolKg: number;
  soilMassTPerHa: number;
}

/**
 * Lime to raise the pH of a layer to `targetPh` by the buffer-capacity method:
 * acidity (cmolc/kg) = pHBC × (target − pH); CaCO₃ (t/ha) = acidity × 0.5004 g CaCO₃ per cmolc
 * (100.09 g/mol, 2 charges) × soil mass (t/ha) / 1000. Zero when the pH is already at the target.
 */
export function limeRequirement({
  ph,
  targetPh = 5.5,
  socGkg,
  clayPct,
  bulkDensity = 1.3,
  depthM = 0.2
}: {
  ph: number;
  targetPh?: number;
  socGkg: number;
  clayPct: number;
  bulkDensity?: number;
  depthM?: number;
}): LimeRequirement {
  for (const [name, v] of Object.entries({ ph, targetPh, socGkg, clayPct, bulkDensity, depthM })) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a number ≥ 0 (got ${v}).`);
  }
  const pHBC = phBufferCapacity(socGkg, clayPct);
  const acidity = Math.max(0, pHBC * (targetPh - ph));
  const mass = soilMassPerHa(bulkDensity, depthM);
  return { caco3TPerHa: (acidity * 0.5004 * mass) / 1000, phBufferCapacity: pHBC, acidityCmolKg: acidity, soilMassTPerHa: mass };
}

export interface CompostRequirement {
  /** Dry compost to apply, t/ha. */
  compostTPerHa: number;
  /** Organic carbon to add, t C/ha. */
  carbonTPerHa: number;
  soilMassTPerHa: number;
}

/**
 * Compost to raise the organic carbon of a layer to `targetSocGkg`:
 * C to add (t/ha) = (target − SOC) g/kg × soil mass (t/ha) / 1000; compost (t dry matter/ha) =
 * C / compost carbon fraction (default 0.25, to be replaced by the compost's analysis). Assumes all
 * added carbon stays; in practice part of it mineralises within a few years.
 */
export function compostRequirement({
  socGkg,
  targetSocGkg = 10,
  bulkDensity = 1.3,
  depthM = 0.2,
  compostCarbonFraction = 0.25
}: {
  socGkg: number;
  targetSocGkg?: number;
  bulkDensity?: number;
  depthM?: number;
  compostCarbonFraction?: number;
}): CompostRequirement {
  for (const [name, v] of Object.entries({ socGkg, targetSocGkg, bulkDensity, depthM, compostCarbonFraction })) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a number ≥ 0 (got ${v}).`);
  }
  if (compostCarbonFraction === 0 || compostCarbonFraction > 1) throw new RangeError("The compost carbon fraction must be in (0, 1].");
  const mass = soilMassPerHa(bulkDensity, depthM);
  const carbon = (Math.max(0, targetSocGkg - socGkg) * mass) / 1000;
  return { compostTPerHa: carbon / compostCarbonFraction, carbonTPerHa: carbon, soilMassTPerHa: mass };
}

/**
 * Plant-available water a full cover should store, mm: the low/moderate boundary of the USDA AWC classes
 * over 150 cm (a root zone holding less is "low"). A choice of this studio, editable on the site page.
 */
export const COVER_TARGET_WATER_MM = AMENDMENT_FIELDS.coverWaterMm.default;

export interface CoverRequirement {
  /** Depth of cover soil, m. */
  depthM: number;
  /** Volume of cover soil, m³/ha (in place, before any bulking or settling allowance). */
  volumeM3PerHa: number;
  availableWater: number;
}

/**
 * Depth of cover soil (topsoil or subsoil spread over spoil) that stores `targetWaterMm` of plant-available
 * water: depth (m) = target (mm) / (available water (m³/m³) × 1000); volume = depth × 10 000 m²/ha.
 */
export function coverRequirement(availableWater: number, targetWaterMm: number = COVER_TARGET_WATER_MM): CoverRequirement {
  if (!(availableWater > 0) || availableWater > 0.6)
    throw new RangeError(`Available water must be in (0, 0.6] m³/m³ (got ${availableWater}).`);
  if (!(targetWaterMm > 0)) throw new RangeError(`The target water must be > 0 mm (got ${targetWaterMm}).`);
  const depthM = targetWaterMm / (availableWater * 1000);
  return { depthM, volumeM3PerHa: depthM * 10_000, availableWater };
}

/**
 * Soil properties: USDA texture class, plant-available water (Saxton & Rawls 2006) and the conversion
 * of soil–water extract EC to saturated-paste ECe.
 * Units: pH in water; EC dS/m; organic carbon (SOC) g/kg; sand, silt, clay weight %; bulk density t/m³
 * (= g/cm³); CEC cmolc/kg; metals mg/kg (total). Every threshold and formula is also written out in
 * docs/site-assessment.md.
 */
// ---------------------------------------------------------------------------------------------------
// Texture

export type UsdaTexture =
  | "sand"
  | "loamy sand"
  | "sandy loam"
  | "loam"
  | "silt loam"
  | "silt"
  | "sandy clay loam"
  | "clay loam"
  | "silty clay loam"
  | "sandy clay"
  | "silty clay"
  | "clay";

/**
 * The texture class, or null when sand or clay is unknown or the fractions cannot be classified
 * (textureClass throws). Silt defaults to the rest, never below 0 (regional medians of sand and clay
 * may sum to a little over 100 %, which textureClass rescales).
 */
export function textureClassOrNull(sand: number | null, clay: number | null, silt: number | null = null): UsdaTexture | null {
  if (sand === null || clay === null) return null;
  try {
    return textureClass(sand, clay, silt ?? Math.max(0, 100 - sand - clay));
  } catch {
    return null;
  }
}

/**
 * The USDA texture class of a sample from its sand and clay (and silt) contents, weight %, by the
 * boundaries of the USDA texture triangle as written in the NRCS Soil Texture Calculator
 * (Soil Survey Manual, USDA Handbook 18, 2017, Fig. 3-16). Silt defaults to 100 − sand − clay.
 * Fractions that do not sum to 100 ± 2 % are rescaled to 100 only when within 10 %; otherwise throws.
 */
export function textureClass(sand: number, clay: number, silt: number = 100 - sand - clay): UsdaTexture {
  for (const [name, v] of [
    ["sand", sand],
    ["clay", clay],
    ["silt", silt]
  ] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${name} must be 0–100 % (got ${v}).`);
  }
  const total = sand + clay + silt;
  if (Math.abs(total - 100) > 10) throw new RangeError(`sand + silt + clay = ${total.toFixed(1)} %, too far from 100 % to classify.`);
  if (Math.abs(total - 100) > 2) {
    sand = (sand * 100) / total;
    clay = (clay * 100) / total;
    silt = (silt * 100) / total;
  }
  if (silt + 1.5 * clay < 15) return "sand";
  if (silt + 2 * clay < 30) return "loamy sand";
  if ((clay >= 7 && clay < 20 && sand > 52) || (clay < 7 && silt < 50)) return "sandy loam";
  if (clay >= 7 && clay < 27 && silt >= 28 && silt < 50 && sand <= 52) return "loam";
  if (silt >= 80 && clay < 12) return "silt";
  if ((silt >= 50 && clay >= 12 && clay < 27) || (silt >= 50 && silt < 80 && clay < 12)) return "silt loam";
  if (clay >= 20 && clay < 35 && silt < 28 && sand > 45) return "sandy clay loam";
  if (clay >= 27 && clay < 40 && sand > 20 && sand <= 45) return "clay loam";
  if (clay >= 27 && clay < 40 && sand <= 20) return "silty clay loam";
  if (clay >= 35 && sand > 45) return "sandy clay";
  if (clay >= 40 && silt >= 40) return "silty clay";
  return "clay";
}

/** Coarse (sandy), medium (loamy/silty) or fine (clayey) texture group of a USDA class. */
export function textureGroup(texture: UsdaTexture): "coarse" | "medium" | "fine" {
  if (texture === "sand" || texture === "loamy sand" || texture === "sandy loam") return "coarse";
  if (
    texture === "clay" ||
    texture === "silty clay" ||
    texture === "sandy clay" ||
    texture === "clay loam" ||
    texture === "silty clay loam"
  )
    return "fine";
  return "medium";
}

// ---------------------------------------------------------------------------------------------------
// Plant-available water (Saxton & Rawls 2006)

export interface WaterRetention {
  /** Volumetric water content at −1500 kPa (wilting point), m³/m³. */
  wiltingPoint: number;
  /** Volumetric water content at −33 kPa (field capacity), m³/m³. */
  fieldCapacity: number;
  /** Plant-available water capacity, field capacity − wilting point, m³/m³ (= mm per mm of soil). */
  available: number;
}

/** Organic matter ≈ 1.724 × organic carbon (the van Bemmelen factor). */
export const OM_PER_OC = 1.724;

/**
 * Water retention from sand, clay (weight %) and organic matter (%, default 2.5 as in Saxton & Rawls'
 * Table 3), by the equations of Saxton & Rawls (2006, SSSAJ 70:1569, Table 1, eq. 1–2), for
 * density factor 1, no gravel, no salinity.
 */
export function waterRetention(sandPct: number, clayPct: number, organicMatterPct = 2.5): WaterRetention {
  const S = sandPct / 100;
  const C = clayPct / 100;
  const OM = Math.min(organicMatterPct, 8); // the equations were fitted for OM ≤ 8 %
  const t1500t = -0.024 * S + 0.487 * C + 0.006 * OM + 0.005 * S * OM - 0.013 * C * OM + 0.068 * S * C + 0.031;
  const wiltingPoint = t1500t + (0.14 * t1500t - 0.02);
  const t33t = -0.251 * S + 0.195 * C + 0.011 * OM + 0.006 * S * OM - 0.027 * C * OM + 0.452 * S * C + 0.299;
  const fieldCapacity = t33t + (1.283 * t33t * t33t - 0.374 * t33t - 0.015);
  return { wiltingPoint, fieldCapacity, available: fieldCapacity - wiltingPoint };
}

// ---------------------------------------------------------------------------------------------------
// Salinity: EC of soil–water extracts converted to the saturated-paste extract (ECe)

import { EC_METHODS, type EcMethod } from "./labels.js";

export { EC_METHODS, type EcMethod };

/**
 * ECe (dS/m) from an EC measured on another extract. Salinity thresholds are stated on ECe.
 * - 1:1 and 1:2 soil:water: the texture-group regressions of Hogg & Henry (1984, Can. J. Soil Sci.
 *   64:699) as tabulated in PLoS ONE 13(6): e0198290 (2018), Table 2:
 *   1:1 coarse 3.01x − 0.06, medium 3.01x − 0.77, fine 2.66x − 0.97;
 *   1:2 coarse 2.79x + 0.71, medium 2.35x − 0.36, fine 2.16x + 0.03; never less than the measured EC x.
 * - 1:5: ECe = 6.4 × EC1:5 (Talsma 1968; Rayment & Lyons 2011, Soil Chemical Methods – Australasia,
 *   method 14B1, Table 14.2).
 * Texture group defaults to medium when unknown.
 */
export function toECe(ec: number, method: EcMethod, group: "coarse" | "medium" | "fine" = "medium"): number {
  if (!Number.isFinite(ec) || ec < 0) throw new RangeError(`EC must be a number ≥ 0 dS/m (got ${ec}).`);
  const linear: Record<"1:1" | "1:2", Record<typeof group, [number, number]>> = {
    "1:1": { coarse: [3.01, -0.06], medium: [3.01, -0.77], fine: [2.66, -0.97] },
    "1:2": { coarse: [2.79, 0.71], medium: [2.35, -0.36], fine: [2.16, 0.03] }
  };
  switch (method) {
    case "ECe":
      return ec;
    case "1:5":
      return 6.4 * ec;
    case "1:1":
    case "1:2": {
      // Never below the measured EC: the paste holds less water than either extract, so it is at least as
      // concentrated (the regressions' negative intercepts would otherwise turn low EC into 0).
      const [slope, intercept] = linear[method][group];
      return Math.max(ec, slope * ec + intercept);
    }
    default:
      throw new RangeError(`Unknown EC method "${String(method)}"; use one of ${EC_METHODS.join(", ")}.`);
  }
}

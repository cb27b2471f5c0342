/**
 * Growth medium or cover: whether a site needs a topsoil respread or a full cover, why, and how deep
 * (docs/site-assessment.md, "Growth medium and cover").
 */

import { AMENDMENT_FIELDS } from "../scenario/index.js";

import { COVER_TARGET_WATER_MM } from "./amendment-formulas.js";

/**
 * Growth-medium (topsoil) respread depth, m: planning value; the 90 % range used for costing is half to
 * one and a half times it (0.10–0.30 m). Sources: the LPSDP Mine Rehabilitation handbook (2006) has the top
 * 100–300 mm of soil recovered for respreading; Alcoa's jarrah-forest rehabilitation respreads about 0.15 m
 * of topsoil; US reclamation bond estimates (Colorado DRMS) place 3–12 inches (0.08–0.30 m); under SMCRA
 * a topsoil thinner than 6 inches (0.15 m) is salvaged with the material below it as a 6-inch layer
 * (30 CFR 816.22(a)). A choice within that practice, editable.
 */
export const RESPREAD_DEPTH_M = AMENDMENT_FIELDS.respreadDepthM.default;
/** Range of the respread depth for costing, as factors of the planning depth (0.10–0.30 m at 0.20 m). */
export const RESPREAD_RANGE_FACTORS = [0.5, 1.5] as const;

/**
 * Minimum cover over acid-forming, toxic (metal-rich) or saline spoil, m: 4 ft = 1.22 m of the best
 * available non-toxic material, the SMCRA state-programme rule for acid- and toxic-forming materials
 * (e.g. Alabama Admin. Code 880-X-10D-.50; Montana ARM 17.24.505), where the regulator may allow less on
 * demonstration and ask for more against upward migration of salts or for plant growth. Rounded to 1.2 m.
 */
export const COVER_ISOLATION_MIN_M = 1.2;
/**
 * Minimum cover over a non-toxic substrate that holds almost no water (no plantable substrate), m: 2 ft =
 * 0.61 m, the soil cover 30 CFR 817.89(b) asks over a closed mine-waste disposal site before revegetation.
 */
export const COVER_ROOT_ZONE_MIN_M = 0.6;
/**
 * Thickest cover designed by the water-storage rule, m: the store-and-release trial covers of Schneider et
 * al. (2010, 19th World Congress of Soil Science) in semi-arid monsoonal Queensland were 2.0 m thick. A
 * thicker cover needs a site water-balance design (this studio's bound, editable).
 */
export const COVER_MAX_M = 2.0;

/**
 * Climate class for the cover rule: arid (Köppen B), seasonal (a dry season: As/Aw, Cs, Cw, Ds, Dw),
 * humid (no real dry season: Af, Am, Cf, Df, and E), or unknown.
 */
export type CoverClimate = "arid" | "seasonal" | "humid" | "unknown";

/**
 * The cover-rule climate class of a Köppen–Geiger code (Kottek et al. 2006 letters). Store-and-release
 * covers are designed for dry climates, where evaporation exceeds rain (Cui & Zornberg 2008); where rain
 * exceeds potential evapotranspiration a soil store does not stop percolation and covers must shed water
 * (Hopp et al. 2011, Vadose Zone J.), so the water-storage depth is not used in the humid class.
 */
export function coverClimate(koppen: string | null | undefined): CoverClimate {
  if (!koppen) return "unknown";
  const main = koppen.charAt(0);
  const second = koppen.charAt(1);
  if (main === "B") return "arid";
  if (main === "E") return "humid";
  if (main === "A") return second === "f" || second === "m" ? "humid" : second === "s" || second === "w" ? "seasonal" : "unknown";
  if (main === "C" || main === "D") return second === "f" ? "humid" : second === "s" || second === "w" ? "seasonal" : "unknown";
  return "unknown";
}

/** What the soil layer placed over the spoil is for. */
export type CoverPurpose = "growth medium" | "isolation" | "root zone";

export interface CoverDesign {
  /** "respread": a growth-medium layer over spoil that is plantable after amendment; "cover": a full cover. */
  kind: "respread" | "cover";
  purpose: CoverPurpose;
  /** Planning depth, m. */
  depthM: number;
  /** 90 % range of the depth used for costing, m (a full cover: the planning depth). */
  depthRangeM: { lower: number; upper: number };
  /** Volume at the planning depth, m³/ha. */
  volumeM3PerHa: number;
  /** Plant-available water of the layer's material, m³/m³, or null when its texture is not known. */
  availableWater: number | null;
  /** Plant-available water the layer stores at the planning depth, mm, or null. */
  storedWaterMm: number | null;
  /** How the depth was set, one sentence with its numbers. */
  basis: string;
}

export interface CoverDesignInput {
  purpose: CoverPurpose;
  /** Plant-available water of the layer's material, m³/m³ (null: texture not known). */
  availableWater: number | null;
  climate: CoverClimate;
  /** Water a full cover should store in the arid and seasonal classes, mm. */
  targetWaterMm?: number;
  /** Planning depth of a growth-medium respread, m. */
  respreadDepthM?: number;
  /** Minimum depth of a full cover, m (default by purpose: isolation 1.2, root zone 0.6). */
  minDepthM?: number;
  /** Maximum depth of a full cover, m. */
  maxDepthM?: number;
}

const round2 = (x: number) => x.toFixed(2);

/**
 * The soil layer to place over the spoil.
 * - Growth medium (the spoil is plantable after lime, compost and ripping): respread `respreadDepthM`
 *   (0.2 m), costed over 0.5–1.5 × that depth.
 * - Full cover (isolation of acid-forming, metal-rich or saline spoil; or a root zone over a substrate that
 *   holds no water): in the arid and seasonal classes, and when the climate is unknown, the depth that
 *   stores `targetWaterMm` (150 mm) of plant-available water, target / (available water × 1000), bounded
 *   to [minimum, maximum]; in the humid class the minimum (rain is not stored there: the water-storage
 *   rule does not apply, and percolation control needs an engineered, water-shedding layer); the minimum
 *   too when the material's texture is not known.
 */
export function coverDesign(input: CoverDesignInput): CoverDesign {
  const { purpose, climate } = input;
  const aw = input.availableWater;
  if (aw !== null && (!(aw > 0) || aw > 0.6)) throw new RangeError(`Available water must be in (0, 0.6] m³/m³ or null (got ${aw}).`);
  const stored = (depth: number) => (aw === null ? null : depth * aw * 1000);
  if (purpose === "growth medium") {
    const depth = input.respreadDepthM ?? RESPREAD_DEPTH_M;
    if (!(depth > 0) || depth > 1) throw new RangeError(`The respread depth must be in (0, 1] m (got ${depth}).`);
    const lower = depth * RESPREAD_RANGE_FACTORS[0];
    const upper = depth * RESPREAD_RANGE_FACTORS[1];
    return {
      kind: "respread",
      purpose,
      depthM: depth,
      depthRangeM: { lower, upper },
      volumeM3PerHa: depth * 10_000,
      availableWater: aw,
      storedWaterMm: stored(depth),
      basis: `Growth-medium (topsoil) respread of ${round2(depth)} m (costed over ${round2(lower)}–${round2(upper)} m), the practice range of 0.1–0.3 m: the spoil is plantable after amendment, and roots grow on into it.`
    };
  }
  const target = input.targetWaterMm ?? COVER_TARGET_WATER_MM;
  const min = input.minDepthM ?? (purpose === "isolation" ? COVER_ISOLATION_MIN_M : COVER_ROOT_ZONE_MIN_M);
  const max = input.maxDepthM ?? COVER_MAX_M;
  if (!(target > 0)) throw new RangeError(`The target water must be > 0 mm (got ${target}).`);
  if (!(min > 0) || !(max >= min) || max > 10)
    throw new RangeError(`Cover depth bounds must satisfy 0 < minimum ≤ maximum ≤ 10 m (got ${min}–${max}).`);
  const why =
    purpose === "isolation"
      ? `keep roots out of hostile spoil: at least ${round2(min)} m`
      : `give roots a zone that holds water: at least ${round2(min)} m`;
  let depth: number;
  let basis: string;
  if (climate === "humid") {
    depth = min;
    basis = `Full cover to ${why}. Humid climate: rain exceeds evaporation, so a soil store does not limit percolation and the ${target} mm water-storage rule is not used; percolation into the spoil needs an engineered water-shedding layer, designed on site (not costed here).`;
  } else if (aw === null) {
    depth = min;
    basis = `Full cover to ${why}. The cover soil's texture is not known, so its water storage cannot set the depth: the minimum is used.`;
  } else {
    const forWater = target / (aw * 1000);
    depth = Math.min(max, Math.max(min, forWater));
    const clause =
      forWater > max
        ? `${round2(forWater)} m would store ${target} mm; capped at ${round2(max)} m (thicker covers need a site water-balance design; a finer cover soil stores more per metre)`
        : forWater < min
          ? `${round2(forWater)} m would store ${target} mm; the minimum is deeper`
          : `${round2(depth)} m stores ${target} mm of plant-available water at ${aw.toFixed(3)} m³/m³`;
    basis = `Full cover to ${why}; ${climate === "unknown" ? "climate not known, so the dry-climate rule is used: " : ""}${clause}.`;
  }
  return {
    kind: "cover",
    purpose,
    depthM: depth,
    depthRangeM: { lower: depth, upper: depth },
    volumeM3PerHa: depth * 10_000,
    availableWater: aw,
    storedWaterMm: stored(depth),
    basis
  };
}

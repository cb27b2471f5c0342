/**
 * Soil for restoration: texture class, plant-available water, salinity conversions, the constraints that
 * limit restoration (each with its threshold and source), regional background metal levels, and the
 * amendments that lift them (lime, compost, cover soil) with their formulas.
 *
 * Units: pH in water; EC dS/m; organic carbon (SOC) g/kg; sand, silt, clay weight %; bulk density t/m³
 * (= g/cm³); CEC cmolc/kg; metals mg/kg (total). Every threshold and formula is also written out in
 * docs/site-assessment.md. Nothing here reads files or the network.
 */

import { AMENDMENT_FIELDS } from "../scenario/index.js";

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

export type EcMethod = "ECe" | "1:1" | "1:2" | "1:5";
export const EC_METHODS: readonly EcMethod[] = ["ECe", "1:1", "1:2", "1:5"];

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

// ---------------------------------------------------------------------------------------------------
// Thresholds and their sources

/**
 * Canadian Soil Quality Guidelines for the Protection of Environmental and Human Health, agricultural
 * land use, total metals, mg/kg (CCME 2007, Summary Table, update 7.0; year of each guideline in the
 * comment). Cobalt and manganese have no CCME guideline.
 */
export const SCREENING_VALUES: Readonly<Record<string, { value: number; year: number }>> = {
  As: { value: 12, year: 1997 },
  Cd: { value: 1.4, year: 1999 },
  Cr: { value: 64, year: 1997 },
  Cu: { value: 63, year: 1999 },
  Hg: { value: 6.6, year: 1999 },
  Ni: { value: 50, year: 1999 },
  Pb: { value: 70, year: 1999 },
  V: { value: 130, year: 1997 },
  Zn: { value: 200, year: 1999 }
};
export const SCREENING_STANDARD = "Canadian Soil Quality Guidelines (CCME), agricultural land use, Summary Table update 7.0 (2007)";

export const METALS = ["Cu", "Zn", "Pb", "Cd", "As", "Ni", "Cr", "Co", "Mn", "V", "Hg"] as const;
export type Metal = (typeof METALS)[number];
/** Metals always listed among the constraints (as "not measured" when missing); others only when measured. */
export const CORE_METALS: readonly Metal[] = ["Cu", "Zn", "Pb", "Cd", "As", "Ni", "Cr"];

/** Bulk density (t/m³) that may affect and that restricts root growth, by texture. */
export interface BulkDensityLimits {
  texture: string;
  ideal: number;
  mayAffect: number;
  restricts: number;
}

/**
 * USDA NRCS Soil Quality Indicators: Bulk Density (2008), "General relationship of soil bulk density to
 * root growth based on soil texture". Loam and silt loam appear in two rows; they take the first.
 */
export const BULK_DENSITY_LIMITS: readonly BulkDensityLimits[] = [
  { texture: "sands, loamy sands", ideal: 1.6, mayAffect: 1.69, restricts: 1.8 },
  { texture: "sandy loams, loams", ideal: 1.4, mayAffect: 1.63, restricts: 1.8 },
  { texture: "sandy clay loams, clay loams", ideal: 1.4, mayAffect: 1.6, restricts: 1.75 },
  { texture: "silts, silt loams", ideal: 1.4, mayAffect: 1.6, restricts: 1.75 },
  { texture: "silty clay loams", ideal: 1.4, mayAffect: 1.55, restricts: 1.65 },
  { texture: "sandy clays, silty clays, clay loams and clays with 35–45 % clay", ideal: 1.1, mayAffect: 1.49, restricts: 1.58 },
  { texture: "clays (> 45 % clay)", ideal: 1.1, mayAffect: 1.39, restricts: 1.47 }
];

/** The NRCS bulk-density row for a texture class (clay % decides between the two clayey rows). */
export function bulkDensityLimits(texture: UsdaTexture, clayPct: number): BulkDensityLimits {
  const row = (i: number) => BULK_DENSITY_LIMITS[i];
  switch (texture) {
    case "sand":
    case "loamy sand":
      return row(0);
    case "sandy loam":
    case "loam":
      return row(1);
    case "sandy clay loam":
      return row(2);
    case "clay loam":
      return clayPct >= 35 ? row(5) : row(2);
    case "silt":
    case "silt loam":
      return row(3);
    case "silty clay loam":
      return row(4);
    case "sandy clay":
    case "silty clay":
      return clayPct > 45 ? row(6) : row(5);
    case "clay":
      return clayPct > 45 ? row(6) : row(5);
  }
}

export const THRESHOLDS = {
  /** pH (water): below 4.5 extremely acid, 4.5–5.5 very strongly to strongly acid, above 8.5 strongly alkaline. */
  phStrongAcid: 4.5,
  phModerateAcid: 5.5,
  phAlkaline: 8.5,
  /** ECe, dS/m: 4–8 slightly saline, ≥ 8 moderately to strongly saline. */
  eceSaline: 4,
  eceStronglySaline: 8,
  /** Organic carbon, g/kg. */
  socLow: 10,
  socVeryLow: 5,
  /** Plant-available water capacity, m³/m³. */
  awcLow: 0.1,
  awcVeryLow: 0.05,
  /** Regional background: a metal above this percentile of nearby uncensored values is flagged. */
  backgroundPercentile: 95,
  /** Fewest uncensored regional values for a background percentile. */
  backgroundMinValues: 10
} as const;

/** Where each threshold comes from: shown on hover on the page and written in docs/site-assessment.md. */
export const SOURCES = {
  ph:
    "Reaction classes of the USDA Soil Survey Manual (Handbook 18, 2017): < 4.5 extremely acid (Al and Mn toxicity likely), " +
    "4.5–5.5 very strongly to strongly acid (Al toxicity for sensitive species), > 8.5 strongly alkaline (often sodic; Fe, Zn, P deficiency).",
  salinity:
    "Salinity classes of the USDA Soil Survey Manual (2017) on ECe: 2–4 very slightly, 4–8 slightly, 8–16 moderately, ≥ 16 strongly saline; " +
    "ECe ≥ 4 dS/m is the classic saline-soil limit (Richards 1954, USDA Handbook 60). Other extracts converted to ECe (see toECe).",
  metals: `${SCREENING_STANDARD}: a value above the guideline calls for investigation, not a proof of toxicity.`,
  background:
    "Regional background: the 95th percentile of uncensored total-metal values (AfSIS TXRF) at soil sites within the chosen radius; " +
    "values below the detection limit are left out.",
  soc:
    "Organic carbon below 10 g/kg (1 %) marks depleted topsoil (below 5 g/kg: very low). Yields of maize and wheat rise with SOC up to about " +
    "2 % (Oldfield et al. 2019, SOIL 5:15), the compost target's upper sensible bound.",
  compaction:
    "USDA NRCS Soil Quality Indicators: Bulk Density (2008): bulk density that may affect and that restricts root growth, by texture.",
  coarse: "USDA texture classes sand and loamy sand: coarse texture, low water and nutrient retention.",
  water:
    "Plant-available water by Saxton & Rawls (2006); classes after the USDA Soil Survey Manual available-water-capacity classes " +
    "(low < 15 cm and very low < 7.5 cm over 150 cm, i.e. < 0.10 and < 0.05 m³/m³)."
} as const;

// ---------------------------------------------------------------------------------------------------
// Constraints

/** Soil properties as measured or summarised (null = not known). */
export interface SoilProperties {
  ph: number | null;
  /** EC of the saturated-paste extract (ECe), dS/m. */
  ece: number | null;
  soc: number | null;
  sand: number | null;
  clay: number | null;
  silt: number | null;
  bulkDensity: number | null;
  cec: number | null;
  /** Total metals, mg/kg. A metal listed in `belowDetection` holds a detection limit, not a value. */
  metals: Partial<Record<Metal, number>>;
  belowDetection?: Metal[];
}

export type Severity = "none" | "moderate" | "severe" | "unknown";

export interface Constraint {
  /** Stable id, e.g. "acidity", "metal-Cu". */
  id: string;
  label: string;
  severity: Severity;
  /** The value judged, in `unit`, or null when not known. */
  value: number | null;
  unit: string;
  /** The rule, in words with numbers, e.g. "pH < 5.5 moderate, < 4.5 severe". */
  threshold: string;
  source: string;
  /** What it means for restoration, in one sentence. */
  message: string;
}

/** Regional background: percentiles of uncensored values per metal, mg/kg. */
export type MetalBackground = Partial<Record<Metal, { n: number; p50: number; p90: number; p95: number }>>;

/**
 * Every constraint the studio checks, for one set of soil properties: acidity, alkalinity, salinity,
 * each metal against the screening value (and against the regional background when given), low organic
 * carbon, compaction, coarse texture and low water-holding capacity. A property that is not known gives
 * severity "unknown", so the table says what was not checked instead of hiding it.
 */
export function soilConstraints(soil: SoilProperties, background: MetalBackground = {}): Constraint[] {
  const T = THRESHOLDS;
  const out: Constraint[] = [];
  const fmt = (x: number, d = 1) => x.toFixed(d);

  // Acidity and alkalinity.
  const ph = soil.ph;
  out.push({
    id: "acidity",
    label: "Acidity",
    severity: ph === null ? "unknown" : ph < T.phStrongAcid ? "severe" : ph < T.phModerateAcid ? "moderate" : "none",
    value: ph,
    unit: "pH",
    threshold: `pH < ${T.phModerateAcid} moderate, < ${T.phStrongAcid} severe`,
    source: SOURCES.ph,
    message:
      ph === null
        ? "pH not known."
        : ph < T.phStrongAcid
          ? "Extremely acid: aluminium and manganese toxicity; lime (and check for acid-forming sulphides) before planting."
          : ph < T.phModerateAcid
            ? "Strongly acid: aluminium toxicity for sensitive species; lime or choose acid-tolerant species."
            : "Not limiting."
  });
  out.push({
    id: "alkalinity",
    label: "Alkalinity",
    severity: ph === null ? "unknown" : ph > T.phAlkaline ? "moderate" : "none",
    value: ph,
    unit: "pH",
    threshold: `pH > ${T.phAlkaline}`,
    source: SOURCES.ph,
    message:
      ph === null
        ? "pH not known."
        : ph > T.phAlkaline
          ? "Strongly alkaline: likely sodic, with iron, zinc and phosphorus deficiency; test sodicity (ESP) and consider gypsum."
          : "Not limiting."
  });

  // Salinity (ECe).
  const ece = soil.ece;
  out.push({
    id: "salinity",
    label: "Salinity",
    severity: ece === null ? "unknown" : ece >= T.eceStronglySaline ? "severe" : ece >= T.eceSaline ? "moderate" : "none",
    value: ece,
    unit: "dS/m (ECe)",
    threshold: `ECe ≥ ${T.eceSaline} dS/m moderate, ≥ ${T.eceStronglySaline} severe`,
    source: SOURCES.salinity,
    message:
      ece === null
        ? "EC not known."
        : ece >= T.eceStronglySaline
          ? "Moderately to strongly saline: only salt-tolerant species; leach salts where water allows."
          : ece >= T.eceSaline
            ? "Saline: growth of salt-sensitive species is restricted."
            : "Not limiting."
  });

  // Metals: screening value, and regional background.
  const censored = new Set(soil.belowDetection ?? []);
  for (const metal of METALS) {
    const value = soil.metals[metal];
    const guideline = SCREENING_VALUES[metal];
    const bg = background[metal];
    if (value === undefined && !CORE_METALS.includes(metal)) continue;
    const known = value !== undefined && Number.isFinite(value);
    const belowDl = known && censored.has(metal);
    const aboveGuideline = known && guideline && !belowDl ? value > guideline.value : false;
    const aboveBackground = known && bg && !belowDl ? value > bg.p95 : false;
    let severity: Severity;
    if (!known) severity = "unknown";
    else if (belowDl) severity = guideline && value > guideline.value ? "unknown" : "none";
    else severity = aboveGuideline ? "moderate" : "none";
    const parts = [guideline ? `> ${guideline.value} mg/kg (CCME agricultural, ${guideline.year})` : "no CCME guideline"];
    if (bg) parts.push(`regional P95 ${fmt(bg.p95)} mg/kg (n = ${bg.n})`);
    out.push({
      id: `metal-${metal}`,
      label: `${metal} (total)`,
      severity,
      value: known ? value! : null,
      unit: "mg/kg",
      threshold: parts.join("; "),
      source: bg ? `${SOURCES.metals} ${SOURCES.background}` : SOURCES.metals,
      message: !known
        ? `${metal} not measured.`
        : belowDl
          ? `Below the detection limit (< ${fmt(value!, 2)} mg/kg)${severity === "unknown" ? ", which is above the guideline: not decidable" : ""}.`
          : aboveGuideline
            ? `Above the screening value${aboveBackground ? " and above the regional background" : bg ? ", but within the regional background (natural enrichment?)" : ""}: investigate bioavailability; prefer tolerant species, cover or amend (lime, organic matter reduce availability).`
            : aboveBackground
              ? "Below the screening value but above the regional background."
              : "Not limiting."
    });
  }

  // Organic carbon.
  const soc = soil.soc;
  out.push({
    id: "low-soc",
    label: "Low organic carbon",
    severity: soc === null ? "unknown" : soc < T.socVeryLow ? "severe" : soc < T.socLow ? "moderate" : "none",
    value: soc,
    unit: "g/kg",
    threshold: `SOC < ${T.socLow} g/kg moderate, < ${T.socVeryLow} severe`,
    source: SOURCES.soc,
    message:
      soc === null
        ? "Organic carbon not known."
        : soc < T.socLow
          ? "Little organic matter: poor structure, nutrient supply and biology; add compost or organic matter."
          : "Not limiting."
  });

  // Texture-dependent checks.
  const texture = soil.sand !== null && soil.clay !== null ? safeTexture(soil.sand, soil.clay, soil.silt) : null;
  const bd = soil.bulkDensity;
  const limits = texture && soil.clay !== null ? bulkDensityLimits(texture, soil.clay) : null;
  out.push({
    id: "compaction",
    label: "Compaction",
    severity: bd === null || !limits ? "unknown" : bd > limits.restricts ? "severe" : bd > limits.mayAffect ? "moderate" : "none",
    value: bd,
    unit: "t/m³",
    threshold: limits
      ? `${limits.texture}: bulk density > ${limits.mayAffect} may affect, > ${limits.restricts} restricts root growth`
      : "bulk density limits by texture (texture needed)",
    source: SOURCES.compaction,
    message:
      bd === null
        ? "Bulk density not known."
        : !limits
          ? "Texture not known: bulk density cannot be judged."
          : bd > limits.restricts
            ? "Roots are restricted: rip or deep-till along the contour before planting."
            : bd > limits.mayAffect
              ? "Dense enough to affect root growth: rip planting lines."
              : "Not limiting."
  });
  const coarse = texture === "sand" || texture === "loamy sand";
  out.push({
    id: "coarse-texture",
    label: "Coarse texture",
    severity: texture === null ? "unknown" : coarse ? "moderate" : "none",
    value: soil.sand,
    unit: "% sand",
    threshold: "USDA class sand or loamy sand",
    source: SOURCES.coarse,
    message:
      texture === null
        ? "Texture not known."
        : coarse
          ? `${capitalise(texture)}: drains fast and holds few nutrients; mulch and add organic matter.`
          : `${capitalise(texture)}: not limiting.`
  });
  const awc =
    soil.sand !== null && soil.clay !== null
      ? waterRetention(soil.sand, soil.clay, soc === null ? 2.5 : (soc / 10) * OM_PER_OC).available
      : null;
  out.push({
    id: "low-water",
    label: "Low water-holding capacity",
    severity: awc === null ? "unknown" : awc < T.awcVeryLow ? "severe" : awc < T.awcLow ? "moderate" : "none",
    value: awc === null ? null : Math.round(awc * 1000) / 1000,
    unit: "m³/m³",
    threshold: `available water < ${T.awcLow} m³/m³ moderate, < ${T.awcVeryLow} severe`,
    source: SOURCES.water,
    message:
      awc === null
        ? "Texture not known."
        : awc < T.awcLow
          ? "Stores little water for the dry season: deeper cover soil, mulch, drought-tolerant species."
          : "Not limiting."
  });
  return out;
}

function safeTexture(sand: number, clay: number, silt: number | null): UsdaTexture | null {
  try {
    return textureClass(sand, clay, silt ?? 100 - sand - clay);
  } catch {
    return null;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Regional background

/** Type-7 quantile (R's default) of values, p in [0, 1]. */
export function quantile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  // A typed array sorts numbers natively (no comparator calls): 100,000 uploaded samples sort in a few ms.
  const s = Float64Array.from(values).sort();
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/**
 * Background metal levels from soil sites: for each metal, the 50th, 90th and 95th percentiles of the
 * values that are measured (censored detection-limit fills left out). Metals with fewer than
 * `minValues` measured values get no background.
 */
export function metalBackground(
  sites: readonly { metals: Partial<Record<string, number>> | null; censored: readonly string[] }[],
  minValues: number = THRESHOLDS.backgroundMinValues
): MetalBackground {
  const out: MetalBackground = {};
  for (const metal of METALS) {
    const values: number[] = [];
    for (const s of sites) {
      const v = s.metals?.[metal];
      if (v !== undefined && v !== null && Number.isFinite(v) && !s.censored.includes(metal)) values.push(v);
    }
    if (values.length < minValues) continue;
    out[metal] = { n: values.length, p50: quantile(values, 0.5), p90: quantile(values, 0.9), p95: quantile(values, 0.95) };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Amendments

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

// ---------------------------------------------------------------------------------------------------
// Growth medium or cover: which one, and how deep (docs/site-assessment.md, "Growth medium and cover")

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

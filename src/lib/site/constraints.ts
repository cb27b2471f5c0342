/**
 * The soil constraints that limit restoration, each with its threshold and source, and regional
 * background metal levels (percentiles of the measured values nearby).
 * Units: pH in water; EC dS/m; organic carbon (SOC) g/kg; sand, silt, clay weight %; bulk density t/m³
 * (= g/cm³); CEC cmolc/kg; metals mg/kg (total). Every threshold and formula is also written out in
 * docs/site-assessment.md.
 */

import { METALS, type Metal } from "../data/records.js";
import { quantile } from "../util/stats.js";
import { OM_PER_OC, textureClassOrNull, waterRetention } from "./soil.js";
import { bulkDensityLimits, CORE_METALS, SCREENING_VALUES, SOURCES, THRESHOLDS } from "./thresholds.js";

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
  const texture = soil.sand !== null && soil.clay !== null ? textureClassOrNull(soil.sand, soil.clay, soil.silt) : null;
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Regional background

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
    const at = (p: number) => quantile(values, p) as number; // values is not empty (minValues ≥ 1)
    out[metal] = { n: values.length, p50: at(0.5), p90: at(0.9), p95: at(0.95) };
  }
  return out;
}

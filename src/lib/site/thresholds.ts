/**
 * The thresholds of the soil constraints and their sources: metal screening values (CCME), the metals
 * screened, root-limiting bulk density by texture, pH, salinity, organic carbon and depth limits.
 * Units: pH in water; EC dS/m; organic carbon (SOC) g/kg; sand, silt, clay weight %; bulk density t/m³
 * (= g/cm³); CEC cmolc/kg; metals mg/kg (total). Every threshold and formula is also written out in
 * docs/site-assessment.md.
 */

import type { Metal } from "../data/records.js";
import type { UsdaTexture } from "./soil.js";

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

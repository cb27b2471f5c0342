/**
 * The soil-sample upload's columns: the template, the accepted column names and units (with the factor
 * to the internal unit), plausible ranges, and how a cell is read. Units after reading: depths cm; pH
 * (water); EC dS/m as measured, with its extract method, and ECe dS/m; SOC g/kg; sand, silt, clay %; bulk
 * density t/m³; CEC cmolc/kg; metals mg/kg total.
 */

import { METALS, type Metal } from "../data/records.js";
import { type NumberCell, readNumberCell } from "../util/numbers.js";
import type { EcMethod } from "./soil.js";

/** The columns of the template, in order (units in the names). */
export const TEMPLATE_COLUMNS = [
  "sample_id",
  "plot",
  "cluster",
  "depth_top_cm",
  "depth_bottom_cm",
  "ph",
  "ec_ds_m",
  "ec_method",
  "soc_g_kg",
  "clay_pct",
  "sand_pct",
  "bd_g_cm3",
  "Cu",
  "Zn",
  "Pb",
  "Cd",
  "As",
  "Ni",
  "Cr"
] as const;

/** The downloadable template: the header row only (one sample per following row). */
export const SOIL_TEMPLATE_CSV = `${TEMPLATE_COLUMNS.join(",")}\n`;

/** What each template column means, for the page's column dictionary. */
export const COLUMN_HELP: readonly { column: string; meaning: string }[] = [
  { column: "sample_id", meaning: "Required. Unique text id of the sample." },
  {
    column: "plot",
    meaning: "Optional. Plot id; samples of one plot are one unit for land-health prevalence (its shallowest sample is used)."
  },
  { column: "cluster", meaning: "Optional. Cluster id (LDSF: 10 plots per cluster); confidence intervals account for clustering." },
  { column: "depth_top_cm, depth_bottom_cm", meaning: "Required. Sampled layer, cm below the surface (e.g. 0 and 20)." },
  { column: "ph", meaning: "Required column (cells may be empty). pH in water, 0–14." },
  { column: "ec_ds_m", meaning: "Electrical conductivity, dS/m (= mS/cm). Also accepted: ec_us_cm (µS/cm), ec_ms_m (mS/m)." },
  { column: "ec_method", meaning: "Needed with EC: the extract, one of ECe (saturated paste), 1:1, 1:2, 1:5 (soil:water)." },
  { column: "soc_g_kg", meaning: "Organic carbon, g/kg. Or soc_pct in %; or soc with a soc_unit column (g/kg or %)." },
  { column: "clay_pct, sand_pct", meaning: "Clay and sand, weight % (silt_pct optional; otherwise 100 − sand − clay)." },
  { column: "bd_g_cm3", meaning: "Optional. Bulk density, g/cm³ (= t/m³)." },
  {
    column: "Cu, Zn, Pb, Cd, As, Ni, Cr",
    meaning: "Total metals, mg/kg (= ppm; a _mg_kg or _ppm suffix is accepted). Write <0.5 for below a detection limit of 0.5."
  }
];

export type NumericKey = "depthTop" | "depthBottom" | "ph" | "ec" | "soc" | "sand" | "silt" | "clay" | "bulkDensity" | "cec";
export type ColumnRole =
  | { kind: "text"; key: "sampleId" | "plot" | "cluster" | "ecMethod" | "socUnit" }
  | { kind: "number"; key: NumericKey; factor: number; unit: string }
  | { kind: "socBare" }
  | { kind: "metal"; metal: Metal };

/** Column name → base name and unit suffix: "soc_g_kg" → soc / g_kg; "Cu_ppm" → cu / ppm. */
function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/µ/g, "u")
    .replace(/%/g, "pct")
    .replace(/[\s.\-/()]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
}

const TEXT_COLUMNS: Record<string, "sampleId" | "plot" | "cluster" | "ecMethod" | "socUnit"> = {
  sample_id: "sampleId",
  sampleid: "sampleId",
  sample: "sampleId",
  id: "sampleId",
  ssn: "sampleId",
  plot: "plot",
  plot_id: "plot",
  cluster: "cluster",
  cluster_id: "cluster",
  ec_method: "ecMethod",
  ec_extract: "ecMethod",
  soc_unit: "socUnit",
  oc_unit: "socUnit"
};

/** Numeric properties: accepted base names, and unit suffixes with the factor to the internal unit. */
const NUMERIC_COLUMNS: { key: NumericKey; bases: string[]; units: Record<string, number>; unit: string; bareUnit?: number }[] = [
  { key: "depthTop", bases: ["depth_top", "top", "upper_depth", "depth_from"], units: { cm: 1, m: 100 }, unit: "cm", bareUnit: 1 },
  { key: "depthBottom", bases: ["depth_bottom", "bottom", "lower_depth", "depth_to"], units: { cm: 1, m: 100 }, unit: "cm", bareUnit: 1 },
  { key: "ph", bases: ["ph", "ph_water", "ph_h2o", "phw"], units: {}, unit: "", bareUnit: 1 },
  { key: "ec", bases: ["ec"], units: { ds_m: 1, ms_cm: 1, us_cm: 0.001, ms_m: 0.01 }, unit: "dS/m" },
  { key: "soc", bases: ["soc", "oc", "org_c", "organic_carbon"], units: { g_kg: 1, pct: 10, percent: 10 }, unit: "g/kg" },
  { key: "clay", bases: ["clay"], units: { pct: 1, percent: 1 }, unit: "%", bareUnit: 1 },
  { key: "sand", bases: ["sand"], units: { pct: 1, percent: 1 }, unit: "%", bareUnit: 1 },
  { key: "silt", bases: ["silt"], units: { pct: 1, percent: 1 }, unit: "%", bareUnit: 1 },
  { key: "bulkDensity", bases: ["bd", "bulk_density"], units: { g_cm3: 1, t_m3: 1, kg_m3: 0.001, g_cm_3: 1 }, unit: "t/m³" },
  { key: "cec", bases: ["cec"], units: { cmol_kg: 1, cmolc_kg: 1, meq_100g: 1 }, unit: "cmolc/kg" }
];

const METAL_UNITS: Record<string, number> = { mg_kg: 1, ppm: 1, ug_g: 1 };

type ColumnMatch = { role: ColumnRole } | { unknownUnit: string } | null;

export function classifyColumn(header: string): ColumnMatch {
  const n = normaliseHeader(header);
  if (n in TEXT_COLUMNS) return { role: { kind: "text", key: TEXT_COLUMNS[n] } };
  if (n === "soc" || n === "oc") return { role: { kind: "socBare" } };
  for (const spec of NUMERIC_COLUMNS) {
    for (const base of spec.bases) {
      if (n === base) {
        if (spec.bareUnit !== undefined) return { role: { kind: "number", key: spec.key, factor: spec.bareUnit, unit: spec.unit } };
        return { unknownUnit: `no unit in the column name; use e.g. ${base}_${Object.keys(spec.units)[0]}` };
      }
      if (n.startsWith(`${base}_`)) {
        const suffix = n.slice(base.length + 1);
        if (suffix in spec.units) return { role: { kind: "number", key: spec.key, factor: spec.units[suffix], unit: spec.unit } };
        // e.g. "ph_kcl" is a different measurement, not a unit: treat as not recognised.
        if (spec.key === "ph") return null;
        return { unknownUnit: `unknown unit "${suffix}"; accepted: ${Object.keys(spec.units).join(", ")}` };
      }
    }
  }
  for (const metal of METALS) {
    const m = metal.toLowerCase();
    if (n === m) return { role: { kind: "metal", metal } };
    if (n.startsWith(`${m}_`)) {
      const suffix = n.slice(m.length + 1);
      if (suffix in METAL_UNITS) return { role: { kind: "metal", metal } };
      return { unknownUnit: `unknown unit "${suffix}" for ${metal}; accepted: mg_kg, ppm` };
    }
  }
  return null;
}

/** Plausible ranges (inclusive) beyond which a value is impossible, with the reason. */
export const LIMITS: Record<NumericKey, [number, number]> = {
  depthTop: [0, 1000],
  depthBottom: [0, 1000],
  ph: [0, 14],
  ec: [0, 300],
  soc: [0, 600],
  sand: [0, 100],
  silt: [0, 100],
  clay: [0, 100],
  bulkDensity: [0.05, 2.65],
  cec: [0, 400]
};

export const LABELS: Record<NumericKey, string> = {
  depthTop: "top depth",
  depthBottom: "bottom depth",
  ph: "pH",
  ec: "EC",
  soc: "organic carbon",
  sand: "sand",
  silt: "silt",
  clay: "clay",
  bulkDensity: "bulk density",
  cec: "CEC"
};

/**
 * A number as written in a cell: "5.2", " 5.2 ", "1e-3". Empty for a blank cell or NA, N/A, NaN, null
 * (the usual missing-value marks of lab files); invalid, with the reason, for text, infinities and
 * numbers too large to compute with (the same rules as the estimate tables: src/lib/util/numbers.ts).
 */
export function readSoilNumber(cell: string): NumberCell {
  const read = readNumberCell(cell, MISSING);
  if (read.kind === "invalid" && /^\d+,\d+$/.test(cell.trim()))
    return { kind: "invalid", message: `${read.message} (use a point as the decimal separator)` };
  return read;
}

const MISSING = ["NA", "N/A", "NaN", "null"];

export function readEcMethod(cell: string): EcMethod | null | undefined {
  const t = cell.trim().toLowerCase().replace(/\s+/g, "");
  if (t === "") return null;
  if (["ece", "paste", "saturatedpaste", "saturated_paste", "se", "ecse"].includes(t)) return "ECe";
  const ratio = /^1:(1|2|5)$/.exec(t);
  if (ratio) return `1:${ratio[1]}` as EcMethod;
  return undefined;
}

export function readSocUnit(cell: string): number | null | undefined {
  const t = cell.trim().toLowerCase().replace(/\s+/g, "");
  if (t === "") return null;
  if (["g/kg", "gkg-1", "g_kg", "‰", "permille"].includes(t)) return 1;
  if (["%", "pct", "percent"].includes(t)) return 10;
  return undefined;
}

export const REQUIRED: { key: "sampleId" | NumericKey; column: string }[] = [
  { key: "sampleId", column: "sample_id" },
  { key: "depthTop", column: "depth_top_cm" },
  { key: "depthBottom", column: "depth_bottom_cm" },
  { key: "ph", column: "ph" }
];

/**
 * Reading a user's soil samples from CSV: the template, the accepted column names and units, and a
 * validation that lists every problem with its line and column — unparseable number, impossible value,
 * unknown unit or method, missing required column, duplicate sample — keeps every row without an error,
 * and drops nothing silently (a row with an error is left out and said so; an unrecognised column is
 * ignored and said so).
 *
 * Units after reading: depths cm; pH (water); EC dS/m as measured, with its extract method, and ECe dS/m;
 * SOC g/kg; sand, silt, clay %; bulk density t/m³; CEC cmolc/kg; metals mg/kg total.
 */

import { METALS, type Metal } from "../data/records.js";
import type { SoilProperties } from "./constraints.js";
import { EC_METHODS, type EcMethod, textureClass, textureGroup, toECe } from "./soil.js";

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

export interface SoilSample {
  /** Line of the file the sample came from (the header is line 1). */
  line: number;
  sampleId: string;
  plot: string | null;
  cluster: string | null;
  depthTop: number;
  depthBottom: number;
  ph: number | null;
  /** EC as measured, dS/m, and its extract method. */
  ec: number | null;
  ecMethod: EcMethod | null;
  /** EC converted to the saturated-paste extract, dS/m (null without EC or method). */
  ece: number | null;
  soc: number | null;
  sand: number | null;
  silt: number | null;
  clay: number | null;
  bulkDensity: number | null;
  cec: number | null;
  metals: Partial<Record<Metal, number>>;
  /** Metals given as "<limit": the value held is the detection limit. */
  belowDetection: Metal[];
}

export interface UploadIssue {
  /** File line (header = 1), or null for a problem with the whole file or a column. */
  line: number | null;
  /** Column name as written in the file, or null. */
  field: string | null;
  sampleId: string | null;
  message: string;
}

export interface UploadResult {
  samples: SoilSample[];
  /** Problems that left a row or a column out. */
  errors: UploadIssue[];
  /** Things worth knowing that did not leave anything out. */
  warnings: UploadIssue[];
  /** Data rows read (not counting blank lines), and rows kept. */
  rowsRead: number;
  rowsKept: number;
  hasPlots: boolean;
  hasClusters: boolean;
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** A parsed record with the file line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line
 * breaks). The delimiter is the first of comma, semicolon and tab found in the header line. A UTF-8 BOM
 * is removed. Blank lines are skipped.
 */
export function parseCsv(text: string): { delimiter: string; records: CsvRecord[] } {
  const src = text.replace(/^\uFEFF/, "");
  const headerLine = src.slice(0, src.search(/\r?\n|$/));
  const delimiter = [",", ";", "\t"].map((d) => ({ d, n: headerLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let sawContent = false;
  const endRecord = () => {
    fields.push(field);
    if (sawContent || fields.length > 1 || field !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    sawContent = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      sawContent = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      sawContent = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      if (ch.trim()) sawContent = true;
    }
  }
  if (field !== "" || fields.length) endRecord();
  return { delimiter, records: records.filter((r) => r.fields.some((f) => f.trim() !== "")) };
}

// ---------------------------------------------------------------------------------------------------
// Columns

type NumericKey = "depthTop" | "depthBottom" | "ph" | "ec" | "soc" | "sand" | "silt" | "clay" | "bulkDensity" | "cec";
type ColumnRole =
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

function classifyColumn(header: string): ColumnMatch {
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
const LIMITS: Record<NumericKey, [number, number]> = {
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

const LABELS: Record<NumericKey, string> = {
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

/** A number as written in a cell: "5.2", " 5.2 ", "1e-3". Null for an empty cell; NaN when unreadable. */
function readNumber(cell: string): number | null {
  const t = cell.trim();
  if (t === "" || /^(na|n\/a|nan|null)$/i.test(t)) return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

function readEcMethod(cell: string): EcMethod | null | undefined {
  const t = cell.trim().toLowerCase().replace(/\s+/g, "");
  if (t === "") return null;
  if (["ece", "paste", "saturatedpaste", "saturated_paste", "se", "ecse"].includes(t)) return "ECe";
  const ratio = /^1:(1|2|5)$/.exec(t);
  if (ratio) return `1:${ratio[1]}` as EcMethod;
  return undefined;
}

function readSocUnit(cell: string): number | null | undefined {
  const t = cell.trim().toLowerCase().replace(/\s+/g, "");
  if (t === "") return null;
  if (["g/kg", "gkg-1", "g_kg", "‰", "permille"].includes(t)) return 1;
  if (["%", "pct", "percent"].includes(t)) return 10;
  return undefined;
}

const REQUIRED: { key: "sampleId" | NumericKey; column: string }[] = [
  { key: "sampleId", column: "sample_id" },
  { key: "depthTop", column: "depth_top_cm" },
  { key: "depthBottom", column: "depth_bottom_cm" },
  { key: "ph", column: "ph" }
];

/**
 * Reads and validates an uploaded soil-sample CSV (see TEMPLATE_COLUMNS and COLUMN_HELP).
 * Never throws on bad content: every problem is returned in `errors` or `warnings`.
 */
export function parseSoilUpload(text: string): UploadResult {
  const errors: UploadIssue[] = [];
  const warnings: UploadIssue[] = [];
  const empty = (): UploadResult => ({ samples: [], errors, warnings, rowsRead: 0, rowsKept: 0, hasPlots: false, hasClusters: false });
  const fileError = (message: string) => errors.push({ line: null, field: null, sampleId: null, message });

  if (!text.trim()) {
    fileError("The file is empty.");
    return empty();
  }
  const { records } = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) {
    fileError("The file has no header row.");
    return empty();
  }

  // Columns.
  const roles: (ColumnRole | null)[] = [];
  const seen = new Map<string, string>();
  header.fields.forEach((name, i) => {
    const label = name.trim() || `column ${i + 1}`;
    const match = classifyColumn(name);
    if (match === null) {
      if (name.trim())
        warnings.push({ line: 1, field: label, sampleId: null, message: `Column "${label}" is not recognised and is ignored.` });
      roles.push(null);
      return;
    }
    if ("unknownUnit" in match) {
      errors.push({ line: 1, field: label, sampleId: null, message: `Column "${label}": ${match.unknownUnit}. The column is ignored.` });
      roles.push(null);
      return;
    }
    const role = match.role;
    const key = role.kind === "metal" ? `metal:${role.metal}` : role.kind === "socBare" ? "number:soc" : `${role.kind}:${role.key}`;
    if (seen.has(key)) {
      errors.push({
        line: 1,
        field: label,
        sampleId: null,
        message: `Column "${label}" repeats "${seen.get(key)}"; the second one is ignored.`
      });
      roles.push(null);
      return;
    }
    seen.set(key, label);
    roles.push(role);
  });
  const hasRole = (pred: (r: ColumnRole) => boolean) => roles.some((r) => r !== null && pred(r));
  for (const req of REQUIRED) {
    const present = hasRole((r) => (r.kind === "text" && r.key === req.key) || (r.kind === "number" && r.key === req.key));
    if (!present) fileError(`Required column "${req.column}" is missing.`);
  }
  if (errors.some((e) => e.line === null)) return { ...empty(), rowsRead: rows.length };

  const hasEc = hasRole((r) => r.kind === "number" && r.key === "ec");
  const hasEcMethod = hasRole((r) => r.kind === "text" && r.key === "ecMethod");
  const socBareIndex = roles.findIndex((r) => r?.kind === "socBare");
  const socUnitIndex = roles.findIndex((r) => r?.kind === "text" && r.key === "socUnit");
  if (hasEc && !hasEcMethod)
    errors.push({
      line: 1,
      field: "ec_method",
      sampleId: null,
      message: `EC is given without an "ec_method" column (ECe, 1:1, 1:2 or 1:5): salinity cannot be judged, so the EC values are not used.`
    });
  if (socBareIndex >= 0 && socUnitIndex < 0)
    errors.push({
      line: 1,
      field: header.fields[socBareIndex].trim(),
      sampleId: null,
      message: `Column "${header.fields[socBareIndex].trim()}" has no unit: name it soc_g_kg or soc_pct, or add a soc_unit column. The column is ignored.`
    });

  // Rows.
  const samples: SoilSample[] = [];
  const ids = new Map<string, number>();
  for (const row of rows) {
    const rowErrors: UploadIssue[] = [];
    const cell = (i: number) => (row.fields[i] ?? "").trim();
    const idIndex = roles.findIndex((r) => r?.kind === "text" && r.key === "sampleId");
    const sampleId = cell(idIndex) || null;
    const issue = (field: string | null, message: string) => rowErrors.push({ line: row.line, field, sampleId, message });
    if (row.fields.length > header.fields.length)
      issue(null, `The row has ${row.fields.length} fields but the header has ${header.fields.length} (a stray delimiter?).`);

    const sample: SoilSample = {
      line: row.line,
      sampleId: sampleId ?? "",
      plot: null,
      cluster: null,
      depthTop: NaN,
      depthBottom: NaN,
      ph: null,
      ec: null,
      ecMethod: null,
      ece: null,
      soc: null,
      sand: null,
      silt: null,
      clay: null,
      bulkDensity: null,
      cec: null,
      metals: {},
      belowDetection: []
    };
    if (!sampleId) issue(header.fields[idIndex].trim(), "The sample id is empty.");
    else if (ids.has(sampleId))
      issue(header.fields[idIndex].trim(), `Sample id "${sampleId}" is already used on line ${ids.get(sampleId)}.`);

    let socFactor: number | null = null;
    if (socUnitIndex >= 0) {
      const unit = readSocUnit(cell(socUnitIndex));
      if (unit === undefined) issue(header.fields[socUnitIndex].trim(), `Unknown unit "${cell(socUnitIndex)}"; use g/kg or %.`);
      else socFactor = unit;
    }

    roles.forEach((role, i) => {
      if (!role) return;
      const field = header.fields[i].trim();
      const raw = cell(i);
      if (role.kind === "text") {
        if (role.key === "plot") sample.plot = raw || null;
        else if (role.key === "cluster") sample.cluster = raw || null;
        else if (role.key === "ecMethod") {
          const method = readEcMethod(raw);
          if (method === undefined) issue(field, `Unknown EC method "${raw}"; use one of ${EC_METHODS.join(", ")}.`);
          else sample.ecMethod = method;
        }
        return;
      }
      if (role.kind === "metal") {
        const censored = /^<\s*/.test(raw);
        const value = readNumber(raw.replace(/^<\s*/, ""));
        if (value === null) {
          if (censored) issue(field, `"${raw}" has no detection limit after "<".`);
          return;
        }
        if (Number.isNaN(value))
          issue(field, `"${raw}" is not a number${/^\d+,\d+$/.test(raw) ? " (use a point as the decimal separator)" : ""}.`);
        else if (value < 0 || value > 1e6) issue(field, `${value} mg/kg is impossible (0 to 1,000,000 mg/kg).`);
        else {
          sample.metals[role.metal] = value;
          if (censored) sample.belowDetection.push(role.metal);
        }
        return;
      }
      if (role.kind === "socBare" && socUnitIndex < 0) return; // column ignored (file-level error above)
      const key: NumericKey = role.kind === "socBare" ? "soc" : role.key;
      const factor = role.kind === "socBare" ? socFactor : role.factor;
      const value = readNumber(raw);
      if (value === null) {
        if (key === "depthTop" || key === "depthBottom") issue(field, `The ${LABELS[key]} is empty.`);
        return;
      }
      if (Number.isNaN(value)) {
        issue(field, `"${raw}" is not a number${/^\d+,\d+$/.test(raw) ? " (use a point as the decimal separator)" : ""}.`);
        return;
      }
      if (factor === null) {
        // SOC in a bare "soc" column whose soc_unit cell is empty (an unknown unit is reported above).
        if (socUnitIndex >= 0 && cell(socUnitIndex) === "")
          issue(header.fields[socUnitIndex].trim(), "The organic carbon unit is empty; use g/kg or %.");
        return;
      }
      const converted = value * factor;
      const [lo, hi] = LIMITS[key];
      if (converted < lo || converted > hi) {
        const unit = role.kind === "number" ? role.unit : "g/kg";
        issue(field, `${value} is impossible for ${LABELS[key]} (${lo} to ${hi}${unit ? ` ${unit}` : ""}).`);
        return;
      }
      (sample as unknown as Record<NumericKey, number>)[key] = converted;
    });

    // Checks across fields.
    if (Number.isFinite(sample.depthTop) && Number.isFinite(sample.depthBottom) && !(sample.depthBottom > sample.depthTop))
      issue("depth_bottom_cm", `The bottom depth (${sample.depthBottom} cm) is not below the top depth (${sample.depthTop} cm).`);
    if (sample.sand !== null && sample.clay !== null) {
      if (sample.sand + sample.clay > 100.5) issue("sand_pct", `Sand + clay = ${sample.sand + sample.clay} %, more than 100 %.`);
      else if (sample.silt !== null) {
        const total = sample.sand + sample.clay + sample.silt;
        if (Math.abs(total - 100) > 10) issue("silt_pct", `Sand + silt + clay = ${total} %, not 100 %.`);
        else if (Math.abs(total - 100) > 2)
          warnings.push({
            line: row.line,
            field: "silt_pct",
            sampleId,
            message: `Sand + silt + clay = ${total} %; rescaled to 100 % for the texture class.`
          });
      } else sample.silt = Math.max(0, 100 - sample.sand - sample.clay);
    }
    if (
      sample.ec !== null &&
      hasEcMethod &&
      sample.ecMethod === null &&
      !rowErrors.some((e) => e.field?.toLowerCase().startsWith("ec_method"))
    )
      issue("ec_method", "EC is given but its method is empty (ECe, 1:1, 1:2 or 1:5).");
    if (!hasEcMethod) sample.ec = null; // reported once for the file

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    if (sample.ec !== null && sample.ecMethod) {
      const group =
        sample.sand !== null && sample.clay !== null
          ? textureGroup(textureClass(sample.sand, sample.clay, sample.silt ?? undefined))
          : "medium";
      sample.ece = toECe(sample.ec, sample.ecMethod, group);
    }
    ids.set(sample.sampleId, row.line);
    samples.push(sample);
  }
  if (!rows.length) fileError("The file has a header but no data rows.");
  const hasPlots = samples.some((s) => s.plot !== null);
  const hasClusters = samples.some((s) => s.cluster !== null);
  return { samples, errors, warnings, rowsRead: rows.length, rowsKept: samples.length, hasPlots, hasClusters };
}

/** The properties of one sample, in the form soilConstraints() judges. */
export function sampleProperties(s: SoilSample): SoilProperties {
  return {
    ph: s.ph,
    ece: s.ece,
    soc: s.soc,
    sand: s.sand,
    clay: s.clay,
    silt: s.silt,
    bulkDensity: s.bulkDensity,
    cec: s.cec,
    metals: s.metals,
    belowDetection: s.belowDetection
  };
}

/**
 * Validating an uploaded soil-sample CSV: every problem is listed with its line and column — unparseable
 * or non-finite number, impossible value, unknown unit or method, missing required column, duplicate
 * sample, unclosed quote — every row without an error is kept, and nothing is dropped silently (a row
 * with an error is left out and said so; an unrecognised column is ignored and said so). Echoes of the
 * file (column names, sample ids, cells) are cut to a short, printable form.
 *
 * The work can be done a step at a time (soilUploadSteps: a few thousand rows per step), so that a page
 * reading a file of 200,000 rows can paint between steps.
 */

import type { Metal } from "../data/records.js";
import { CsvSyntaxError } from "../util/csv.js";
import { printable } from "../util/printable.js";
import type { SoilProperties } from "./constraints.js";
import { EC_METHODS, type EcMethod, textureClass, textureGroup, toECe } from "./soil.js";
import {
  type ColumnRole,
  classifyColumn,
  LABELS,
  LIMITS,
  type NumericKey,
  REQUIRED,
  readEcMethod,
  readSocUnit,
  readSoilNumber
} from "./soil-upload-columns.js";
import { SOIL_UPLOAD_LIMITS, type SoilRecord, soilFileProblem, soilRecords } from "./soil-upload-parse.js";

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

/** Rows validated per step of soilUploadSteps. */
const ROWS_PER_STEP = 2000;
/** Echoes of the file in messages: column names, sample ids and cells, at most this many characters. */
const ECHO = 40;

/** How the columns of the header are read (roles by position) and the problems found with them. */
interface Columns {
  header: string[];
  roles: (ColumnRole | null)[];
  idIndex: number;
  socBareIndex: number;
  socUnitIndex: number;
  hasEcMethod: boolean;
}

function readColumns(fields: string[], errors: UploadIssue[], warnings: UploadIssue[]): Columns {
  const header = fields.map((f) => printable(f.trim(), ECHO));
  const roles: (ColumnRole | null)[] = [];
  const seen = new Map<string, string>();
  fields.forEach((name, i) => {
    const label = header[i] || `column ${i + 1}`;
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
  const find = (pred: (r: ColumnRole) => boolean) => roles.findIndex((r) => r !== null && pred(r));
  return {
    header,
    roles,
    idIndex: find((r) => r.kind === "text" && r.key === "sampleId"),
    socBareIndex: find((r) => r.kind === "socBare"),
    socUnitIndex: find((r) => r.kind === "text" && r.key === "socUnit"),
    hasEcMethod: find((r) => r.kind === "text" && r.key === "ecMethod") >= 0
  };
}

function emptySample(line: number, sampleId: string): SoilSample {
  return {
    line,
    sampleId,
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
}

/** One data row: the sample, or its problems (a row with a problem is left out). */
function readRow(
  row: SoilRecord,
  c: Columns,
  ids: Map<string, number>,
  warnings: UploadIssue[]
): { sample: SoilSample | null; issues: UploadIssue[] } {
  const issues: UploadIssue[] = [];
  const cell = (i: number) => (row.fields[i] ?? "").trim();
  const rawId = cell(c.idIndex);
  const sampleId = rawId ? printable(rawId, ECHO) : null;
  const issue = (field: string | null, message: string) => issues.push({ line: row.line, field, sampleId, message });
  if (row.fields.length > c.header.length)
    issue(null, `The row has ${row.fields.length} fields but the header has ${c.header.length} (a stray delimiter?).`);
  const sample = emptySample(row.line, rawId);
  if (!rawId) issue(c.header[c.idIndex], "The sample id is empty.");
  else if (ids.has(rawId)) issue(c.header[c.idIndex], `Sample id "${sampleId}" is already used on line ${ids.get(rawId)}.`);

  let socFactor: number | null = null;
  if (c.socUnitIndex >= 0) {
    const unit = readSocUnit(cell(c.socUnitIndex));
    if (unit === undefined) issue(c.header[c.socUnitIndex], `Unknown unit "${printable(cell(c.socUnitIndex), ECHO)}"; use g/kg or %.`);
    else socFactor = unit;
  }

  c.roles.forEach((role, i) => {
    if (!role) return;
    const field = c.header[i];
    const raw = cell(i);
    if (role.kind === "text") {
      if (role.key === "plot") sample.plot = raw || null;
      else if (role.key === "cluster") sample.cluster = raw || null;
      else if (role.key === "ecMethod") {
        const method = readEcMethod(raw);
        if (method === undefined) issue(field, `Unknown EC method "${printable(raw, ECHO)}"; use one of ${EC_METHODS.join(", ")}.`);
        else sample.ecMethod = method;
      }
      return;
    }
    if (role.kind === "metal") {
      const censored = /^<\s*/.test(raw);
      const read = readSoilNumber(raw.replace(/^<\s*/, ""));
      if (read.kind === "empty") {
        if (censored) issue(field, `"${printable(raw, ECHO)}" has no detection limit after "<".`);
      } else if (read.kind === "invalid") issue(field, `${read.message}.`);
      else if (read.value < 0 || read.value > 1e6) issue(field, `${read.value} mg/kg is impossible (0 to 1,000,000 mg/kg).`);
      else {
        sample.metals[role.metal] = read.value;
        if (censored) sample.belowDetection.push(role.metal);
      }
      return;
    }
    if (role.kind === "socBare" && c.socUnitIndex < 0) return; // column ignored (file-level error)
    const key: NumericKey = role.kind === "socBare" ? "soc" : role.key;
    const factor = role.kind === "socBare" ? socFactor : role.factor;
    const read = readSoilNumber(raw);
    if (read.kind === "empty") {
      if (key === "depthTop" || key === "depthBottom") issue(field, `The ${LABELS[key]} is empty.`);
      return;
    }
    if (read.kind === "invalid") {
      issue(field, `${read.message}.`);
      return;
    }
    if (factor === null) {
      // SOC in a bare "soc" column whose soc_unit cell is empty (an unknown unit is reported above).
      if (c.socUnitIndex >= 0 && cell(c.socUnitIndex) === "")
        issue(c.header[c.socUnitIndex], "The organic carbon unit is empty; use g/kg or %.");
      return;
    }
    const converted = read.value * factor;
    const [lo, hi] = LIMITS[key];
    if (converted < lo || converted > hi) {
      const unit = role.kind === "number" ? role.unit : "g/kg";
      issue(field, `${read.value} is impossible for ${LABELS[key]} (${lo} to ${hi}${unit ? ` ${unit}` : ""}).`);
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
    c.hasEcMethod &&
    sample.ecMethod === null &&
    !issues.some((e) => e.field?.toLowerCase().startsWith("ec_method"))
  )
    issue("ec_method", "EC is given but its method is empty (ECe, 1:1, 1:2 or 1:5).");
  if (!c.hasEcMethod) sample.ec = null; // reported once for the file

  if (issues.length) return { sample: null, issues };
  if (sample.ec !== null && sample.ecMethod) {
    const group =
      sample.sand !== null && sample.clay !== null
        ? textureGroup(textureClass(sample.sand, sample.clay, sample.silt ?? undefined))
        : "medium";
    sample.ece = toECe(sample.ec, sample.ecMethod, group);
  }
  ids.set(sample.sampleId, row.line);
  return { sample, issues };
}

/**
 * Reads and validates an uploaded soil-sample CSV a step at a time: yields the share of the file read
 * (0–1) after every ROWS_PER_STEP rows and returns the result. Never throws on bad content.
 */
export function* soilUploadSteps(text: string): Generator<number, UploadResult> {
  const errors: UploadIssue[] = [];
  const warnings: UploadIssue[] = [];
  let rowsRead = 0;
  const rejected = (): UploadResult => ({ samples: [], errors, warnings, rowsRead, rowsKept: 0, hasPlots: false, hasClusters: false });
  const fileError = (message: string, line: number | null = null) => errors.push({ line, field: null, sampleId: null, message });

  const problem = soilFileProblem(text);
  if (problem) {
    fileError(problem);
    return rejected();
  }
  const scanner = soilRecords(text);
  const samples: SoilSample[] = [];
  const ids = new Map<string, number>();
  try {
    let header: SoilRecord | null = null;
    let more = scanner.read(1, (fields, _quoted, line) => (header = { line, fields }));
    if (!header) {
      fileError("The file has no header row.");
      return rejected();
    }
    const columns = readColumns((header as SoilRecord).fields, errors, warnings);
    for (const req of REQUIRED) {
      const present = columns.roles.some((r) => r !== null && (r.kind === "text" || r.kind === "number") && r.key === req.key);
      if (!present) fileError(`Required column "${req.column}" is missing.`);
    }
    if (errors.some((e) => e.line === null)) {
      // Count the rows for the report, without reading them further.
      while (more) more = scanner.read(ROWS_PER_STEP, () => rowsRead++);
      return rejected();
    }
    if (columns.roles.some((r) => r?.kind === "number" && r.key === "ec") && !columns.hasEcMethod)
      errors.push({
        line: 1,
        field: "ec_method",
        sampleId: null,
        message: `EC is given without an "ec_method" column (ECe, 1:1, 1:2 or 1:5): salinity cannot be judged, so the EC values are not used.`
      });
    if (columns.socBareIndex >= 0 && columns.socUnitIndex < 0)
      errors.push({
        line: 1,
        field: columns.header[columns.socBareIndex],
        sampleId: null,
        message: `Column "${columns.header[columns.socBareIndex]}" has no unit: name it soc_g_kg or soc_pct, or add a soc_unit column. The column is ignored.`
      });

    while (more) {
      const batch: SoilRecord[] = [];
      more = scanner.read(ROWS_PER_STEP, (fields, _quoted, line) => batch.push({ line, fields }));
      rowsRead += batch.length;
      if (rowsRead > SOIL_UPLOAD_LIMITS.maxRows) {
        errors.length = 0;
        fileError(
          `The file has more than ${SOIL_UPLOAD_LIMITS.maxRows.toLocaleString("en-US")} rows; the page reads at most ${SOIL_UPLOAD_LIMITS.maxRows.toLocaleString("en-US")}. Split it into smaller files (or summarise it) and upload again.`
        );
        samples.length = 0;
        return rejected();
      }
      for (const row of batch) {
        const { sample, issues } = readRow(row, columns, ids, warnings);
        if (sample) samples.push(sample);
        else for (const issue of issues) errors.push(issue);
      }
      if (more) yield scanner.position / text.length;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // An unclosed quote swallows the rest of the file: nothing after it can be trusted, so the file is not used.
    errors.length = 0;
    fileError(
      `Line ${error.line}: a quote (") opens a field on this line and is never closed, so the rest of the file cannot be read. Close or remove that quote and upload the file again.`,
      error.line
    );
    return rejected();
  }
  if (!rowsRead) fileError("The file has a header but no data rows.");
  const hasPlots = samples.some((s) => s.plot !== null);
  const hasClusters = samples.some((s) => s.cluster !== null);
  return { samples, errors, warnings, rowsRead, rowsKept: samples.length, hasPlots, hasClusters };
}

/** The result of a file refused as a whole, before it is read (e.g. too large). */
export function rejectedUpload(message: string): UploadResult {
  return {
    samples: [],
    errors: [{ line: null, field: null, sampleId: null, message }],
    warnings: [],
    rowsRead: 0,
    rowsKept: 0,
    hasPlots: false,
    hasClusters: false
  };
}

/** Reads and validates an uploaded soil-sample CSV at once (see soilUploadSteps). */
export function parseSoilUpload(text: string): UploadResult {
  const steps = soilUploadSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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

/**
 * Reading field monitoring data from CSV: the template, the columns and units, and a validation that
 * names every problem with its row and column — unreadable or impossible value, negative count, more
 * survivors than planted, cover above 100 %, a date in the future, a plot not in the survey design, a
 * plot in the wrong cluster, a plot visited twice in one survey round — keeps every row without a
 * problem, and drops nothing silently.
 *
 * One row per plot visit and species (plot-level measurements may be repeated on each species row of the
 * visit, or given once, or on a row without a species). Rows are numbered as a spreadsheet shows them:
 * the header is row 1 (blank lines are not counted).
 *
 * Visits are grouped into survey rounds: dates sorted, a new round starts after a gap of more than
 * ROUND_GAP_DAYS without any visit (a field team takes days or weeks to visit every plot).
 */
import { isIsoDate } from "../scenario/index.js";
import { parseCsvRows } from "../util/csv.js";
import {
  assembleVisits,
  type CheckedRow,
  type MonitoringIssue,
  PLOT_LEVEL,
  type PlotVisit,
  type StemCount,
  type SurveyRound
} from "./visits.js";

export { ROUND_GAP_DAYS } from "./visits.js";
export type { MonitoringIssue, PlotVisit, StemCount, SurveyRound };

/** The template's columns, in order (units in the names). */
export const TEMPLATE_COLUMNS = [
  "plot_id",
  "cluster",
  "date",
  "species_id",
  "species_name",
  "native",
  "planted",
  "surviving",
  "height_m",
  "woody_cover_pct",
  "ground_cover_pct",
  "erosion_class",
  "infiltration_mm_h",
  "soc_g_kg"
] as const;

export const TEMPLATE_CSV = `${TEMPLATE_COLUMNS.join(",")}\n`;

/** What each column means, for the page's column dictionary. */
export const COLUMN_HELP: readonly { column: string; meaning: string }[] = [
  { column: "plot_id", meaning: "Required. The plot's id in the survey design (e.g. C01-P01), as in the layout download." },
  { column: "cluster", meaning: "Required. The plot's cluster (e.g. C01); checked against the design." },
  { column: "date", meaning: "Required. Date of the visit, yyyy-mm-dd; not in the future." },
  {
    column: "species_id",
    meaning: "Species of the row's stems: the Ecocrop id of the plan's mix, or any text id. Empty for a row of plot measurements only."
  },
  { column: "species_name", meaning: "Optional. The species' name, for display." },
  { column: "native", meaning: "Optional. Whether the species is native at the site: yes or no (for the native share of stems)." },
  { column: "planted", meaning: "Stems of the species planted in the plot (whole number ≥ 0)." },
  { column: "surviving", meaning: "Of those, stems alive at the visit (whole number, 0 to planted)." },
  { column: "height_m", meaning: "Mean height of the surviving stems of the species, m." },
  { column: "woody_cover_pct", meaning: "Tree and shrub canopy cover of the plot, 0–100 %." },
  { column: "ground_cover_pct", meaning: "Ground cover (live plants and litter) of the plot, 0–100 %." },
  { column: "erosion_class", meaning: "Worst visible erosion in the plot (LDSF): 0 none, 1 sheet, 2 rill, 3 gully (or the words)." },
  { column: "infiltration_mm_h", meaning: "Infiltration capacity of the plot, mm/h." },
  { column: "soc_g_kg", meaning: "Topsoil organic carbon of the plot, g/kg (= 10 × %)." }
];

export interface MonitoringUpload {
  visits: PlotVisit[];
  rounds: SurveyRound[];
  errors: MonitoringIssue[];
  warnings: MonitoringIssue[];
  rowsRead: number;
  rowsKept: number;
  /** Indicator columns present in the file (template names). */
  columns: string[];
}

export interface UploadContext {
  /** Plot ids of the survey design (design.ts designPlotIds). */
  plotIds: readonly string[];
  /** Today's date, yyyy-mm-dd (dates after it are rejected). */
  today: string;
}

type Column = (typeof TEMPLATE_COLUMNS)[number];

const ALIASES: Record<string, Column> = {
  plot: "plot_id",
  plotid: "plot_id",
  cluster_id: "cluster",
  survey_date: "date",
  visit_date: "date",
  species: "species_id",
  alive: "surviving",
  survivors: "surviving",
  height: "height_m",
  soc: "soc_g_kg"
};

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[\s.\-/()]+/g, "_")
    .replace(/^_+|_+$/g, "");

/** Numeric columns: range (inclusive), whole numbers only, and the words for the range message. */
const NUMERIC: Partial<Record<Column, { min: number; max: number; integer?: boolean; what: string }>> = {
  planted: { min: 0, max: 100_000, integer: true, what: "planted stems" },
  surviving: { min: 0, max: 100_000, integer: true, what: "surviving stems" },
  height_m: { min: 0, max: 150, what: "height (m)" },
  woody_cover_pct: { min: 0, max: 100, what: "woody cover (%)" },
  ground_cover_pct: { min: 0, max: 100, what: "ground cover (%)" },
  infiltration_mm_h: { min: 0, max: 5000, what: "infiltration (mm/h)" },
  soc_g_kg: { min: 0, max: 600, what: "organic carbon (g/kg)" }
};

const STEM_LEVEL = ["native", "planted", "surviving", "height_m"] as const;
const EROSION_WORDS: Record<string, number> = { none: 0, no: 0, sheet: 1, rill: 2, gully: 3 };

function readNumber(cell: string): number | null {
  const t = cell.trim();
  if (t === "" || /^(na|n\/a|nan|null)$/i.test(t)) return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

function readBoolean(cell: string): boolean | null | undefined {
  const t = cell.trim().toLowerCase();
  if (t === "") return null;
  if (["yes", "y", "true", "1", "native"].includes(t)) return true;
  if (["no", "n", "false", "0", "non-native", "exotic", "introduced"].includes(t)) return false;
  return undefined;
}

/** Cluster as written ("C01", "c1", "1") to the design's form ("C01"); null when not of that form. */
function normaliseCluster(cell: string): string | null {
  const match = /^c?0*(\d{1,3})$/i.exec(cell.trim());
  return match ? `C${match[1].padStart(2, "0")}` : null;
}

/**
 * Reads and validates a monitoring CSV (comma, semicolon or tab separated; see TEMPLATE_COLUMNS).
 * Never throws on bad content: every problem is returned in `errors` or `warnings`.
 */
export function parseMonitoringUpload(text: string, { plotIds, today }: UploadContext): MonitoringUpload {
  const errors: MonitoringIssue[] = [];
  const warnings: MonitoringIssue[] = [];
  const result = (visits: PlotVisit[] = [], rounds: SurveyRound[] = [], rowsRead = 0, rowsKept = 0, columns: string[] = []) => ({
    visits,
    rounds,
    errors,
    warnings,
    rowsRead,
    rowsKept,
    columns
  });
  const fileError = (message: string) => errors.push({ line: null, field: null, plotId: null, message });

  const source = text.replace(/^\uFEFF/, "");
  if (!source.trim()) {
    fileError("The file is empty.");
    return result();
  }
  let rows: string[][];
  try {
    rows = parseCsvRows(source, { delimiter: "auto" }); // the most frequent of , ; tab | in the header
  } catch (error) {
    fileError(`The file is not readable as CSV: ${(error as Error).message}.`);
    return result();
  }
  const [header, ...data] = rows;

  // Columns.
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const n = normaliseHeader(name);
    // Own keys only: a header named "constructor" or "__proto__" must not reach Object.prototype.
    const column = (TEMPLATE_COLUMNS as readonly string[]).includes(n) ? (n as Column) : Object.hasOwn(ALIASES, n) ? ALIASES[n] : undefined;
    const label = name.trim() || `column ${i + 1}`;
    if (!column) {
      if (name.trim())
        warnings.push({ line: 1, field: label, plotId: null, message: `Column "${label.slice(0, 40)}" is not recognised and is ignored.` });
      return;
    }
    if (index.has(column)) {
      errors.push({
        line: 1,
        field: label,
        plotId: null,
        message: `Column "${label.slice(0, 40)}" repeats ${column}; the second one is ignored.`
      });
      return;
    }
    index.set(column, i);
  });
  for (const required of ["plot_id", "cluster", "date"] as const)
    if (!index.has(required)) fileError(`Required column "${required}" is missing.`);
  const measured = [...STEM_LEVEL, ...PLOT_LEVEL].filter((c) => c !== "native" && index.has(c));
  if (!measured.length)
    fileError(`The file has no measurement column (${[...STEM_LEVEL, ...PLOT_LEVEL].filter((c) => c !== "native").join(", ")}).`);
  if (errors.some((e) => e.line === null)) return result([], [], data.length);
  if (!data.length) {
    fileError("The file has a header but no data rows.");
    return result();
  }
  const designPlots = new Set(plotIds);
  const designRange = plotIds.length ? `${plotIds[0]} to ${plotIds[plotIds.length - 1]}` : "none";

  // Rows → kept rows with their checked values.
  const kept: CheckedRow[] = [];
  data.forEach((fields, i) => {
    const line = i + 2;
    const cell = (c: Column) => (index.has(c) ? (fields[index.get(c)!] ?? "").trim() : "");
    const rawPlot = cell("plot_id").toUpperCase();
    const plotIdShown = rawPlot ? rawPlot.slice(0, 40) : null;
    const rowErrors: MonitoringIssue[] = [];
    const issue = (field: string | null, message: string) => rowErrors.push({ line, field, plotId: plotIdShown, message });
    if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== ""))
      issue(null, `The row has ${fields.length} fields but the header has ${header.length} (a stray delimiter?).`);

    if (!rawPlot) issue("plot_id", "The plot id is empty.");
    else if (!designPlots.has(rawPlot))
      issue("plot_id", `Plot "${plotIdShown}" is not in the survey design (${designRange}); check the id or the design settings.`);
    const rawCluster = cell("cluster");
    const clusterId = normaliseCluster(rawCluster);
    if (!rawCluster) issue("cluster", "The cluster is empty.");
    else if (!clusterId) issue("cluster", `"${rawCluster.slice(0, 40)}" is not a cluster id (e.g. C01).`);
    else if (rawPlot && designPlots.has(rawPlot) && !rawPlot.startsWith(`${clusterId}-`))
      issue("cluster", `Plot ${rawPlot} belongs to cluster ${rawPlot.slice(0, rawPlot.indexOf("-"))}, not ${clusterId}.`);

    const date = cell("date");
    if (!date) issue("date", "The date is empty.");
    else if (!isIsoDate(date)) issue("date", `"${date.slice(0, 40)}" is not a date written yyyy-mm-dd.`);
    else if (date > today) issue("date", `${date} is in the future (today is ${today}).`);

    const numbers: Partial<Record<Column, number | null>> = {};
    for (const column of Object.keys(NUMERIC) as Column[]) {
      if (!index.has(column)) continue;
      const raw = cell(column);
      const value = readNumber(raw);
      const spec = NUMERIC[column]!;
      if (value === null) numbers[column] = null;
      else if (Number.isNaN(value))
        issue(column, `"${raw.slice(0, 40)}" is not a number${/^\d+,\d+$/.test(raw) ? " (use a point as the decimal separator)" : ""}.`);
      else if (value < 0) issue(column, `${value} ${spec.what}: a negative value is impossible.`);
      else if (value > spec.max)
        issue(
          column,
          spec.max === 100
            ? `${value} % ${spec.what.replace(" (%)", "")} is more than 100 %.`
            : `${value} is too large for ${spec.what} (at most ${spec.max}).`
        );
      else if (spec.integer && !Number.isInteger(value)) issue(column, `${value} ${spec.what}: stems are counted in whole numbers.`);
      else numbers[column] = value;
    }
    let erosion: number | null = null;
    if (index.has("erosion_class")) {
      const raw = cell("erosion_class").toLowerCase();
      if (raw !== "") {
        const value = Object.hasOwn(EROSION_WORDS, raw) ? EROSION_WORDS[raw] : readNumber(raw);
        if (value === null || !Number.isInteger(value) || value < 0 || value > 3)
          issue("erosion_class", `"${raw.slice(0, 40)}" is not an erosion class (0 none, 1 sheet, 2 rill, 3 gully).`);
        else erosion = value;
      }
    }
    let native: boolean | null = null;
    if (index.has("native")) {
      const value = readBoolean(cell("native"));
      if (value === undefined) issue("native", `"${cell("native").slice(0, 40)}" is not yes or no.`);
      else native = value;
    }
    const planted = numbers.planted ?? null;
    const surviving = numbers.surviving ?? null;
    if (planted !== null && surviving !== null && surviving > planted)
      issue("surviving", `${surviving} surviving stems but only ${planted} planted: survivors cannot outnumber the planted stems.`);
    const speciesId = cell("species_id").slice(0, 80);
    const hasStemData = planted !== null || surviving !== null || numbers.height_m != null || native !== null;
    if (hasStemData && !speciesId) issue("species_id", "The row counts stems but names no species.");

    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    kept.push({
      line,
      plotId: rawPlot,
      clusterId: clusterId!,
      date,
      plot: {
        woody_cover_pct: numbers.woody_cover_pct ?? undefined,
        ground_cover_pct: numbers.ground_cover_pct ?? undefined,
        erosion_class: erosion ?? undefined,
        infiltration_mm_h: numbers.infiltration_mm_h ?? undefined,
        soc_g_kg: numbers.soc_g_kg ?? undefined
      },
      stem: speciesId
        ? {
            line,
            speciesId,
            speciesName: cell("species_name").slice(0, 80) || null,
            native,
            planted,
            surviving,
            heightM: numbers.height_m ?? null
          }
        : null
    });
  });

  const { visits, rounds, rowsKept, errors: visitErrors } = assembleVisits(kept);
  errors.push(...visitErrors);
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result(visits, rounds, data.length, rowsKept, measured);
}

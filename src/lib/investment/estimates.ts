/**
 * The estimate table as the user edits it: overrides from the Scenario, the decisionSupport CSV out and in
 * (upload with row-level problems), and the page's glue from the site datasets to the table's inputs.
 */

import type { YearValue } from "../data/records.js";
import {
  type EstimateRow as EngineRow,
  type Estimate,
  type EstimateIssue,
  formatIssue,
  parseEstimateCsv,
  validateEstimate,
  writeEstimateCsv
} from "../decision/index.js";
import {
  type CountryEconomicsInput,
  ESTIMATE_GROUPS,
  type EstimateGroup,
  type EstimateInputs,
  type EstimateRow
} from "./estimate-types.js";

export interface EstimateOverride {
  lower?: number;
  upper?: number;
  median?: number;
  distribution?: string;
}

/**
 * The table with the scenario's overrides applied (by variable). Overrides of unknown variables are
 * reported, not applied. A const row whose bounds are overridden stays const only if they are equal.
 */
export function applyOverrides(
  rows: readonly EstimateRow[],
  overrides: Record<string, EstimateOverride>
): { rows: EstimateRow[]; unknown: string[]; edited: string[] } {
  const byName = new Set(rows.map((r) => r.variable));
  const unknown = Object.keys(overrides).filter((v) => !byName.has(v));
  const edited: string[] = [];
  const out = rows.map((r) => {
    const o = overrides[r.variable];
    if (!o) return r;
    edited.push(r.variable);
    const next: EstimateRow = { ...r, source: `Edited by the user (default: ${r.source})` };
    if (o.lower !== undefined) next.lower = o.lower;
    if (o.upper !== undefined) next.upper = o.upper;
    if (o.median !== undefined) next.median = o.median;
    if (o.distribution !== undefined) next.distribution = o.distribution;
    // A constant given a range becomes uncertain: posnorm for positive ranges, else norm.
    if (o.distribution === undefined && r.distribution === "const" && next.lower !== next.upper)
      next.distribution = next.lower > 0 ? "posnorm" : "norm";
    return next;
  });
  return { rows: out, unknown, edited };
}

/**
 * applyOverrides, keeping only edits that give a valid row (engine rules); an invalid edit (e.g. from a
 * tampered link) leaves the default row and is reported as "variable: problem".
 */
export function applyValidOverrides(
  rows: readonly EstimateRow[],
  overrides: Record<string, EstimateOverride>
): { rows: EstimateRow[]; unknown: string[]; rejected: string[] } {
  const applied = applyOverrides(rows, overrides);
  const rejected: string[] = [];
  const out = applied.rows.map((r, i) => {
    if (!applied.edited.includes(r.variable)) return r;
    const { issues } = checkRows([r]);
    if (!issues.length) return r;
    rejected.push(`${r.variable}: ${issues.map((x) => x.message).join("; ")}`);
    return rows[i];
  });
  return { rows: out, unknown: applied.unknown, rejected };
}

/** The overrides that turn `defaults` into `edited` (only changed fields), for the scenario. */
export function overridesFrom(defaults: readonly EstimateRow[], edited: readonly EstimateRow[]): Record<string, EstimateOverride> {
  const base = new Map(defaults.map((r) => [r.variable, r]));
  const out: Record<string, EstimateOverride> = {};
  for (const r of edited) {
    const d = base.get(r.variable);
    if (!d) continue;
    const o: EstimateOverride = {};
    if (r.lower !== d.lower) o.lower = r.lower;
    if (r.upper !== d.upper) o.upper = r.upper;
    if (r.median !== d.median && r.median !== null) o.median = r.median;
    if (r.distribution !== d.distribution) o.distribution = r.distribution;
    if (Object.keys(o).length) out[r.variable] = o;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// decisionSupport CSV (through the engine's reader and writer)

/** Column order of the CSV this page writes: decisionSupport's columns, then this project's extras. */
export const CSV_COLUMNS = ["variable", "distribution", "lower", "median", "upper", "label", "Description", "unit", "source", "group"];

/** The table as the engine's Estimate (extra columns label, Description, unit, source, group as text). */
export function toEstimate(rows: readonly EstimateRow[]): Estimate {
  return {
    columns: CSV_COLUMNS,
    rows: rows.map((r, k) => ({
      variable: r.variable,
      distribution: r.distribution,
      lower: r.lower,
      median: r.median,
      upper: r.upper,
      extra: { label: r.label, Description: r.description, unit: r.unit, source: r.source, group: r.group },
      line: k + 2
    }))
  };
}

/** The table as decisionSupport CSV (R's estimate_read_csv reads it back to the same values). */
export function estimateCsv(rows: readonly EstimateRow[]): string {
  return writeEstimateCsv(toEstimate(rows));
}

/** The distributions the estimate editor offers (method "calculate"). */
export { CALCULATE_DISTRIBUTIONS } from "../decision/index.js";

/** Problems of a table built or edited in the page, with the engine's rules (line = row number + 1). */
export function checkRows(rows: readonly EstimateRow[]): { issues: EstimateIssue[]; messages: string[] } {
  const { issues } = validateEstimate(toEstimate(rows).rows);
  return { issues, messages: issues.map((i) => formatIssue({ ...i, line: 0 })) };
}

function fromEngineRow(r: EngineRow, current: EstimateRow | undefined): EstimateRow {
  const text = (name: string) => (r.extra[name] ?? "").trim();
  const group = (ESTIMATE_GROUPS as readonly string[]).includes(text("group"))
    ? (text("group") as EstimateGroup)
    : (current?.group ?? "General");
  return {
    variable: r.variable,
    distribution: r.distribution,
    lower: r.lower,
    median: r.median,
    upper: r.upper,
    label: text("label") || current?.label || r.variable,
    description: text("Description") || current?.description || "",
    unit: text("unit") || current?.unit || "",
    source: text("source") || current?.source || "uploaded table",
    group
  };
}

export interface UploadResult {
  /** The current table with every valid uploaded row applied. */
  rows: EstimateRow[];
  /** Variables whose values the upload changed. */
  changed: string[];
  /** Row-level problems (rows with a problem are not applied), one readable line each. */
  problems: string[];
  /** The same problems with their line, column and variable (for a list that counts them by kind). */
  issues: EstimateIssue[];
  /** Variables in the file that the model does not use (ignored). */
  unknown: string[];
  /** Model variables the file does not contain (they keep their current values). */
  missing: string[];
}

/**
 * Applies an uploaded decisionSupport CSV to the current table: valid rows of known variables replace the
 * current distribution and bounds (and label, unit, source when given); rows with problems are reported by
 * line and column and not applied; variables the model does not know are listed and ignored.
 */
export function applyUpload(text: string, current: readonly EstimateRow[]): UploadResult {
  const parsed = parseEstimateCsv(text);
  const problems = parsed.issues.map(formatIssue);
  const byName = new Map(current.map((r) => [r.variable, r]));
  const uploaded = new Map<string, EstimateRow>();
  const unknown: string[] = [];
  for (const r of parsed.estimate.rows) {
    if (!byName.has(r.variable)) unknown.push(r.variable);
    else uploaded.set(r.variable, fromEngineRow(r, byName.get(r.variable)));
  }
  const badVariables = new Set(parsed.issues.map((i) => i.variable).filter((v): v is string => !!v));
  const changed: string[] = [];
  const rows = current.map((r) => {
    const u = uploaded.get(r.variable);
    if (!u) return r;
    const same =
      u.distribution === r.distribution && u.lower === r.lower && u.upper === r.upper && (u.median ?? null) === (r.median ?? null);
    if (!same) changed.push(r.variable);
    return same ? r : { ...u, group: r.group };
  });
  const missing = current.map((r) => r.variable).filter((v) => !uploaded.has(v) && !badVariables.has(v));
  return { rows, changed, problems, issues: parsed.issues, unknown, missing };
}

// ---------------------------------------------------------------------------------------------------
// From the site datasets to EstimateInputs (the page's glue, kept here so it is tested)

/** The dataset rows this module reads (data/country-economics.json, removal-factors.json, restoration-costs.json, economics-series.json). */
export interface EconomicsData {
  countryEconomics: readonly { iso3: string; country: string; gdpPerCapitaUsd: number | null; gdpYear: number | null }[];
  series: { countries: Record<string, { lendingRatePct: YearValue[]; inflationPct: YearValue[] }>; usInflationPct: YearValue[] };
  removalFactors: readonly {
    iso3: string;
    name: string;
    sciName: string | null;
    plantationType: string;
    removalFactor: number;
    removalFactorSd: number | null;
  }[];
  restorationCosts: {
    ranges: readonly { solution: string; metric: string; unit: string; n: number; p25: number; median: number; p75: number }[];
  };
}

const DRAWDOWN_MEASURES: Record<string, string> = {
  netProfit: "net_profit",
  firstCost: "first_cost",
  operatingCost: "operating_cost",
  sequestration: "sequestration"
};

/** EstimateInputs for a country (ISO3, or null when the site's country is not known) from the datasets. */
export function estimateInputsFor(
  iso3: string | null,
  data: EconomicsData,
  rest: Omit<EstimateInputs, "country" | "usInflationPct" | "removalFactors" | "drawdown">
): EstimateInputs {
  const economics = iso3 ? data.countryEconomics.find((c) => c.iso3 === iso3) : undefined;
  const series = iso3 ? data.series.countries[iso3] : undefined;
  const country: CountryEconomicsInput | null =
    iso3 && (economics || series)
      ? {
          iso3,
          name: economics?.country ?? iso3,
          lendingRatePct: series?.lendingRatePct ?? [],
          inflationPct: series?.inflationPct ?? [],
          gdpPerCapitaUsd:
            economics && economics.gdpPerCapitaUsd !== null && economics.gdpYear !== null
              ? { year: economics.gdpYear, value: economics.gdpPerCapitaUsd }
              : null
        }
      : null;
  return {
    ...rest,
    country,
    usInflationPct: data.series.usInflationPct,
    removalFactors: iso3
      ? data.removalFactors
          .filter((r) => r.iso3 === iso3)
          .map((r) => ({
            iso3: r.iso3,
            type: r.plantationType,
            name: r.name,
            sciName: r.sciName && r.sciName !== "Unknown" ? r.sciName : null,
            removalFactor: r.removalFactor,
            removalFactorSd: r.removalFactorSd,
            maiMean: null
          }))
      : [],
    drawdown: data.restorationCosts.ranges.map((r) => ({
      solution: r.solution,
      measure: DRAWDOWN_MEASURES[r.metric] ?? r.metric,
      unit: r.unit,
      quartiles: { p25: r.p25, median: r.median, p75: r.p75, n: r.n }
    }))
  };
}

/**
 * The closure quantities, unit rates, percentages and WA levy rates as one CSV to download, edit and
 * upload again. An upload is checked row by row; if any row has a problem nothing is applied (the page
 * keeps its result) and every problem is listed with its line; otherwise the values that differ from the
 * defaults become the scenario's closure settings.
 *
 * Columns: table (quantity | rate | percentage | wa-rate), id, label, value, lower, upper, unit, source.
 * Quantities, percentages and WA rates use `value` (a WA rate may be blank: unknown); rates use `lower`
 * and `upper` (90 % range, US basis, current dollars).
 */
import { CsvSyntaxError, formatCsv, parseCsv } from "../decision/index.js";
import {
  CLOSURE_PERCENT_FIELDS,
  CLOSURE_QUANTITY_FIELDS,
  CLOSURE_RATE_MAX,
  type ClosurePercentId,
  type ClosureQuantityId,
  type ClosureRateId,
  type ClosureSettings,
  WA_CATEGORY_IDS,
  WA_RATE_MAX,
  type WaCategoryId
} from "../scenario/index.js";
import { type ClosureEstimate, QUEENSLAND_PERCENTAGES, QUEENSLAND_SOURCE } from "./estimate.js";
import { WA_CATEGORIES } from "./totals.js";

export const TABLE_CSV_COLUMNS = ["table", "id", "label", "value", "lower", "upper", "unit", "source"] as const;
const TABLES = ["quantity", "rate", "percentage", "wa-rate"] as const;
type Table = (typeof TABLES)[number];

const num = (x: number | null | undefined) => (x === null || x === undefined ? "" : String(x));

/** The CSV of what the page uses now (the settings' values over the defaults). */
export function closureTableCsv(estimate: ClosureEstimate, settings: ClosureSettings): string {
  const rows: string[][] = [[...TABLE_CSV_COLUMNS]];
  for (const q of estimate.quantities.rows)
    rows.push(["quantity", q.id, q.label, num(q.value), "", "", q.unit, q.edited ? "set by the user" : q.basis]);
  for (const r of estimate.rates) rows.push(["rate", r.id, r.label, "", num(r.lower), num(r.upper), `${r.unit} (US basis)`, r.source]);
  for (const id of Object.keys(CLOSURE_PERCENT_FIELDS) as ClosurePercentId[])
    rows.push([
      "percentage",
      id,
      CLOSURE_PERCENT_FIELDS[id].label,
      num(estimate.percentages[id]),
      "",
      "",
      CLOSURE_PERCENT_FIELDS[id].unit,
      settings.percentages[id] === undefined ? QUEENSLAND_SOURCE : "set by the user"
    ]);
  for (const id of WA_CATEGORY_IDS)
    rows.push([
      "wa-rate",
      id,
      WA_CATEGORIES[id].label,
      num(settings.waRates[id]),
      "",
      "",
      "AUD/ha",
      "Schedule 1, Mining Rehabilitation Fund Regulations 2013 (WA): enter the unit rate; blank = unknown"
    ]);
  return formatCsv(rows);
}

export interface TableUpload {
  /** True when every row was valid and the settings were built from the file. */
  ok: boolean;
  /** The settings to use: from the file when ok, else the current ones unchanged. */
  settings: ClosureSettings;
  /** "table id" of every value that differs from what the page used. */
  changed: string[];
  /** One line per problem, naming the line, table and id. */
  problems: string[];
}

/** Reads an uploaded closure table against the current estimate and settings. */
export function applyTableUpload(text: string, estimate: ClosureEstimate, current: ClosureSettings): TableUpload {
  const problems: string[] = [];
  const fail = (): TableUpload => ({ ok: false, settings: current, changed: [], problems });
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    problems.push(error instanceof CsvSyntaxError ? error.message : String(error));
    return fail();
  }
  if (!records.length) {
    problems.push("the file is empty: expected a header line with table, id, value, lower, upper");
    return fail();
  }
  const header = records[0].fields.map((f) => f.trim());
  const col = (name: string) => header.indexOf(name);
  const missing = ["table", "id", "value", "lower", "upper"].filter((c) => col(c) < 0);
  if (missing.length) {
    problems.push(
      `line ${records[0].line}: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (header: ${header.join(", ").slice(0, 200)})`
    );
    return fail();
  }
  if (records.length > 500) {
    problems.push(`the file has ${records.length - 1} rows; a closure table has fewer than 100`);
    return fail();
  }

  const next: ClosureSettings = {
    quantities: { ...current.quantities },
    rates: { ...current.rates },
    percentages: { ...current.percentages },
    waRates: { ...current.waRates }
  };
  const changed: string[] = [];
  const seen = new Set<string>();
  const quantities = new Map(estimate.quantities.rows.map((q) => [q.id, q]));
  const rates = new Map(estimate.rates.map((r) => [r.id, r]));

  for (const record of records.slice(1)) {
    const cell = (name: string) => (record.fields[col(name)] ?? "").trim();
    const table = cell("table");
    const id = cell("id");
    const where = `line ${record.line} (${table.slice(0, 20) || "?"} ${id.slice(0, 40) || "?"})`;
    const bad = (why: string) => problems.push(`${where}: ${why}`);
    const number = (name: string, min: number, max: number, { blank = false } = {}): number | null | undefined => {
      const t = cell(name);
      if (t === "" || t === "NA") {
        if (!blank) bad(`${name} is empty`);
        return blank ? null : undefined;
      }
      const x = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
      if (!Number.isFinite(x)) return void bad(`${name} "${t.slice(0, 30)}" is not a number`);
      if (x < min || x > max) return void bad(`${name} ${x} is outside ${min} to ${max}`);
      return x;
    };
    if (!(TABLES as readonly string[]).includes(table)) {
      bad(`table must be one of ${TABLES.join(", ")}`);
      continue;
    }
    const key = `${table} ${id}`;
    if (seen.has(key)) {
      bad("appears twice");
      continue;
    }
    seen.add(key);
    switch (table as Table) {
      case "quantity": {
        const q = quantities.get(id as ClosureQuantityId);
        if (!q) {
          bad("not a closure quantity");
          break;
        }
        const f = CLOSURE_QUANTITY_FIELDS[q.id];
        const x = number("value", f.min, f.max);
        if (x === undefined || x === null) break;
        if (x !== q.value) changed.push(key);
        if (x === q.defaultValue) delete next.quantities[q.id];
        else next.quantities[q.id] = x;
        break;
      }
      case "rate": {
        const r = rates.get(id as ClosureRateId);
        if (!r) {
          bad("not a closure unit rate");
          break;
        }
        const lower = number("lower", 0, CLOSURE_RATE_MAX);
        const upper = number("upper", 0, CLOSURE_RATE_MAX);
        if (lower === undefined || upper === undefined || lower === null || upper === null) break;
        if (lower > upper) {
          bad(`lower ${lower} is above upper ${upper}`);
          break;
        }
        if (lower === 0 && upper > 0) {
          bad("a range must start above 0 (or give lower = upper)");
          break;
        }
        if (lower !== r.lower || upper !== r.upper) changed.push(key);
        if (lower === r.defaultLower && upper === r.defaultUpper) delete next.rates[r.id];
        else next.rates[r.id] = { lower, upper };
        break;
      }
      case "percentage": {
        if (!Object.hasOwn(CLOSURE_PERCENT_FIELDS, id)) {
          bad("not a closure percentage");
          break;
        }
        const p = id as ClosurePercentId;
        const x = number("value", CLOSURE_PERCENT_FIELDS[p].min, CLOSURE_PERCENT_FIELDS[p].max);
        if (x === undefined || x === null) break;
        if (x !== estimate.percentages[p]) changed.push(key);
        if (x === QUEENSLAND_PERCENTAGES[p]) delete next.percentages[p];
        else next.percentages[p] = x;
        break;
      }
      case "wa-rate": {
        if (!(WA_CATEGORY_IDS as readonly string[]).includes(id)) {
          bad("not a WA category");
          break;
        }
        const w = id as WaCategoryId;
        const x = number("value", 0, WA_RATE_MAX, { blank: true });
        if (x === undefined) break;
        if ((x ?? undefined) !== current.waRates[w]) changed.push(key);
        if (x === null) delete next.waRates[w];
        else next.waRates[w] = x;
        break;
      }
    }
  }
  if (problems.length) return fail();
  return { ok: true, settings: next, changed, problems };
}

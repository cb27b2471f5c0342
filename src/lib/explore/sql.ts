/**
 * The SQL explorer's logic, free of the browser and of DuckDB: the statement check run before a query
 * reaches the engine, column kinds from Arrow type names, paging, cell text for the result table, the
 * result as CSV, and the choice of a quick chart from the result's column kinds.
 *
 * A query result is handed over as columns and a row accessor giving row arrays (not row objects, so
 * that two columns with the same name, e.g. `SELECT a.x, b.x`, both survive). The accessor lets a page
 * read rows from the engine's columnar result on demand: a page of the table, the first rows of a chart,
 * every row only for the CSV download.
 */

/** What a column holds, as far as display, CSV and charts care. */
export type ColumnKind = "number" | "text" | "date" | "boolean" | "list" | "other";

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
}

export interface QueryResult {
  columns: ResultColumn[];
  rowCount: number;
  /** Row i (0-based) as an array of values in column order. */
  row(i: number): unknown[];
}

/** A QueryResult over rows already in memory. */
export function resultFromRows(columns: ResultColumn[], rows: readonly unknown[][]): QueryResult {
  return { columns, rowCount: rows.length, row: (i) => rows[i] };
}

/** Rows start (inclusive) to end (exclusive) of a result. */
export function resultRows(result: QueryResult, start = 0, end = result.rowCount): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = Math.max(0, start); i < Math.min(end, result.rowCount); i++) rows.push(result.row(i));
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Statement check

export type SqlCheck = { ok: true; sql: string } | { ok: false; message: string };

/** Removes SQL comments (`-- …` to end of line, `/* … *\/`) outside string literals. */
export function stripSqlComments(sql: string): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      // A quoted literal or identifier; a doubled quote is an escaped quote inside it.
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += " ";
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * Checks a statement before it is sent to DuckDB, for the cases where DuckDB's own message would not
 * help the reader: an empty editor, a file or URL to read (the explorer is offline: only the registered
 * tables exist, and the engine refuses external access anyway), and INSTALL/LOAD of an extension
 * (extensions cannot be downloaded offline). Everything else is left to DuckDB, whose error message the
 * page shows as it is.
 */
export function checkSql(sql: string): SqlCheck {
  const text = stripSqlComments(sql).trim();
  if (!text.replace(/;/g, "").trim()) return { ok: false, message: "Write a query first, e.g. SELECT * FROM mines LIMIT 10." };
  // A URL read as a table (FROM 'https://…', read_csv('s3://…'), parquet_scan(['…']), ATTACH 'http://…'); a URL as a plain
  // text value (SELECT 'https://…' AS link) is fine.
  if (/(\bFROM|\bJOIN|\bATTACH|\b(read_\w+|\w+_scan|glob)\s*\(\s*\[?)\s*'\s*(https?|s3|s3a|gcs|gs|r2|az|azure|abfss|hf):\/\//i.test(text)) {
    return {
      ok: false,
      message: "This explorer works offline: it cannot read files from the internet. Query the tables listed on this page."
    };
  }
  if (/(^|;)\s*(FORCE\s+)?(INSTALL|LOAD)\s/i.test(text)) {
    return {
      ok: false,
      message: "Extensions cannot be installed or loaded here (the explorer works offline). The core SQL functions are available."
    };
  }
  return { ok: true, sql: sql.trim() };
}

/** Removes string literals ('…', with '' inside) from SQL whose comments are already stripped. */
function stripStrings(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''");
}

/**
 * The tables of `known` that a statement names (as a bare or double-quoted identifier, any case),
 * outside comments and string literals, in the order of `known`. The explorer loads a table before the
 * first query that names it; a name inside a text value does not count.
 */
export function referencedTables(sql: string, known: readonly string[]): string[] {
  const text = stripStrings(stripSqlComments(sql));
  const words = new Set<string>();
  for (const match of text.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    words.add((match[1] ?? match[2]).replace(/""/g, '"').toLowerCase());
  }
  return known.filter((name) => words.has(name.toLowerCase()));
}

/** True when a statement lists the database's tables or columns, so that every table must be loaded first. */
export function needsAllTables(sql: string): boolean {
  return /\b(SHOW\s+(ALL\s+)?TABLES|information_schema|duckdb_tables|duckdb_columns|duckdb_views|pragma_show_tables|show_tables)\b/i.test(
    stripStrings(stripSqlComments(sql))
  );
}

// ---------------------------------------------------------------------------------------------------
// Column kinds

/**
 * The kind of an Arrow column from its type name (`String(field.type)` in apache-arrow), e.g. "Float64",
 * "Int32", "Utf8", "LargeUtf8", "Bool", "Date32<DAY>", "Timestamp<MICROSECOND>", "List<Utf8>",
 * "Dictionary<Int32, Utf8>", "Decimal[10e+2]".
 */
export function arrowColumnKind(typeName: string): ColumnKind {
  const t = typeName.trim();
  if (/^Dictionary</i.test(t)) {
    // A dictionary column takes the kind of its values: "Dictionary<Int32, Utf8>".
    const values = /,\s*(.+)>$/.exec(t);
    return values ? arrowColumnKind(values[1]) : "other";
  }
  if (/^(U?Int(8|16|32|64)|Float(16|32|64)?|Decimal|Int)\b/i.test(t)) return "number";
  if (/^(Large)?Utf8|^String/i.test(t)) return "text";
  if (/^Bool/i.test(t)) return "boolean";
  if (/^(Date|Timestamp)/i.test(t)) return "date";
  if (/^(Large|Fixed)?(Size)?List/i.test(t)) return "list";
  return "other";
}

// ---------------------------------------------------------------------------------------------------
// Paging

export interface Page {
  /** Page number, 0-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  /** Row range shown, [start, end) 0-based. */
  start: number;
  end: number;
  total: number;
}

/**
 * The rows shown on page `page` (0-based) of `total` rows, `pageSize` per page. A page past the end is
 * clamped to the last; an empty result has one empty page.
 * @throws RangeError when pageSize is not a positive whole number or total is negative.
 */
export function pageOf(total: number, page: number, pageSize: number): Page {
  if (!Number.isInteger(pageSize) || pageSize <= 0) throw new RangeError(`pageSize must be a positive whole number, got ${pageSize}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pageCount - 1);
  const start = p * pageSize;
  return { page: p, pageCount, start, end: Math.min(total, start + pageSize), total };
}

/** "Rows 51–100 of 1,234" (1-based, inclusive), or "No rows". */
export function pageLabel({ start, end, total }: Page): string {
  if (total === 0) return "No rows";
  return `Rows ${(start + 1).toLocaleString("en-US")}–${end.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
}

// ---------------------------------------------------------------------------------------------------
// Cell text

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  // Dates at midnight UTC (DuckDB DATE) print as the day only.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/** Array-like values from Arrow list cells (Vectors and typed arrays) as plain arrays. */
function asArray(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (value && typeof value === "object" && typeof (value as { toArray?: unknown }).toArray === "function") {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
  }
  return null;
}

/** A plain JSON-able form of a value (lists → arrays, dates → ISO text, bigints → numbers or text). */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return isoDate(value);
  const array = asArray(value);
  if (array) return array.map(plain);
  if (typeof value === "object") {
    const record = typeof (value as { toJSON?: unknown }).toJSON === "function" ? (value as { toJSON(): unknown }).toJSON() : value;
    if (record && typeof record === "object") return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plain(v)]));
    return record;
  }
  return value;
}

/**
 * A number as text for the table: whole numbers as they are (no thousands separator, so years and ids
 * read as such), others to at most 6 decimals, very small or very large ones in exponent form.
 */
export function numberText(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  const abs = Math.abs(x);
  if (abs >= 1e15) return x.toExponential(4).replace(/\.?0+e/, "e");
  if (Number.isInteger(x)) return String(x);
  if (abs < 1e-4) return x.toExponential(4).replace(/\.?0+e/, "e");
  return String(Math.round(x * 1e6) / 1e6);
}

/** A cell as text for the result table: null → "", lists joined with ", ", records as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if (value instanceof Date) return isoDate(value);
  const array = asArray(value);
  if (array) return array.map((v) => (v !== null && typeof v === "object" ? JSON.stringify(plain(v)) : cellText(v))).join(", ");
  return JSON.stringify(plain(value));
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** A CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space; null → empty. */
export function csvField(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "bigint") text = value.toString();
  else if (typeof value === "string") text = value;
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (value instanceof Date) text = isoDate(value);
  else text = JSON.stringify(plain(value)); // lists and records: JSON, so a script can read them back
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header row, one line per row, LF line endings, a final newline; numbers at full precision. */
export function csvText(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\n")}\n`;
}

/** The whole result (every row, not just the page shown) as CSV. */
export function resultToCsv(result: QueryResult): string {
  function* rows() {
    for (let i = 0; i < result.rowCount; i++) yield result.row(i);
  }
  return csvText(
    result.columns.map((c) => c.name),
    rows()
  );
}

// ---------------------------------------------------------------------------------------------------
// Quick chart

export type ChartChoice =
  | { kind: "bar"; category: number; value: number }
  | { kind: "dot"; x: number; y: number }
  | { kind: "line"; time: number; value: number }
  | { kind: "none"; reason: string };

/** Column names that hold a time as a number (a year, a month number). */
const TIME_NAME = /^(year|yr|month|decade)$|_year$|^year_/i;

/**
 * The quick chart for a result, from its column kinds (indices into `columns`):
 * - a date column, or a number column named like a year, with another number → a line over time;
 * - a text or true/false column with one number → a bar per category;
 * - two numbers → a dot per row, unless there is also a category and at most `maxBars` rows (a short
 *   table per category, e.g. `SELECT country, count(*), sum(area)`), which gets bars of the first number;
 * - otherwise no chart, with the reason.
 * The first matching columns, in the result's column order, are used.
 */
export function chooseChart(columns: readonly ResultColumn[], rowCount: number, { maxBars = 40 } = {}): ChartChoice {
  if (rowCount === 0) return { kind: "none", reason: "The result has no rows." };
  const numbers = columns.flatMap((c, i) => (c.kind === "number" ? [i] : []));
  const time = columns.findIndex((c) => c.kind === "date" || (c.kind === "number" && TIME_NAME.test(c.name)));
  if (time !== -1) {
    const value = numbers.find((i) => i !== time);
    if (value !== undefined) return { kind: "line", time, value };
  }
  const category = columns.findIndex((c) => c.kind === "text" || c.kind === "boolean");
  if (category !== -1 && (numbers.length === 1 || (numbers.length > 1 && rowCount <= maxBars))) {
    return { kind: "bar", category, value: numbers[0] };
  }
  if (numbers.length >= 2) return { kind: "dot", x: numbers[0], y: numbers[1] };
  return {
    kind: "none",
    reason: "A quick chart needs a number column together with a category, a second number, or a date or year."
  };
}

export interface ChartData {
  choice: Exclude<ChartChoice, { kind: "none" }>;
  /** x and y per mark: category/number for bars, number/number for dots, time/number for lines. */
  points: { x: unknown; y: number }[];
  xLabel: string;
  yLabel: string;
  /** Plain-text note on what was left out (rows beyond the limit, rows with no value). */
  note: string | null;
}

export interface ChartLimits {
  /** Bars shown at most (the first rows, in the result's order). */
  maxBars?: number;
  /** Dots or line points shown at most (the first rows). */
  maxPoints?: number;
}

function finite(value: unknown): number | null {
  const x = typeof value === "bigint" ? Number(value) : value;
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/**
 * The marks of a quick chart: the rows with a value on both axes, limited to the first `maxBars` bars or
 * `maxPoints` points; lines sorted by time. Returns null for `kind: "none"`.
 */
export function chartData(
  result: QueryResult,
  choice: ChartChoice,
  { maxBars = 40, maxPoints = 20_000 }: ChartLimits = {}
): ChartData | null {
  if (choice.kind === "none") return null;
  const [xi, yi] =
    choice.kind === "bar" ? [choice.category, choice.value] : choice.kind === "dot" ? [choice.x, choice.y] : [choice.time, choice.value];
  const limit = choice.kind === "bar" ? maxBars : maxPoints;
  const usable: { x: unknown; y: number }[] = [];
  let missing = 0;
  for (let i = 0; i < result.rowCount; i++) {
    const row = result.row(i);
    const y = finite(row[yi]);
    const raw = row[xi];
    const x =
      choice.kind === "bar"
        ? raw === null || raw === undefined
          ? null
          : cellText(raw)
        : choice.kind === "dot"
          ? finite(raw)
          : raw instanceof Date
            ? raw
            : finite(raw);
    if (y === null || x === null || x === undefined) missing++;
    else usable.push({ x, y });
  }
  const points = usable.slice(0, limit);
  if (choice.kind === "line") points.sort((a, b) => Number(a.x) - Number(b.x));
  const notes: string[] = [];
  if (usable.length > limit)
    notes.push(
      `showing the first ${limit.toLocaleString("en-US")} of ${usable.length.toLocaleString("en-US")} ${choice.kind === "bar" ? "bars" : "points"}`
    );
  if (missing) notes.push(`${missing.toLocaleString("en-US")} row${missing === 1 ? "" : "s"} without a value left out`);
  return {
    choice,
    points,
    xLabel: result.columns[xi].name,
    yLabel: result.columns[yi].name,
    note: notes.length ? `${notes.join("; ")}.` : null
  };
}

// ---------------------------------------------------------------------------------------------------
// Example queries

export interface ExampleQuery {
  id: string;
  title: string;
  /** Tables the query reads (the example is offered only when they all exist). */
  tables: string[];
  sql: string;
}

/**
 * Example queries over the site datasets (table names from tableName(); columns as in src/lib/datasets.ts).
 * test/lib/sql-explorer.test.ts checks that each names existing tables and columns.
 */
export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: "n-fixers-acid",
    title: "Nitrogen-fixing trees and shrubs that tolerate acid soil (pH below 5)",
    tables: ["species"],
    sql: `SELECT name, family, growthForm, phAbsMin, phOptMin, rainAbsMin, woodDensity
FROM species
WHERE use_nFixation AND phAbsMin < 5
ORDER BY phAbsMin, name`
  },
  {
    id: "mines-per-country",
    title: "Mines per country (top 25), with their mining land area",
    tables: ["mines", "mining_area"],
    sql: `SELECT m.country_name AS country, m.mines, m.open_pit, a.areaKm2 AS mining_area_km2
FROM (
  SELECT iso3, any_value(country) AS country_name, count(*) AS mines, count(*) FILTER (WHERE openPit) AS open_pit
  FROM mines
  WHERE iso3 IS NOT NULL
  GROUP BY iso3
) AS m
LEFT JOIN mining_area AS a USING (iso3)
ORDER BY m.mines DESC
LIMIT 25`
  },
  {
    id: "open-pit-copper",
    title: "Open-pit copper mines with a stripping ratio (waste rock per tonne of ore)",
    tables: ["mines"],
    sql: `SELECT name, country, strippingRatio AS stripping_ratio_t_per_t, commodities, lat, lon
FROM mines
WHERE openPit AND commodities ILIKE '%copper%' AND strippingRatio IS NOT NULL
ORDER BY stripping_ratio_t_per_t DESC`
  },
  {
    id: "removal-factors-by-species",
    title: "Plantation carbon removal by species or class: median over countries (top 20)",
    tables: ["removal_factors"],
    sql: `SELECT name, median(removalFactor) AS removal_mg_c_per_ha_yr, count(DISTINCT iso3) AS countries
FROM removal_factors
WHERE removalFactor IS NOT NULL
GROUP BY name
HAVING countries >= 3
ORDER BY removal_mg_c_per_ha_yr DESC
LIMIT 20`
  },
  {
    id: "gdp-lending",
    title: "GDP per capita against the lending interest rate, by country (latest years)",
    tables: ["country_economics"],
    sql: `SELECT gdpPerCapitaUsd AS gdp_per_capita_usd, lendingRatePct AS lending_rate_pct_per_yr, country, gdpYear, lendingYear
FROM country_economics
WHERE gdpPerCapitaUsd IS NOT NULL AND lendingRatePct IS NOT NULL`
  },
  {
    id: "species-per-family",
    title: "Woody species per family (top 20)",
    tables: ["species"],
    sql: `SELECT family, count(*) AS species
FROM species
WHERE family IS NOT NULL
GROUP BY family
ORDER BY species DESC, family
LIMIT 20`
  },
  {
    id: "species-temperature-rain",
    title: "Optimal temperature against optimal rainfall, per species (midpoints)",
    tables: ["species"],
    sql: `SELECT name,
  (tempOptMin + tempOptMax) / 2 AS temp_opt_mid_c,
  (rainOptMin + rainOptMax) / 2 AS rain_opt_mid_mm
FROM species
WHERE tempOptMin IS NOT NULL AND rainOptMin IS NOT NULL`
  },
  {
    id: "stations-copperbelt",
    title: "Climate stations in a bounding box: the Zambian Copperbelt (11–14° S, 25–30° E), by rainfall",
    tables: ["climate_stations"],
    sql: `SELECT name, precAnnual AS rain_mm_per_yr, tMean AS t_mean_c, elevation AS elevation_m, lat, lon
FROM climate_stations
WHERE lat BETWEEN -14 AND -11 AND lon BETWEEN 25 AND 30
ORDER BY rain_mm_per_yr DESC`
  },
  {
    id: "monthly-rain-kansanshi",
    title: "Monthly rainfall near Kansanshi mine, Zambia (mean of stations within 1°)",
    tables: ["climate_stations"],
    sql: `WITH nearby AS (
  SELECT p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12
  FROM climate_stations
  WHERE lat BETWEEN -13.1 AND -11.1 AND lon BETWEEN 25.4 AND 27.4
)
SELECT CAST(substr(col, 2) AS INTEGER) AS month, avg(rain) AS rain_mm, count(rain) AS stations
FROM (UNPIVOT nearby ON p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12 INTO NAME col VALUE rain)
GROUP BY month
ORDER BY month`
  },
  {
    id: "koppen-classes",
    title: "Köppen–Geiger climate classes by number of 0.5° land cells",
    tables: ["koppen"],
    sql: `SELECT koppen, any_value(koppenName) AS class_name, count(*) AS cells
FROM koppen
GROUP BY koppen
ORDER BY cells DESC`
  },
  {
    id: "acid-soils",
    title: "Topsoil pH against organic carbon at soil sites (AfSIS, AfSP, ISIS)",
    tables: ["soil_sites"],
    sql: `SELECT ph, soc AS soc_g_per_kg, source, id
FROM soil_sites
WHERE ph IS NOT NULL AND soc IS NOT NULL`
  },
  {
    id: "warming-esaf",
    title: "Projected annual warming in East Southern Africa by period and scenario (CMIP6 median)",
    tables: ["climate_change"],
    sql: `SELECT scenario || ' ' || period AS scenario_period, median AS warming_c, p10 AS p10_c, p90 AS p90_c
FROM climate_change
WHERE region = 'ESAF' AND month = 0
ORDER BY scenario, period`
  }
];

/** The examples whose tables all exist, in the order of EXAMPLE_QUERIES. */
export function availableExamples(tables: Iterable<string>, examples: readonly ExampleQuery[] = EXAMPLE_QUERIES): ExampleQuery[] {
  const have = new Set(tables);
  return examples.filter((e) => e.tables.every((t) => have.has(t)));
}

// ---------------------------------------------------------------------------------------------------
// Errors and table names

/** The text of an error thrown by DuckDB-Wasm (or anything else), for the page. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || String(error);
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** The SQL table name of a dataset: its file name with "-" → "_" ("climate-stations" → climate_stations). */
export function tableName(dataset: string): string {
  const name = dataset
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[a-z]/.test(name)) throw new Error(`"${dataset}" does not make a SQL table name (it must start with a letter).`);
  return name;
}

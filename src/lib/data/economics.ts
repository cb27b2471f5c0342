/**
 * The economics datasets: `country-economics` (World Bank WDI: latest GDP per capita, inflation and lending
 * rate per country, each with its year), `removal-factors` (WRI SDPT v2 plantation carbon removal factors)
 * and `restoration-costs` (Project Drawdown evidence tables: costs, profit and sequestration by
 * restoration solution; CC BY-NC-SA 4.0, non-commercial). Pure: takes the decoded text of the raw files.
 */

import { mean, quantile } from "../util/stats.js";
import { readTable } from "./csv.js";
import { newTally, parseCounted, round } from "./numbers.js";
import type { CountryEconomics, DrawdownMetric, RemovalFactor, RestorationCostRange } from "./records.js";

/**
 * World Bank aggregate codes (regions, income and lending groups, demographic groups, "Not classified"):
 * not countries, so left out of country-economics. From the WDI country metadata (Region empty).
 */
export const WB_AGGREGATES: ReadonlySet<string> = new Set([
  "AFE",
  "AFW",
  "ARB",
  "CEB",
  "CSS",
  "EAP",
  "EAR",
  "EAS",
  "ECA",
  "ECS",
  "EMU",
  "EUU",
  "FCS",
  "HIC",
  "HPC",
  "IBD",
  "IBT",
  "IDA",
  "IDB",
  "IDX",
  "INX",
  "LAC",
  "LCN",
  "LDC",
  "LIC",
  "LMC",
  "LMY",
  "LTE",
  "MEA",
  "MIC",
  "MNA",
  "NAC",
  "OED",
  "OSS",
  "PRE",
  "PSS",
  "PST",
  "SAS",
  "SSA",
  "SSF",
  "SST",
  "TEA",
  "TEC",
  "TLA",
  "TMN",
  "TSA",
  "TSS",
  "UMC",
  "WLD"
]);

export interface EconomicsInputs {
  gdp: string;
  population: string;
  inflation: string;
  lending: string;
}

type Series = Map<string, { name: string; byYear: Map<number, number> }>;

function longSeries(text: string, label: string, nameColumn: string, valueColumn: string): Series {
  const table = readTable(text, label, { required: [nameColumn, "Country Code", "Year", valueColumn] });
  const series: Series = new Map();
  const tally = newTally();
  table.rows.forEach((row, i) => {
    const code = row["Country Code"].trim();
    const year = parseCounted(row.Year, tally);
    const value = parseCounted(row[valueColumn], tally);
    if (!/^[A-Z0-9]{3}$/.test(code) || year === null || !Number.isInteger(year))
      throw new Error(`${label}: row ${i + 1} has code "${code}" and year "${row.Year}".`);
    if (value === null) return;
    const entry = series.get(code) ?? { name: row[nameColumn].trim(), byYear: new Map() };
    entry.byYear.set(year, value);
    series.set(code, entry);
  });
  if (tally.invalid) throw new Error(`${label}: ${tally.invalid} value(s) are not numbers, e.g. ${tally.examples.invalid?.join(", ")}.`);
  return series;
}

/** The World Bank bulk-download CSV (wide: one column per year, header on line 3 after a BOM line and a blank one). */
function wideSeries(text: string, label: string): Series {
  const lines = text.split(/\r?\n/);
  const headerLine = lines.findIndex((line) => line.startsWith('"Country Name"'));
  if (headerLine < 0) throw new Error(`${label}: no header line starting with "Country Name".`);
  const table = readTable(lines.slice(headerLine).join("\n"), label, { required: ["Country Name", "Country Code"] });
  const years = table.columns.filter((c) => /^\d{4}$/.test(c));
  if (years.length === 0) throw new Error(`${label}: no year columns.`);
  const series: Series = new Map();
  const tally = newTally();
  for (const row of table.rows) {
    const byYear = new Map<number, number>();
    for (const year of years) {
      const v = parseCounted(row[year], tally);
      if (v !== null) byYear.set(Number(year), v);
    }
    series.set(row["Country Code"].trim(), { name: row["Country Name"].trim(), byYear });
  }
  if (tally.invalid) throw new Error(`${label}: ${tally.invalid} value(s) are not numbers, e.g. ${tally.examples.invalid?.join(", ")}.`);
  return series;
}

function latest(byYear: Map<number, number> | undefined): [number, number] | null {
  if (!byYear || byYear.size === 0) return null;
  const year = Math.max(...byYear.keys());
  return [year, byYear.get(year)!];
}

/** Latest GDP per capita (GDP / population, same year), inflation and lending rate per country. */
export function buildCountryEconomics(inputs: EconomicsInputs): CountryEconomics[] {
  const gdp = longSeries(inputs.gdp, "economics/wb_gdp_current_usd.csv", "Country Name", "Value");
  const population = longSeries(inputs.population, "economics/wb_population.csv", "Country Name", "Value");
  const inflation = longSeries(inputs.inflation, "economics/wb_inflation_cpi.csv", "Country", "Inflation");
  const lending = wideSeries(inputs.lending, "economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv");
  const codes = [...new Set([...gdp.keys(), ...population.keys(), ...inflation.keys(), ...lending.keys()])]
    .filter((c) => !WB_AGGREGATES.has(c))
    .sort();
  return codes.map((iso3) => {
    const g = gdp.get(iso3)?.byYear;
    const p = population.get(iso3)?.byYear;
    const commonYears = g && p ? [...g.keys()].filter((y) => p.has(y) && p.get(y)! > 0) : [];
    const gdpYear = commonYears.length ? Math.max(...commonYears) : null;
    const inf = latest(inflation.get(iso3)?.byYear);
    const lend = latest(lending.get(iso3)?.byYear);
    return {
      iso3,
      country: (population.get(iso3) ?? gdp.get(iso3) ?? inflation.get(iso3) ?? lending.get(iso3))!.name,
      gdpPerCapitaUsd: gdpYear === null ? null : round(g!.get(gdpYear)! / p!.get(gdpYear)!, 2),
      gdpYear,
      inflationPct: inf ? round(inf[1], 3) : null,
      inflationYear: inf ? inf[0] : null,
      lendingRatePct: lend ? round(lend[1], 3) : null,
      lendingYear: lend ? lend[0] : null
    };
  });
}

/** SDPT v2 removal factors with a value (Mg C/ha/yr, AGC + BGC) and their parameters. */
export interface RemovalFactorRecord extends RemovalFactor {
  id: string;
  originalName: string | null;
  removalFactorRegion: string | null;
  maiMean: number | null;
  woodDensity: number | null;
  agc: number | null;
  bgc: number | null;
  notes: string | null;
}

export function buildRemovalFactors(text: string): RemovalFactorRecord[] {
  const label = "economics/sdpt_v2_plantation_removal_factors.csv";
  const table = readTable(text, label, {
    required: [
      "final_id",
      "iso3",
      "country",
      "originalName",
      "sciName",
      "simpleName",
      "simpleType",
      "mai_mean (m3/ha/yr)",
      "wood_density (kg/m3)",
      "agc (t C/ha/yr)",
      "bgc (t C/ha/yr)",
      "removal_factor_Mg_AGC_BGC_ha_yr",
      "removal_factor_SD_Mg_AGC_BGC_ha_yr",
      "removal_factor_source",
      "removal_factor_region",
      "removal_factor_notes"
    ]
  });
  const tally = newTally();
  // A quoted "NA" is text in this sheet (data/SOURCES.md): treat it as no value.
  const text_ = (v: string) => (v.trim() && v.trim() !== "NA" ? v.trim() : null);
  const out: RemovalFactorRecord[] = [];
  table.rows.forEach((row, i) => {
    const removalFactor = parseCounted(row.removal_factor_Mg_AGC_BGC_ha_yr, tally);
    if (removalFactor === null) return;
    if (!(removalFactor >= 0 && removalFactor < 50))
      throw new Error(`${label}: row ${i + 1} (${row.final_id}) removal factor ${removalFactor} Mg C/ha/yr is outside 0–50.`);
    out.push({
      id: row.final_id.trim(),
      iso3: row.iso3.trim(),
      country: row.country.trim(),
      name: text_(row.simpleName) ?? text_(row.originalName) ?? "unknown",
      sciName: text_(row.sciName),
      plantationType: row.simpleType.trim(),
      removalFactor: round(removalFactor, 4)!,
      removalFactorSd: round(parseCounted(row.removal_factor_SD_Mg_AGC_BGC_ha_yr, tally), 4),
      source: text_(row.removal_factor_source),
      originalName: text_(row.originalName),
      removalFactorRegion: text_(row.removal_factor_region),
      maiMean: round(parseCounted(row["mai_mean (m3/ha/yr)"], tally), 3),
      woodDensity: round(parseCounted(row["wood_density (kg/m3)"], tally), 1),
      agc: round(parseCounted(row["agc (t C/ha/yr)"], tally), 4),
      bgc: round(parseCounted(row["bgc (t C/ha/yr)"], tally), 4),
      notes: text_(row.removal_factor_notes)
    });
  });
  if (tally.invalid) throw new Error(`${label}: ${tally.invalid} value(s) are not numbers, e.g. ${tally.examples.invalid?.join(", ")}.`);
  return out;
}

/** The Drawdown table of each metric, and the unit its values are harmonised to. */
export const DRAWDOWN_TABLES: Record<DrawdownMetric, { table: string; unit: string; units: string[] }> = {
  firstCost: { table: "SOLUTION_First_Cost_per_Implementation_Unit", unit: "US$2014/ha", units: ["US$2014/ha", "US$2014"] },
  operatingCost: {
    table: "SOLUTION_Operating_Cost_per_Functional_Unit_per_Annum",
    unit: "US$2014/ha/yr",
    units: ["US$2014/ha/yr", "US$2014/ha"]
  },
  netProfit: {
    table: "SOLUTION_Net_Profit_Margin_per_Functional_Unit_per_Annum",
    unit: "US$2014/ha/yr",
    units: ["US$2014/ha/yr", "US$2014/ha"]
  },
  sequestration: { table: "Sequestration_Rates", unit: "t C/ha/yr", units: ["tC/ha/yr"] }
};

export const DRAWDOWN_LICENCE = "CC BY-NC-SA 4.0" as const;

/** One source row of a Drawdown evidence table. */
export interface RestorationCostRecord {
  solution: string;
  metric: DrawdownMetric;
  /** Value in `unit`: Drawdown's "Conversion calculation" into its common units, else the raw input. */
  value: number;
  /** "conversion", or "raw" when the table gives no conversion and the raw input is used as is (Drawdown's rule). */
  valueFrom: "conversion" | "raw";
  unit: string;
  /** The common-units string as written, when it differs from `unit` (e.g. "US$2014/ ha" in a per-annum table). */
  statedUnit: string | null;
  excluded: boolean;
  source: string;
  region: string | null;
  location: string | null;
  year: number | null;
  rawValue: number | null;
  originalUnits: string | null;
  licence: typeof DRAWDOWN_LICENCE;
}

/**
 * Parses one Drawdown table (`<solution>__<table>.csv`). Rows with neither a converted nor a raw value are
 * skipped and counted; `Exclude Data?` True or 1.0 marks a row excluded; a common unit that is not one of the metric's
 * accepted spellings throws, naming the file and row.
 */
export function parseDrawdownTable(fileName: string, text: string): { records: RestorationCostRecord[]; withoutValue: number } {
  const match = /^([a-z]+)__(.+)\.csv$/.exec(fileName);
  if (!match) throw new Error(`economics/drawdown/${fileName}: expected a name <solution>__<table>.csv.`);
  const [, solution, tableName] = match;
  const metric = (Object.keys(DRAWDOWN_TABLES) as DrawdownMetric[]).find((m) => DRAWDOWN_TABLES[m].table === tableName);
  if (!metric) throw new Error(`economics/drawdown/${fileName}: unknown table "${tableName}".`);
  const label = `economics/drawdown/${fileName}`;
  const table = readTable(text, label, {
    required: [
      "SOURCE ID: Author/Org, Date, Info",
      "World / Drawdown Region",
      "Specific Geographic Location",
      "Year / Date",
      "Raw Data Input",
      "Original Units",
      "Conversion calculation",
      "Common Units",
      "Exclude Data?"
    ]
  });
  const spec = DRAWDOWN_TABLES[metric];
  const tally = newTally();
  let withoutValue = 0;
  const records: RestorationCostRecord[] = [];
  table.rows.forEach((row, i) => {
    // As Drawdown's model does (model/vma.py: Value = "Conversion calculation", else "Raw Data Input"):
    // a row without a conversion uses its raw value as is, whatever its original units say.
    const converted = parseCounted(row["Conversion calculation"], tally);
    const raw = parseCounted(row["Raw Data Input"], tally);
    // A conversion of 0 without a raw input is a spreadsheet formula over an empty cell (tropicalforests:
    // all 11 rows have no raw input), not a measurement.
    const value = raw === null && converted === 0 ? null : (converted ?? raw);
    if (value === null) {
      withoutValue++;
      return;
    }
    const stated = row["Common Units"].trim();
    const compact = stated.replace(/\s+/g, "");
    if (!spec.units.includes(compact)) throw new Error(`${label}: row ${i + 1} has common units "${stated}", expected ${spec.unit}.`);
    const flag = row["Exclude Data?"].trim().toLowerCase();
    if (!["", "true", "false", "1.0", "1", "0", "0.0"].includes(flag))
      throw new Error(`${label}: row ${i + 1} has Exclude Data? "${row["Exclude Data?"]}".`);
    const year = parseCounted(row["Year / Date"], tally);
    records.push({
      solution,
      metric,
      value,
      unit: spec.unit,
      statedUnit: compact === spec.units[0] ? null : stated,
      excluded: flag === "true" || flag === "1.0" || flag === "1",
      source: row["SOURCE ID: Author/Org, Date, Info"].split(";")[0].trim(),
      region: row["World / Drawdown Region"].trim() || null,
      location: row["Specific Geographic Location"].trim() || null,
      year: year === null ? null : Math.round(year),
      rawValue: raw,
      valueFrom: converted !== null ? "conversion" : "raw",
      originalUnits: row["Original Units"].trim() || null,
      licence: DRAWDOWN_LICENCE
    });
  });
  return { records, withoutValue };
}

/** Ranges (R type-7 quartiles) of the included rows per solution and metric. */
export function summariseRestorationCosts(records: readonly RestorationCostRecord[]): RestorationCostRange[] {
  const groups = new Map<string, RestorationCostRecord[]>();
  for (const r of records) {
    if (r.excluded) continue;
    const key = `${r.solution}|${r.metric}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
  }
  return [...groups.values()].map((rows) => {
    const values = rows.map((r) => r.value);
    const q = (p: number) => round(quantile(values, p), 3)!;
    return {
      solution: rows[0].solution,
      metric: rows[0].metric,
      unit: rows[0].unit,
      n: rows.length,
      min: q(0),
      p25: q(0.25),
      median: q(0.5),
      p75: q(0.75),
      max: q(1),
      mean: round(mean(values), 3)!,
      licence: DRAWDOWN_LICENCE
    };
  });
}

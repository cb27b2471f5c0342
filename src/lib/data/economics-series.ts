/**
 * Yearly World Bank series the investment page needs beyond the latest values of `country-economics`: the
 * nominal lending rate (FR.INR.LEND) and CPI inflation (FP.CPI.TOTL.ZG) per country, so that the real
 * discount rate is computed from same-year pairs over several years (economics-estimates.ts,
 * realDiscountRange), and US inflation to express Project Drawdown's US$2014 in current dollars.
 * Pure: decoded text of the raw files in, series out. Data: data/SOURCES.md (economics).
 */
import { parseCsv } from "../util/csv.js";
import type { YearValue } from "./records.js";

export interface CountrySeries {
  /** Nominal lending rate, % per year, oldest first (the last `keepYears` years with a value). */
  lendingRatePct: YearValue[];
  /** CPI inflation, % per year, oldest first (the last `keepYears` years with a value). */
  inflationPct: YearValue[];
}

function finite(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const x = Number(text);
  return Number.isFinite(x) ? x : null;
}

/**
 * Long table `Country, Country Code, Year, Inflation` → code → yearly values.
 * @throws Error naming the file and the missing column
 */
export function parseLongSeries(text: string, file: string, valueColumn: string): Map<string, YearValue[]> {
  const records = parseCsv(text);
  if (!records.length) throw new Error(`${file}: empty file`);
  const header = records[0].fields.map((f) => f.trim());
  const code = header.indexOf("Country Code");
  const year = header.indexOf("Year");
  const value = header.indexOf(valueColumn);
  if (code < 0 || year < 0 || value < 0)
    throw new Error(`${file}: needs columns Country Code, Year and ${valueColumn} (header: ${header.join(", ")})`);
  const out = new Map<string, YearValue[]>();
  for (const r of records.slice(1)) {
    const y = finite(r.fields[year]);
    const v = finite(r.fields[value]);
    if (y === null || v === null) continue;
    const key = (r.fields[code] ?? "").trim();
    (out.get(key) ?? out.set(key, []).get(key)!).push({ year: y, value: v });
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/**
 * World Bank bulk-download CSV (wide: `Country Name, Country Code, Indicator Name, Indicator Code, 1960, …`,
 * header after a BOM line and a blank line) → code → yearly values.
 * @throws Error naming the file when there is no header or no year column
 */
export function parseWideSeries(text: string, file: string): Map<string, YearValue[]> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('"Country Name"'));
  if (start < 0) throw new Error(`${file}: no header line starting with "Country Name"`);
  const records = parseCsv(lines.slice(start).join("\n"));
  const header = records[0].fields;
  const code = header.indexOf("Country Code");
  const years = header.map((h, i) => ({ year: /^\d{4}$/.test(h) ? Number(h) : null, i })).filter((c) => c.year !== null);
  if (code < 0 || !years.length) throw new Error(`${file}: needs a Country Code column and year columns`);
  const out = new Map<string, YearValue[]>();
  for (const r of records.slice(1)) {
    const list: YearValue[] = [];
    for (const { year, i } of years) {
      const v = finite(r.fields[i]);
      if (v !== null) list.push({ year: year!, value: v });
    }
    if (list.length) out.set((r.fields[code] ?? "").trim(), list);
  }
  return out;
}

/** The page's series: per country the lending rate and the same years' inflation; US inflation since 2014. */
export interface EconomicsSeries {
  countries: Record<string, CountrySeries>;
  /** US CPI inflation, % per year, from 2014 on (for Drawdown's US$2014). */
  usInflationPct: YearValue[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Per country code: the last `keepYears` lending-rate values and the inflation of the same span of years
 * (values rounded to 0.001 %), plus US inflation since 2014. Codes must be three capital letters.
 */
export function economicsSeries(lending: Map<string, YearValue[]>, inflation: Map<string, YearValue[]>, keepYears = 12): EconomicsSeries {
  const countries: Record<string, CountrySeries> = {};
  const r = (d: YearValue) => ({ year: d.year, value: round3(d.value) });
  for (const code of [...lending.keys()].sort()) {
    if (!/^[A-Z]{3}$/.test(code)) continue;
    const lend = (lending.get(code) ?? []).slice(-keepYears);
    if (!lend.length) continue;
    const first = lend[0].year;
    const last = lend[lend.length - 1].year;
    countries[code] = {
      lendingRatePct: lend.map(r),
      inflationPct: (inflation.get(code) ?? []).filter((d) => d.year >= first && d.year <= last).map(r)
    };
  }
  return { countries, usInflationPct: (inflation.get("USA") ?? []).filter((d) => d.year >= 2014).map(r) };
}

/**
 * Discount rates: the real rate from a country's lending rate and inflation, and a price index since a year.
 */

import type { YearValue } from "../data/records.js";
import { quantile7 } from "../decision/index.js";
import { realRatePct } from "./finance.js";

export function realDiscountRange(
  lending: readonly YearValue[],
  inflation: readonly YearValue[]
): { lower: number; upper: number; years: [number, number]; rates: YearValue[] } | null {
  const inflationByYear = new Map(inflation.filter((d) => Number.isFinite(d.value)).map((d) => [d.year, d.value]));
  const rates = lending
    .filter((d) => Number.isFinite(d.value) && inflationByYear.has(d.year) && inflationByYear.get(d.year)! > -100)
    .sort((a, b) => a.year - b.year)
    .map((d) => ({ year: d.year, value: realRatePct(d.value, inflationByYear.get(d.year)!) }))
    .slice(-10);
  if (rates.length < 3 || rates[rates.length - 1].year < 2005) return null;
  const [p10, p90] = quantile7(Float64Array.from(rates.map((r) => r.value)), [0.1, 0.9]);
  const lower = Math.min(23, Math.max(1, p10));
  const upper = Math.min(25, Math.max(lower + 2, p90));
  return { lower, upper, years: [rates[0].year, rates[rates.length - 1].year], rates };
}

/**
 * Price level of the latest year relative to `baseYear`, from yearly US CPI inflation (%):
 * Π over years after baseYear of (1 + π/100). Returns null when a year is missing.
 */
export function priceIndexSince(baseYear: number, inflation: readonly YearValue[]): { factor: number; toYear: number } | null {
  const byYear = new Map(inflation.map((d) => [d.year, d.value]));
  const years = [...byYear.keys()].filter((y) => y > baseYear).sort((a, b) => a - b);
  if (!years.length) return null;
  let factor = 1;
  for (let y = baseYear + 1; y <= years[years.length - 1]; y++) {
    const value = byYear.get(y);
    if (value === undefined || !Number.isFinite(value)) return null;
    factor *= 1 + value / 100;
  }
  return { factor, toYear: years[years.length - 1] };
}

/** Use classes that count as each product. */

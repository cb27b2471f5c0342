/**
 * Discount rates. The decision NPV is discounted at a social (real) rate from public guidance by default;
 * the real rate implied by the country's commercial lending rate — what a private borrower pays, not a
 * decision-maker's time preference — is a sensitivity, bounded to plausible values. Also a price index
 * since a year (US CPI), to bring Drawdown's 2014 dollars to today.
 */

import type { YearValue } from "../data/records.js";
import { quantile7 } from "../decision/index.js";
import { realRatePct } from "./finance.js";

/**
 * Social discount rate, real %/yr, 90 % interval: from the lowest to the highest rate in the guidance a
 * restoration decision would be appraised under — US OMB Circular A-4 (2023 revision): 2.0 %; European
 * Commission, Better Regulation Toolbox (2023), tool #61: 3 %; UK HM Treasury Green Book (2022): 3.5 %;
 * Asian Development Bank, Guidelines for the Economic Analysis of Projects (2017): 6 % for projects in the
 * social sectors and for environmental protection (9 % otherwise).
 */
export const SOCIAL_DISCOUNT = {
  lower: 2,
  upper: 6,
  source:
    "Social discount rates in public guidance: US OMB Circular A-4 (2023) 2.0 %; EU Better Regulation Toolbox (2023) 3 %; UK Green Book (2022) 3.5 %; ADB Guidelines for the Economic Analysis of Projects (2017) 6 % for social-sector and environmental projects. 90 % interval 2–6 %"
} as const;

/** A lending-based real rate is kept within these bounds, %/yr (outside them a notice says so). */
export const LENDING_DISCOUNT_BOUNDS = [1, 15] as const;

/** The real discount rate implied by a country's recent lending rates and inflation (P10–P90 of the last 10 years). */
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

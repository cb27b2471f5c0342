/**
 * Site climate basics: month names, the thresholds the site rules share (dry month, growing month, lapse
 * rate, IDW settings), missing CHELSA months filled, annual figures (dry months, seasonality) and the
 * scenario's short name. Months are indexed 0 = January … 11 = December; °C, mm, km, m a.s.l.
 * Every threshold and formula is written out in docs/site-assessment.md with its source.
 */

import { koppenFromMonthly } from "./koppen.js";
import { plantingSeasons } from "./seasons.js";
import type { ClimateSummary } from "./stations.js";

/** Environmental lapse rate of the ICAO standard atmosphere, °C per m (0.65 °C per 100 m). */
export const LAPSE_RATE_C_PER_M = 0.0065;
/** A month with less rain than this is dry (the Köppen tropical dry-month threshold), mm. */
export const DRY_MONTH_MM = 60;
/** Default IDW settings: the 5 nearest stations within 300 km, weights 1/d². */
export const IDW_DEFAULTS = { k: 5, power: 2, maxKm: 300 } as const;
/** Warn when the nearest station is farther than this, km. */
export const FAR_STATION_KM = 100;
/** Warn when a station's elevation differs from the site's by more than this, m. */
export const ELEVATION_WARNING_M = 300;
/**
 * When a month is filled by interpolation and the annual mean is known, the filled months are shifted so
 * that the 12 months average to the annual mean — unless the shift would exceed this (°C), which signals
 * an annual mean from another source; then the plain interpolation is kept and the caller is told.
 */
export const MAX_ANNUAL_MEAN_SHIFT_C = 5;
/** Months colder than this (°C) are too cold for seedlings to establish, whatever the rain. */
export const GROWING_MONTH_MIN_C = 5;

/** Monthly mean temperature (°C) and precipitation (mm), January to December. */
export interface MonthlyClimate {
  temperature: number[];
  precipitation: number[];
}

// ---------------------------------------------------------------------------------------------------
// Filling missing months

export interface FilledSeries {
  values: number[];
  /** Indices of the months that were filled (empty when none was missing). */
  filled: number[];
  /** How the filled months were estimated. */
  method: "none" | "linear" | "linear, shifted to the annual mean";
}

/**
 * Fills missing (null) months of a monthly temperature series: each missing month is interpolated
 * linearly (in time, around the year) between the nearest known months before and after it. When the
 * annual mean is known, all filled months are then shifted by the same amount so that the 12 months
 * average to it — which recovers the bulk of a seasonal extreme that straight-line interpolation cuts off
 * (CHELSA's June and July at southern-hemisphere stations are the coldest months, below both May and
 * August). The shift is skipped when it would exceed MAX_ANNUAL_MEAN_SHIFT_C.
 *
 * Returns null when fewer than 2 months are known (nothing to interpolate from).
 */
export function fillMissingMonths(monthly: readonly (number | null)[], annualMean?: number | null): FilledSeries | null {
  if (monthly.length !== 12) throw new RangeError(`A monthly series needs 12 values (got ${monthly.length}).`);
  const known = monthly.map((v) => v !== null && Number.isFinite(v));
  const nKnown = known.filter(Boolean).length;
  if (nKnown < 2) return null;
  const values = monthly.map((v) => (v === null || !Number.isFinite(v) ? NaN : v));
  const filled: number[] = [];
  for (let m = 0; m < 12; m++) {
    if (known[m]) continue;
    let back = 1;
    while (!known[(m - back + 12) % 12]) back++;
    let ahead = 1;
    while (!known[(m + ahead) % 12]) ahead++;
    const before = values[(m - back + 12) % 12];
    const after = values[(m + ahead) % 12];
    values[m] = before + ((after - before) * back) / (back + ahead);
    filled.push(m);
  }
  if (!filled.length) return { values, filled, method: "none" };
  if (annualMean !== null && annualMean !== undefined && Number.isFinite(annualMean)) {
    const shift = (12 * annualMean - sum(values)) / filled.length;
    if (Math.abs(shift) <= MAX_ANNUAL_MEAN_SHIFT_C) {
      for (const m of filled) values[m] += shift;
      return { values, filled, method: "linear, shifted to the annual mean" };
    }
  }
  return { values, filled, method: "linear" };
}

// ---------------------------------------------------------------------------------------------------
// Annual figures

/**
 * Derived figures from a monthly climate (and annual values for what months cannot give). When months
 * are known, the annual mean temperature is their mean and the annual rainfall their sum, so every figure
 * on the page agrees with the climograph.
 */
export function summarizeClimate(
  monthly: MonthlyClimate | null,
  annual: { tMean: number | null; precAnnual: number | null; tMinColdest: number | null; tMaxWarmest: number | null },
  lat: number
): ClimateSummary {
  if (!monthly) {
    return {
      monthly: null,
      ...annual,
      tColdestMonth: null,
      tWarmestMonth: null,
      dryMonths: null,
      tSeasonalitySd: null,
      precSeasonalityCv: null,
      seasons: null,
      koppen: null
    };
  }
  const t = monthly.temperature;
  const p = monthly.precipitation;
  const koppen = koppenFromMonthly(t, p, lat);
  return {
    monthly,
    tMean: mean(t),
    precAnnual: sum(p),
    tMinColdest: annual.tMinColdest,
    tMaxWarmest: annual.tMaxWarmest,
    tColdestMonth: Math.min(...t),
    tWarmestMonth: Math.max(...t),
    dryMonths: dryMonths(p),
    tSeasonalitySd: populationSd(t),
    precSeasonalityCv: precipitationSeasonality(p),
    seasons: plantingSeasons(t, p, lat, koppen),
    koppen
  };
}

/** Number of months with less than `thresholdMm` of rain (default 60 mm). */
export function dryMonths(precipitation: readonly number[], thresholdMm = DRY_MONTH_MM): number {
  return precipitation.filter((p) => p < thresholdMm).length;
}

/**
 * Precipitation seasonality, % (bio15 as CHELSA computes it, which the station data carry): the
 * coefficient of variation of the 12 monthly totals, 100 × population SD / mean. Recomputing it from
 * CHELSA's monthly values reproduces the stations' bio15 to a median of 0.02 % (test/data/site.test.ts).
 * Null when no rain falls at all.
 */
export function precipitationSeasonality(precipitation: readonly number[]): number | null {
  const m = mean(precipitation);
  return m > 0 ? (100 * populationSd(precipitation)) / m : null;
}

// ---------------------------------------------------------------------------------------------------
// Small numeric helpers

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export function mean(xs: readonly number[]): number {
  return sum(xs) / xs.length;
}

/** Population standard deviation (divisor n), as CHELSA's bio4 and bio15 use. */
export function populationSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(sum(xs.map((x) => (x - m) ** 2)) / xs.length);
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * A short name for the scenario climate, e.g. "+3 °C", "+2.5 °C, −10 % rain", or "no change" (0 °C, 0 %).
 * Uses the typographic minus; values are rounded to `digits` decimals (the site page shows a preset's
 * 1.27 °C as set).
 */
export function describeScenario(warmingC: number, rainfallPct: number, digits = 1): string {
  const f = 10 ** digits;
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(Math.round(x * f) / f)}`;
  if (warmingC === 0 && rainfallPct === 0) return "no change";
  const parts: string[] = [];
  if (warmingC !== 0) parts.push(`${signed(warmingC)} °C`);
  if (rainfallPct !== 0) parts.push(`${signed(rainfallPct)} % rain`);
  return parts.join(", ");
}

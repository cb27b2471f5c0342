/**
 * How dry a site is: potential evapotranspiration from monthly temperature and latitude (Thornthwaite
 * 1948), the aridity index P/PET and its UNEP class (Middleton & Thomas 1997, World Atlas of
 * Desertification). Months are indexed 0 = January; °C, mm, degrees latitude. Method and sources:
 * docs/site-assessment.md ("Dryness").
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Day of the year of each month's middle (the 15th; non-leap year). */
const MID_MONTH_DAY = [15, 46, 74, 105, 135, 166, 196, 227, 258, 288, 319, 349];

/**
 * Mean day length, hours, on day `dayOfYear` at latitude `latDeg`: N = 24/π · ωs with the sunset hour angle
 * ωs = arccos(−tan φ · tan δ) and the solar declination δ = 0.409 · sin(2π·J/365 − 1.39) (FAO-56, Allen et
 * al. 1998, eqs. 24, 25 and 34). Polar day and night give 24 and 0 hours.
 */
export function dayLengthHours(latDeg: number, dayOfYear: number): number {
  const phi = (latDeg * Math.PI) / 180;
  const delta = 0.409 * Math.sin((2 * Math.PI * dayOfYear) / 365 - 1.39);
  const x = -Math.tan(phi) * Math.tan(delta);
  if (x <= -1) return 24;
  if (x >= 1) return 0;
  return (24 / Math.PI) * Math.acos(x);
}

/**
 * Monthly potential evapotranspiration, mm, by Thornthwaite (1948, Geographical Review 38: 55–94):
 * heat index I = Σ (T/5)^1.514 over months with T > 0; a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239;
 * unadjusted PET = 16·(10·T/I)^a mm for a 30-day month of 12-hour days (0 for T ≤ 0; above 26.5 °C the
 * tabulated hot-month values, PET = −415.85 + 32.24·T − 0.43·T², Willmott, Rowe & Mintz 1985), then
 * × (N/12)·(days/30) for the month's day length N at the site's latitude.
 */
export function thornthwaitePet(temperature: readonly number[], latDeg: number): number[] {
  if (temperature.length !== 12) throw new RangeError(`thornthwaitePet: 12 monthly temperatures needed (got ${temperature.length})`);
  let heatIndex = 0;
  for (const t of temperature) if (t > 0) heatIndex += (t / 5) ** 1.514;
  if (heatIndex === 0) return temperature.map(() => 0);
  const a = 6.75e-7 * heatIndex ** 3 - 7.71e-5 * heatIndex ** 2 + 1.792e-2 * heatIndex + 0.49239;
  return temperature.map((t, m) => {
    if (t <= 0) return 0;
    const unadjusted = t < 26.5 ? 16 * ((10 * t) / heatIndex) ** a : -415.85 + 32.24 * t - 0.43 * t * t;
    return unadjusted * (dayLengthHours(latDeg, MID_MONTH_DAY[m]) / 12) * (DAYS_IN_MONTH[m] / 30);
  });
}

/** UNEP aridity classes by the aridity index P/PET (Middleton & Thomas 1997). */
export type AridityClass = "hyper-arid" | "arid" | "semi-arid" | "dry sub-humid" | "humid";

/** Class bounds: hyper-arid < 0.05 ≤ arid < 0.20 ≤ semi-arid < 0.50 ≤ dry sub-humid < 0.65 ≤ humid. */
export function aridityClass(index: number): AridityClass {
  if (index < 0.05) return "hyper-arid";
  if (index < 0.2) return "arid";
  if (index < 0.5) return "semi-arid";
  if (index < 0.65) return "dry sub-humid";
  return "humid";
}

export interface Dryness {
  /** Annual potential evapotranspiration (Thornthwaite), mm. */
  petMm: number;
  /** Annual precipitation ÷ annual PET; Infinity when PET is 0 (every month at or below 0 °C). */
  aridityIndex: number;
  aridityClass: AridityClass;
}

/** Annual PET, the aridity index and its class for a monthly climate at latitude `latDeg`. */
export function dryness(temperature: readonly number[], precipitation: readonly number[], latDeg: number): Dryness {
  const petMm = thornthwaitePet(temperature, latDeg).reduce((s, x) => s + x, 0);
  const rain = precipitation.reduce((s, x) => s + x, 0);
  const aridityIndex = petMm > 0 ? rain / petMm : Number.POSITIVE_INFINITY;
  return { petMm, aridityIndex, aridityClass: aridityClass(aridityIndex) };
}

/**
 * Below this aridity index (arid and hyper-arid, UNEP) rain-fed tree establishment is not expected: trees
 * need water harvesting or irrigation (notes/site-productivity.md; FAO Arid Zone Forestry, 1989).
 */
export const RAINFED_MIN_ARIDITY_INDEX = 0.2;

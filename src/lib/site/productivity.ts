/**
 * Site productivity: how much the site's climate lets trees grow relative to the climate a yield figure
 * was measured in, by the Miami model of net primary production (Lieth 1975, in Lieth & Whittaker (eds),
 * Primary Productivity of the Biosphere, Springer, pp. 237–263):
 *   NPP_T = 3000 / (1 + exp(1.315 − 0.119·T)),  NPP_P = 3000 · (1 − exp(−0.000664·P)),  NPP = min(NPP_T, NPP_P)
 * in g dry matter m⁻² yr⁻¹, T the annual mean temperature (°C), P the annual rainfall (mm). The ratio of the
 * site's NPP to the reference's scales yields, growth and carbon uptake (docs/investment-model.md, "Site
 * productivity"). It says nothing about soil (the spoil growth factor does) and is capped at 1.2: a site a
 * little more productive than the reference does not earn more than that.
 */

import { median } from "../util/stats.js";

/** Miami-model NPP, g/m²/yr, and which factor limits it. */
export interface MiamiNpp {
  npp: number;
  byTemperature: number;
  byRainfall: number;
  limitedBy: "temperature" | "rainfall";
}

export function miamiNpp(tMeanC: number, precMm: number): MiamiNpp {
  if (!Number.isFinite(tMeanC) || !Number.isFinite(precMm) || precMm < 0)
    throw new RangeError(`miamiNpp: bad climate (${tMeanC} °C, ${precMm} mm)`);
  const byTemperature = 3000 / (1 + Math.exp(1.315 - 0.119 * tMeanC));
  const byRainfall = 3000 * (1 - Math.exp(-0.000664 * precMm));
  return {
    npp: Math.min(byTemperature, byRainfall),
    byTemperature,
    byRainfall,
    limitedBy: byTemperature <= byRainfall ? "temperature" : "rainfall"
  };
}

/**
 * The reference climate of the global yield figures (Project Drawdown's agroforestry and silvopasture
 * margins, the oil-seed and honey assumptions): a warm, moist lowland climate, 25 °C and 1,500 mm, where
 * most of that evidence comes from (assumption; docs/investment-model.md). NPP ≈ 1,891 g/m²/yr.
 */
export const REFERENCE_CLIMATE = { tMeanC: 25, precMm: 1500 } as const;

/** A productivity ratio is never above this (assumption: no bonus beyond the places yields were measured). */
export const MAX_PRODUCTIVITY_RATIO = 1.2;

/** The site's productivity against the global reference and against its own country's stations. */
export interface SiteProductivity {
  /** Site NPP, g/m²/yr, and what limits it. */
  site: MiamiNpp;
  referenceNpp: number;
  /** Site ÷ reference, capped: scales the global yield figures. */
  global: number;
  /** Median NPP of the country's weather stations, g/m²/yr, or null when unknown. */
  countryNpp: number | null;
  /** Site ÷ country median, capped: scales country figures (SDPT growth and carbon); null when unknown. */
  country: number | null;
  /** One sentence for notes and sources. */
  text: string;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.min(MAX_PRODUCTIVITY_RATIO, a / b) : 0);

/**
 * The site's productivity from its present annual climate, or null when the climate is unknown.
 * `countryNpp` is the median Miami NPP of the weather stations of the site's country (data/country-climate.json).
 */
export function siteProductivity(
  climate: { tMean: number | null; precAnnual: number | null } | null,
  countryNpp: number | null
): SiteProductivity | null {
  if (!climate || climate.tMean === null || climate.precAnnual === null) return null;
  const site = miamiNpp(climate.tMean, climate.precAnnual);
  const referenceNpp = miamiNpp(REFERENCE_CLIMATE.tMeanC, REFERENCE_CLIMATE.precMm).npp;
  const global = ratio(site.npp, referenceNpp);
  const country = countryNpp !== null && countryNpp > 0 ? ratio(site.npp, countryNpp) : null;
  const text =
    `Miami-model NPP (Lieth 1975) ${Math.round(site.npp)} g/m²/yr at ${climate.tMean.toFixed(1)} °C and ${Math.round(climate.precAnnual)} mm ` +
    `(limited by ${site.limitedBy}): ${global.toFixed(2)} × the reference climate (25 °C, 1,500 mm: ${Math.round(referenceNpp)})` +
    (country !== null ? `, ${country.toFixed(2)} × the country's median station (${Math.round(countryNpp as number)})` : "");
  return { site, referenceNpp, global, countryNpp: country === null ? null : countryNpp, country, text };
}

/** Per country (ISO3): how many weather stations carry an annual climate, and their median Miami NPP. */
export type CountryClimate = Record<string, { stations: number; nppMedian: number }>;

/**
 * The median Miami NPP of each country's weather stations (the reference for country figures such as
 * SDPT growth and carbon). Stations without a country, temperature or rainfall are left out.
 */
export function countryClimate(
  stations: Iterable<{ iso3: string | null; tMean: number | null; precAnnual: number | null }>
): CountryClimate {
  const byCountry = new Map<string, number[]>();
  for (const s of stations) {
    if (
      !s.iso3 ||
      s.tMean === null ||
      s.precAnnual === null ||
      !Number.isFinite(s.tMean) ||
      !Number.isFinite(s.precAnnual) ||
      s.precAnnual < 0
    )
      continue;
    let list = byCountry.get(s.iso3);
    if (!list) byCountry.set(s.iso3, (list = []));
    list.push(miamiNpp(s.tMean, s.precAnnual).npp);
  }
  const out: CountryClimate = {};
  for (const [iso3, values] of [...byCountry].sort(([a], [b]) => a.localeCompare(b)))
    out[iso3] = { stations: values.length, nppMedian: Math.round(median(values) as number) };
  return out;
}

/**
 * Site climate from weather-station climatologies: inverse-distance weighting (IDW) of the nearest
 * stations with a lapse-rate correction for elevation, monthly series with the missing CHELSA months
 * filled, annual figures, dry months, seasonality, wet seasons and the planting window, the Köppen–Geiger
 * class computed from the monthly climate (the 0.5° grid lookup is koppenAt in ./data/koppen.ts), and
 * climate-change adjustment with presets from the IPCC AR6 regional CMIP6 warming.
 *
 * Every threshold and formula is written out in docs/site-assessment.md with its source.
 * Months are indexed 0 = January … 11 = December. Temperatures °C, precipitation mm, distances km,
 * elevations m a.s.l.
 */

import { type ClimateChangeData, warmingAt } from "../data/climate-change.js";
import type { ClimateStation } from "../data/records.js";
import { GridIndex, isValidCoordinate } from "../util/geo.js";

export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

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
// Inverse-distance weighting

/** Temperature at `toElevation` given one at `fromElevation`, by the standard lapse rate, °C. */
export function lapseAdjust(temperature: number, fromElevation: number, toElevation: number, lapseRate = LAPSE_RATE_C_PER_M): number {
  return temperature + lapseRate * (fromElevation - toElevation);
}

/**
 * Inverse-distance-weighted mean of values at distances (km): Σ wᵢvᵢ / Σ wᵢ with wᵢ = 1/dᵢ^power
 * (Shepard 1968). Entries whose value is null are left out and the weights of the rest renormalised.
 * A value at distance 0 is returned as it is (the weight would be infinite). Null when no value is known.
 */
export function idw(points: readonly { distanceKm: number; value: number | null }[], power = 2): number | null {
  const usable = points.filter((p) => p.value !== null && Number.isFinite(p.value));
  if (!usable.length) return null;
  const exact = usable.find((p) => p.distanceKm < 1e-6);
  if (exact) return exact.value;
  let weighted = 0;
  let total = 0;
  for (const p of usable) {
    const w = 1 / p.distanceKm ** power;
    weighted += w * (p.value as number);
    total += w;
  }
  return weighted / total;
}

/** Normalised IDW weights (sum 1) of stations at these distances. */
export function idwWeights(distancesKm: readonly number[], power = 2): number[] {
  const exact = distancesKm.findIndex((d) => d < 1e-6);
  if (exact >= 0) return distancesKm.map((_, i) => (i === exact ? 1 : 0));
  const w = distancesKm.map((d) => 1 / d ** power);
  const total = sum(w);
  return w.map((x) => x / total);
}

/** A station used in an estimate. */
export interface StationUse {
  id: string;
  name: string | null;
  iso3: string | null;
  lat: number;
  lon: number;
  elevation: number | null;
  distanceKm: number;
  /** Normalised IDW weight from distance alone (a variable a station lacks is reweighted among the rest). */
  weight: number;
  /** Months of this station's temperature series that were filled (see fillMissingMonths). */
  filledMonths: number[];
}

export interface ClimateSummary {
  /** Monthly means, or null when no nearby station has a full monthly series. */
  monthly: MonthlyClimate | null;
  /** Annual mean temperature, °C. */
  tMean: number | null;
  /** Annual precipitation, mm. */
  precAnnual: number | null;
  /** Mean daily minimum temperature of the coldest month, °C (bio6). */
  tMinColdest: number | null;
  /** Mean daily maximum temperature of the warmest month, °C (bio5). */
  tMaxWarmest: number | null;
  /** Mean temperature of the coldest and the warmest month, °C. */
  tColdestMonth: number | null;
  tWarmestMonth: number | null;
  /** Months with less than DRY_MONTH_MM of rain. */
  dryMonths: number | null;
  /** Temperature seasonality: population standard deviation of the 12 monthly means, °C (CHELSA bio4 / 100). */
  tSeasonalitySd: number | null;
  /** Precipitation seasonality: coefficient of variation of monthly rain, % (CHELSA bio15). */
  precSeasonalityCv: number | null;
  /** Wet seasons and the planting window, or null without a monthly series. */
  seasons: SeasonPattern | null;
  /** Köppen–Geiger class computed from the monthly climate (Kottek et al. 2006 rules), or null. */
  koppen: string | null;
}

export interface ClimateEstimate extends ClimateSummary {
  status: "ok";
  stations: StationUse[];
  nearestKm: number;
  /** Site elevation used for the lapse-rate correction, m, and where it came from. */
  elevation: number | null;
  elevationSource: "given" | "stations" | "unknown";
  /** Things the user should know about the estimate's quality (far stations, elevation gaps). */
  warnings: string[];
  /** How the estimate was made (stations, filled months), in plain words. */
  notes: string[];
  options: { k: number; power: number; maxKm: number; lapseRate: number };
}

export interface NoClimate {
  status: "no-station";
  /** Distance to the nearest station with climate data, km, or null when there is none at all. */
  nearestKm: number | null;
  maxKm: number;
  message: string;
}

export interface EstimateOptions {
  /** Number of nearest stations (default 5). */
  k?: number;
  /** IDW power (default 2). */
  power?: number;
  /** Stations farther than this are not used, km (default 300). */
  maxKm?: number;
  /** Site elevation, m; when null/undefined the IDW mean of the stations' elevations is used. */
  siteElevation?: number | null;
  lapseRate?: number;
}

/** Stations that carry any climate at all (an index over them is what estimateClimate searches). */
export function hasClimate(s: ClimateStation): boolean {
  return s.tMean !== null || s.precAnnual !== null || s.tMonthly !== null || s.precMonthly !== null;
}

/** A spatial index over the stations that have climate data. */
export function stationIndex(stations: Iterable<ClimateStation>): GridIndex<ClimateStation> {
  return new GridIndex([...stations].filter(hasClimate));
}

/**
 * The climate at (lat, lon) from the `k` nearest stations within `maxKm`, by IDW, with temperatures
 * corrected to the site elevation by the lapse rate. Returns {status: "no-station"} when no station is
 * within `maxKm` (e.g. mid-ocean): a climate is never invented.
 */
export function estimateClimate(
  index: GridIndex<ClimateStation>,
  lat: number,
  lon: number,
  options: EstimateOptions = {}
): ClimateEstimate | NoClimate {
  if (!isValidCoordinate(lat, lon)) throw new RangeError(`Invalid coordinate (${lat}, ${lon}).`);
  const k = options.k ?? IDW_DEFAULTS.k;
  const power = options.power ?? IDW_DEFAULTS.power;
  const maxKm = options.maxKm ?? IDW_DEFAULTS.maxKm;
  const lapseRate = options.lapseRate ?? LAPSE_RATE_C_PER_M;
  const neighbours = index.nearest(lat, lon, k, maxKm);
  if (!neighbours.length) {
    const nearest = index.nearest(lat, lon, 1)[0];
    const nearestKm = nearest ? nearest.distanceKm : null;
    return {
      status: "no-station",
      nearestKm,
      maxKm,
      message:
        nearestKm === null
          ? "No weather station with climate data is available."
          : `No weather station within ${maxKm} km (the nearest is ${Math.round(nearestKm)} km away), so no climate is estimated here.`
    };
  }

  const weights = idwWeights(
    neighbours.map((n) => n.distanceKm),
    power
  );
  const warnings: string[] = [];
  const notes: string[] = [];

  // Site elevation: given, or the IDW mean of the stations' elevations.
  const given = options.siteElevation;
  let elevation: number | null;
  let elevationSource: ClimateEstimate["elevationSource"];
  if (given !== null && given !== undefined && Number.isFinite(given)) {
    elevation = given;
    elevationSource = "given";
  } else {
    elevation = idw(
      neighbours.map((n) => ({ distanceKm: n.distanceKm, value: n.item.elevation })),
      power
    );
    elevationSource = elevation === null ? "unknown" : "stations";
  }

  /** A station temperature moved to the site elevation (unchanged when either elevation is unknown). */
  const toSite = (t: number | null, station: ClimateStation): number | null =>
    t === null ? null : elevation === null || station.elevation === null ? t : lapseAdjust(t, station.elevation, elevation, lapseRate);

  // Monthly series per station: temperatures with missing months filled, then moved to the site.
  const series = neighbours.map((n) => stationMonthly(n.item));
  const stations: StationUse[] = neighbours.map((n, i) => ({
    id: n.item.id,
    name: n.item.name,
    iso3: n.item.iso3,
    lat: n.item.lat,
    lon: n.item.lon,
    elevation: n.item.elevation,
    distanceKm: n.distanceKm,
    weight: weights[i],
    filledMonths: series[i]?.filledMonths ?? []
  }));

  const withMonthly = neighbours.map((n, i) => ({ n, s: series[i] })).filter((x) => x.s !== null);
  let monthly: MonthlyClimate | null = null;
  if (withMonthly.length) {
    const temperature: number[] = [];
    const precipitation: number[] = [];
    for (let m = 0; m < 12; m++) {
      temperature.push(
        idw(
          withMonthly.map(({ n, s }) => ({ distanceKm: n.distanceKm, value: toSite(s!.temperature[m], n.item) })),
          power
        )!
      );
      precipitation.push(
        idw(
          withMonthly.map(({ n, s }) => ({ distanceKm: n.distanceKm, value: s!.precipitation[m] })),
          power
        )!
      );
    }
    monthly = { temperature, precipitation };
  }

  const annual = (pick: (s: ClimateStation) => number | null, adjust: boolean) =>
    idw(
      neighbours.map((n) => ({ distanceKm: n.distanceKm, value: adjust ? toSite(pick(n.item), n.item) : pick(n.item) })),
      power
    );
  const extras = {
    tMean: annual((s) => s.tMean, true),
    precAnnual: annual((s) => s.precAnnual, false),
    tMinColdest: annual((s) => s.tMinColdest, true),
    tMaxWarmest: annual((s) => s.tMaxWarmest, true)
  };

  // Warnings and notes, in plain words.
  const nearestKm = neighbours[0].distanceKm;
  if (nearestKm > FAR_STATION_KM)
    warnings.push(
      `The nearest station is ${Math.round(nearestKm)} km away (over ${FAR_STATION_KM} km): the climate here is an extrapolation.`
    );
  if (elevation !== null) {
    for (const s of stations) {
      if (s.elevation === null) continue;
      const diff = s.elevation - elevation;
      if (Math.abs(diff) > ELEVATION_WARNING_M)
        warnings.push(
          `${s.name ?? s.id} is ${Math.round(Math.abs(diff))} m ${diff > 0 ? "higher" : "lower"} than the ${elevationSource === "given" ? "site" : "estimated site elevation"}` +
            ` (over ${ELEVATION_WARNING_M} m): its temperatures were corrected by ${lapseRate * 1000} °C per 1000 m; its rainfall was not.`
        );
    }
  }
  const missingElevation = stations.filter((s) => s.elevation === null).length;
  if (missingElevation) notes.push(`${missingElevation} of the stations have no elevation; their temperatures are used uncorrected.`);
  if (elevationSource === "stations")
    notes.push(`Site elevation is not given: the stations' distance-weighted mean elevation (${Math.round(elevation!)} m) is used.`);
  const filledStations = stations.filter((s) => s.filledMonths.length);
  if (filledStations.length) {
    const months = [...new Set(filledStations.flatMap((s) => s.filledMonths))].sort((a, b) => a - b).map((m) => MONTH_NAMES[m]);
    notes.push(
      `${months.join(" and ")} temperatures are missing in the station data (a CHELSA extraction error upstream); ` +
        `they were interpolated from the neighbouring months and shifted so the 12 months average to the station's annual mean.`
    );
  }
  if (!monthly) notes.push("None of the nearby stations has a monthly series: only annual figures are available.");

  const summary = summarizeClimate(monthly, extras, lat);
  return {
    status: "ok",
    ...summary,
    stations,
    nearestKm,
    elevation,
    elevationSource,
    warnings,
    notes,
    options: { k, power, maxKm, lapseRate }
  };
}

/** A station's full monthly series (temperature filled where missing), or null when incomplete. */
export function stationMonthly(s: ClimateStation): (MonthlyClimate & { filledMonths: number[] }) | null {
  if (!s.tMonthly || !s.precMonthly || s.tMonthly.length !== 12 || s.precMonthly.length !== 12) return null;
  if (s.precMonthly.some((p) => p === null || !Number.isFinite(p))) return null;
  const filled = fillMissingMonths(s.tMonthly, s.tMean);
  if (!filled) return null;
  return { temperature: filled.values, precipitation: s.precMonthly as number[], filledMonths: filled.filled };
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
    seasons: wetSeasons(t, p),
    koppen: koppenFromMonthly(t, p, lat)
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
// Wet seasons and the planting window

export interface WetSeason {
  /** Month indices of the season, in calendar order from its first month (may wrap past December). */
  months: number[];
  /** Rain over the season, mm. */
  rainMm: number;
  /** Months to plant in: the season's first months, leaving at least 2 wet months after planting. */
  plantingMonths: number[];
}

export interface SeasonPattern {
  kind: "none" | "year-round" | "single" | "bimodal" | "multiple";
  /** The seasons, the main (longest; then wettest) first. */
  seasons: WetSeason[];
  /** Per month: wet and warm enough to establish seedlings. */
  wetMonths: boolean[];
  /** The planting window: the main season's planting months (all months when year-round). */
  plantingMonths: number[];
  /** One sentence for the page. */
  description: string;
}

/**
 * A month is wet when its rain exceeds twice its mean temperature (P > 2T, the Bagnouls–Gaussen
 * humid month drawn in Walter–Lieth climate diagrams) and it is not too cold to grow (T ≥ 5 °C).
 * A wet season is a run of at least 2 consecutive wet months (around the year end too); single wet
 * months between dry ones are spells, not seasons. Seedlings are planted from the first month of the
 * season while at least two wet months remain after the planting month (so roots can grow before the
 * dry season): the season minus its last two months, and at least its first month.
 */
export function wetSeasons(temperature: readonly number[], precipitation: readonly number[]): SeasonPattern {
  const wet = temperature.map((t, m) => t >= GROWING_MONTH_MIN_C && precipitation[m] > 2 * t);
  const all = [...Array(12).keys()];
  if (wet.every(Boolean)) {
    return {
      kind: "year-round",
      seasons: [{ months: all, rainMm: sum(precipitation), plantingMonths: all }],
      wetMonths: wet,
      plantingMonths: all,
      description:
        "No distinct season: every month is wet and warm enough, so planting can follow any month (avoid the wettest and hottest)."
    };
  }
  // Runs of wet months, starting after a dry month so that a run across December–January stays whole.
  const start = wet.findIndex((w) => !w);
  const runs: number[][] = [];
  let current: number[] = [];
  for (let i = 1; i <= 12; i++) {
    const m = (start + i) % 12;
    if (wet[m]) current.push(m);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  const seasons = runs
    .filter((run) => run.length >= 2)
    .map((months) => ({
      months,
      rainMm: sum(months.map((m) => precipitation[m])),
      plantingMonths: months.slice(0, Math.max(1, months.length - 2))
    }))
    .sort((a, b) => b.months.length - a.months.length || b.rainMm - a.rainMm);
  const kind: SeasonPattern["kind"] =
    seasons.length === 0 ? "none" : seasons.length === 1 ? "single" : seasons.length === 2 ? "bimodal" : "multiple";
  const span = (months: number[]) =>
    months.length === 1 ? MONTH_NAMES[months[0]] : `${MONTH_NAMES[months[0]]}–${MONTH_NAMES[months[months.length - 1]]}`;
  let description: string;
  if (kind === "none") {
    description =
      runs.length > 0
        ? "No wet season: only isolated wet months. Rain-fed planting is unlikely to establish; plan for irrigation or water harvesting."
        : "No wet season: no month has rain above twice its temperature. Rain-fed planting is unlikely to establish; plan for irrigation or water harvesting.";
  } else if (kind === "single") {
    description = `One wet season, ${span(seasons[0].months)} (${seasons[0].months.length} months, ${Math.round(seasons[0].rainMm)} mm). Plant in ${span(seasons[0].plantingMonths)}.`;
  } else {
    description =
      `${kind === "bimodal" ? "Two" : seasons.length} wet seasons: ` +
      seasons.map((s) => `${span(s.months)} (${s.months.length} months, ${Math.round(s.rainMm)} mm)`).join(" and ") +
      `. Plant early in the main season, ${span(seasons[0].plantingMonths)}` +
      (seasons.length > 1 ? `, or in ${span(seasons[1].plantingMonths)}.` : ".");
  }
  return { kind, seasons, wetMonths: wet, plantingMonths: seasons[0]?.plantingMonths ?? [], description };
}

// ---------------------------------------------------------------------------------------------------
// Köppen–Geiger

/**
 * The Köppen–Geiger class of a monthly climate by the rules of Kottek et al. (2006, Table 1), which the
 * 0.5° grid (Rubel et al. 2017) also follows. Summer is April–September in the northern hemisphere and
 * October–March in the southern. E is tested first, then B, then A, C and D.
 */
export function koppenFromMonthly(temperature: readonly number[], precipitation: readonly number[], lat: number): string {
  if (temperature.length !== 12 || precipitation.length !== 12) throw new RangeError("Köppen needs 12 monthly values.");
  const t = temperature;
  const p = precipitation;
  const tAnn = mean(t);
  const pAnn = sum(p);
  const tMin = Math.min(...t);
  const tMax = Math.max(...t);
  const summer = lat >= 0 ? [3, 4, 5, 6, 7, 8] : [9, 10, 11, 0, 1, 2];
  const winter = [...Array(12).keys()].filter((m) => !summer.includes(m));
  const ps = summer.map((m) => p[m]);
  const pw = winter.map((m) => p[m]);
  const [pSmin, pSmax, pWmin, pWmax] = [Math.min(...ps), Math.max(...ps), Math.min(...pw), Math.max(...pw)];
  // Dryness threshold Pth (Kottek: in mm when compared as Pann < 10·Pth).
  const pTh = sum(pw) >= (2 / 3) * pAnn ? 2 * tAnn : sum(ps) >= (2 / 3) * pAnn ? 2 * tAnn + 28 : 2 * tAnn + 14;

  if (tMax < 10) return tMax < 0 ? "EF" : "ET";
  if (pAnn < 10 * pTh) return (pAnn <= 5 * pTh ? "BW" : "BS") + (tAnn >= 18 ? "h" : "k");
  if (tMin >= 18) {
    const pMin = Math.min(...p);
    if (pMin >= 60) return "Af";
    if (pAnn >= 25 * (100 - pMin)) return "Am";
    return pSmin < pWmin ? "As" : "Aw";
  }
  const group = tMin > -3 ? "C" : "D";
  const seasonality = pSmin < pWmin && pWmax > 3 * pSmin && pSmin < 40 ? "s" : pWmin < pSmin && pSmax > 10 * pWmin ? "w" : "f";
  const warmMonths = t.filter((x) => x >= 10).length;
  const heat = tMax >= 22 ? "a" : warmMonths >= 4 ? "b" : tMin > -38 ? "c" : "d";
  return group + seasonality + heat;
}

// ---------------------------------------------------------------------------------------------------
// Climate change

/**
 * A climate shifted by a scenario: `warmingC` (°C) is added to every temperature and precipitation is
 * multiplied by (1 + rainfallPct/100), month by month ("delta change" method). The result is summarised
 * exactly like the present climate, so dry months, seasons and the Köppen class follow.
 */
export function adjustClimate(present: ClimateSummary, warmingC: number, rainfallPct: number, lat: number): ClimateSummary {
  if (!Number.isFinite(warmingC) || !Number.isFinite(rainfallPct)) throw new RangeError("Warming and rainfall change must be numbers.");
  if (rainfallPct < -100) throw new RangeError(`Rainfall cannot fall by more than 100 % (got ${rainfallPct} %).`);
  const factor = 1 + rainfallPct / 100;
  const plus = (x: number | null) => (x === null ? null : x + warmingC);
  const monthly = present.monthly
    ? {
        temperature: present.monthly.temperature.map((t) => t + warmingC),
        precipitation: present.monthly.precipitation.map((p) => p * factor)
      }
    : null;
  return summarizeClimate(
    monthly,
    {
      tMean: plus(present.tMean),
      precAnnual: present.precAnnual === null ? null : present.precAnnual * factor,
      tMinColdest: plus(present.tMinColdest),
      tMaxWarmest: plus(present.tMaxWarmest)
    },
    lat
  );
}

/** A climate-change setting the user can pick, with where its numbers come from. */
export interface ClimatePreset {
  /** Stored in the Scenario (an identifier). */
  id: string;
  label: string;
  warmingC: number;
  rainfallPct: number;
  /** 10th–90th percentile across CMIP6 models of the warming, °C, when from AR6. */
  warmingRange: [number, number] | null;
  nModels: number | null;
  /** AR6 region the numbers are for (acronym and name), or null. */
  region: string | null;
  regionName: string | null;
  source: string;
}

export const PRESENT_PRESET: ClimatePreset = {
  id: "present",
  label: "Present climate",
  warmingC: 0,
  rainfallPct: 0,
  warmingRange: null,
  nModels: null,
  region: null,
  regionName: null,
  source: "CHELSA 1979–2013 station climatologies, unchanged."
};

const SCENARIO_LABELS: Record<string, string> = {
  ssp126: "SSP1-2.6 (low emissions)",
  ssp245: "SSP2-4.5 (moderate emissions)",
  ssp370: "SSP3-7.0 (high emissions)",
  ssp585: "SSP5-8.5 (very high emissions)"
};

/**
 * Presets for a site: the present climate and, for each scenario asked for, the CMIP6 multi-model median
 * annual warming of the IPCC AR6 region holding the site in `period` (IPCC AR6 WGI Atlas regional means,
 * baseline 1995–2014; the climate-change dataset, src/lib/data/climate-change.ts). Rainfall change is 0 %
 * in every preset: the data hold no precipitation projections, so the user sets it
 * (docs/site-assessment.md says where to read the region's projected change).
 */
export function climatePresets(
  data: ClimateChangeData,
  lat: number,
  lon: number,
  { scenarios = ["ssp245", "ssp585"], period = "2041-2060" }: { scenarios?: string[]; period?: string } = {}
): ClimatePreset[] {
  const presets = [PRESENT_PRESET];
  for (const scenario of scenarios) {
    const w = warmingAt(data, lon, lat, scenario, period);
    if (!w) continue;
    const years = period.replace("-", "–");
    presets.push({
      id: `${scenario}-${period}`,
      label: `${SCENARIO_LABELS[scenario] ?? scenario}, ${years}`,
      warmingC: round(w.median, 2),
      rainfallPct: 0,
      warmingRange: [w.p10, w.p90],
      nModels: w.nModels,
      region: w.region,
      regionName: w.regionName,
      source:
        `IPCC AR6 WGI Atlas: CMIP6 median of ${w.nModels} models for AR6 region ${w.region} (${w.regionName}), annual mean ` +
        `near-surface air temperature change ${years} vs 1995–2014: +${w.median.toFixed(2)} °C (10th–90th percentile ` +
        `${w.p10.toFixed(2)} to ${w.p90.toFixed(2)} °C).`
    });
  }
  return presets;
}

// ---------------------------------------------------------------------------------------------------
// Small numeric helpers

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function mean(xs: readonly number[]): number {
  return sum(xs) / xs.length;
}

/** Population standard deviation (divisor n), as CHELSA's bio4 and bio15 use. */
export function populationSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(sum(xs.map((x) => (x - m) ** 2)) / xs.length);
}

function round(x: number, digits: number): number {
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

/**
 * Climate at a site from weather-station climatologies: inverse-distance weighting (IDW) of the nearest
 * stations with a lapse-rate correction for elevation (docs/site-assessment.md gives the method and sources).
 */

import type { ClimateStation } from "../data/records.js";
import { MONTH_NAMES } from "../util/format.js";
import { GridIndex, isValidCoordinate } from "../util/geo.js";

import {
  ELEVATION_WARNING_M,
  FAR_STATION_KM,
  fillMissingMonths,
  IDW_DEFAULTS,
  LAPSE_RATE_C_PER_M,
  type MonthlyClimate,
  sum,
  summarizeClimate
} from "./climate.js";
import type { PlantingSeasons } from "./seasons.js";

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

/** How many nearest stations are searched for a full monthly series when the k nearest have none. */
const MONTHLY_SEARCH_STATIONS = 60;

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
  seasons: PlantingSeasons | null;
  /** Köppen–Geiger class computed from the monthly climate (Kottek et al. 2006 rules), or null. */
  koppen: string | null;
}

export interface ClimateEstimate extends ClimateSummary {
  status: "ok";
  stations: StationUse[];
  nearestKm: number;
  /** Site elevation used for the lapse-rate correction, m, and where it came from. */
  elevation: number | null;
  /** "given" by the user; "grid": the 5′ terrain grid (src/lib/site/elevation.ts); "stations": their weighted mean. */
  elevationSource: "given" | "grid" | "stations" | "unknown";
  /** The stations' distance-weighted mean elevation, m (null when none has one). */
  stationsElevation: number | null;
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
  /** Site elevation given by the user, m; it wins over everything else. */
  siteElevation?: number | null;
  /** Site elevation from the 5′ terrain grid, m, used when the user gives none (else the stations' mean). */
  gridElevation?: number | null;
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

  // Site elevation: the user's, else the terrain grid's, else the IDW mean of the stations' elevations.
  const stationsElevation = idw(
    neighbours.map((n) => ({ distanceKm: n.distanceKm, value: n.item.elevation })),
    power
  );
  const given = options.siteElevation;
  const grid = options.gridElevation;
  let elevation: number | null;
  let elevationSource: ClimateEstimate["elevationSource"];
  if (given !== null && given !== undefined && Number.isFinite(given)) {
    elevation = given;
    elevationSource = "given";
  } else if (grid !== null && grid !== undefined && Number.isFinite(grid)) {
    elevation = grid;
    elevationSource = "grid";
  } else {
    elevation = stationsElevation;
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

  let withMonthly = neighbours.map((n, i) => ({ n, s: series[i] })).filter((x) => x.s !== null);
  // None of the nearest has a full monthly series: take the nearest station within maxKm that has one.
  if (!withMonthly.length) {
    const fallback = index
      .nearest(lat, lon, MONTHLY_SEARCH_STATIONS, maxKm)
      .map((n) => ({ n, s: stationMonthly(n.item) }))
      .find((x) => x.s !== null);
    if (fallback) {
      withMonthly = [fallback];
      notes.push(
        `None of the ${neighbours.length} nearest stations has a full monthly series: the months come from ${fallback.n.item.name ?? fallback.n.item.id}, ` +
          `${Math.round(fallback.n.distanceKm)} km away, the nearest that has one (temperatures corrected to the site's elevation).`
      );
    }
  }
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
  if (elevationSource === "grid") {
    notes.push(
      `Site elevation ${Math.round(elevation!)} m from the 5′ terrain grid (≈ 9 km cells, 28 m steps); enter the site's own value if you know it.`
    );
    if (stationsElevation !== null && Math.abs(stationsElevation - elevation!) > ELEVATION_WARNING_M)
      warnings.push(
        `The stations average ${Math.round(stationsElevation)} m, the terrain grid puts the site at ${Math.round(elevation!)} m (over ${ELEVATION_WARNING_M} m apart): ` +
          `temperatures were corrected to ${Math.round(elevation!)} m by ${lapseRate * 1000} °C per 1000 m; check the site's elevation.`
      );
  }
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
    stationsElevation,
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

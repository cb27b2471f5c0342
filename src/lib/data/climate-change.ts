/**
 * Climate-change presets: the IPCC AR6 land regions and, per region, scenario and period, the annual CMIP6
 * warming (median, 10th and 90th percentile across models, °C relative to 1995–2014). Built by the
 * climate-change loader (data/climate-change.json) and read by pages with warmingAt().
 */
import { type Region, regionAt } from "./regions.js";

/** One row of climate/ipcc_ar6_cmip6_tas_deltas_landsea.csv. */
export interface TasDelta {
  region: string;
  regionName: string;
  continent: string;
  scenario: string;
  period: string;
  /** 1–12, or 0 = annual. */
  month: number;
  /** Change in near-surface air temperature vs 1995–2014, °C. */
  median: number;
  p10: number;
  p90: number;
  nModels: number;
}

export interface ClimateChangeData {
  variable: "tas";
  unit: "°C";
  baseline: "1995–2014";
  scenarios: string[];
  periods: string[];
  /** Land and land–ocean regions that have deltas, with their polygons ([lon, lat] rings). */
  regions: Region[];
  /** Annual (month 0) deltas. */
  deltas: Omit<TasDelta, "regionName" | "continent" | "month">[];
}

/** Keeps the regions that have deltas and the annual deltas. Throws when a delta names an unknown region. */
export function buildClimateChange(regions: readonly Region[], deltas: readonly TasDelta[]): ClimateChangeData {
  const codes = new Set(regions.map((r) => r.code));
  for (const d of deltas) if (!codes.has(d.region)) throw new Error(`climate-change: delta for unknown region "${d.region}".`);
  const annual = deltas.filter((d) => d.month === 0);
  if (annual.length === 0) throw new Error("climate-change: no annual (month 0) deltas.");
  const withDeltas = new Set(annual.map((d) => d.region));
  return {
    variable: "tas",
    unit: "°C",
    baseline: "1995–2014",
    scenarios: [...new Set(annual.map((d) => d.scenario))].sort(),
    periods: [...new Set(annual.map((d) => d.period))].sort(),
    regions: regions
      .filter((r) => withDeltas.has(r.code))
      .map((r) => ({ ...r, rings: r.rings.map((ring) => ring.map(([x, y]) => [x, y] as [number, number])) })),
    deltas: annual.map(({ region, scenario, period, median, p10, p90, nModels }) => ({
      region,
      scenario,
      period,
      median,
      p10,
      p90,
      nModels
    }))
  };
}

export interface Warming {
  region: string;
  regionName: string;
  scenario: string;
  period: string;
  /** °C vs 1995–2014. */
  median: number;
  p10: number;
  p90: number;
  nModels: number;
}

/**
 * The annual warming at (lon, lat) for a scenario and period: the deltas of the AR6 region holding the
 * point, or null when no land region holds it or the combination is missing.
 */
export function warmingAt(data: ClimateChangeData, lon: number, lat: number, scenario: string, period: string): Warming | null {
  const region = regionAt(data.regions, lon, lat);
  if (!region) return null;
  const delta = data.deltas.find((d) => d.region === region.code && d.scenario === scenario && d.period === period);
  return delta ? { ...delta, regionName: region.name } : null;
}

/**
 * Climate change at a site: the present climate shifted by a warming and a rainfall change, and presets
 * from the IPCC AR6 regional CMIP6 warming (docs/site-assessment.md).
 */

import { type ClimateChangeData, warmingAt } from "../data/climate-change.js";

import { describeScenario, round, summarizeClimate } from "./climate.js";
import type { ClimateSummary } from "./stations.js";

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

/**
 * The climate scenario every page uses unless the user chooses otherwise: SSP2-4.5, 2041–2060, the AR6
 * region's CMIP6 median warming ("climate-smart by default": a tree planted now grows into that climate).
 */
export const DEFAULT_CLIMATE_PRESET = "ssp245-2041-2060";

/** The scenario climate a page computes with, and its name for the page to say. */
export interface ResolvedClimate {
  warmingC: number;
  rainfallPct: number;
  /** The preset in use, or null when set by hand. */
  presetId: string | null;
  /** E.g. "SSP2-4.5 (moderate emissions), 2041–2060: +1.52 °C (AR6 region WSAF)", "present climate", "+2 °C (set by hand)". */
  label: string;
}

/**
 * Resolves the Scenario's climate setting against the site's presets: a named preset takes the site's own
 * regional warming (so one link means "SSP2-4.5 mid-century" wherever the site moves); a preset the site
 * has no data for falls back to the values stored with it; no preset means the values were set by hand.
 */
export function resolveClimate(
  setting: { warmingC: number; rainfallPct: number; preset: string | null },
  presets: readonly ClimatePreset[]
): ResolvedClimate {
  const preset = setting.preset ? presets.find((p) => p.id === setting.preset) : undefined;
  if (preset) {
    const label =
      preset.id === PRESENT_PRESET.id
        ? "present climate (no warming)"
        : `${preset.label}: +${preset.warmingC.toFixed(2)} °C${preset.region ? ` (AR6 region ${preset.region})` : ""}`;
    return { warmingC: preset.warmingC, rainfallPct: preset.rainfallPct, presetId: preset.id, label };
  }
  const byHand =
    setting.warmingC === 0 && setting.rainfallPct === 0
      ? "present climate"
      : `${describeScenario(setting.warmingC, setting.rainfallPct, 2)} (set by hand)`;
  const missing = setting.preset ? ` (${setting.preset} is not available at this site)` : "";
  return { warmingC: setting.warmingC, rainfallPct: setting.rainfallPct, presetId: null, label: `${byHand}${missing}` };
}

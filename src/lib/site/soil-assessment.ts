/**
 * The soil a site is judged on: the regional soil within a radius (topsoil statistics, background metals)
 * and the site's properties from the user's spoil entry, uploaded samples or the region, with their
 * constraints and amendments (docs/site-assessment.md).
 */

import type { Metal, SoilSite } from "../data/records.js";
import type { SpoilField } from "../scenario/index.js";
import { GridIndex } from "../util/geo.js";
import { median, quantile } from "../util/stats.js";
import { amendments } from "./amendments.js";
import { type RegionalSoil, type SiteData, type SiteInput, type SoilAssessment, type Stat, soilIndex } from "./assess.js";
import { metalBackground, type SoilProperties, soilConstraints } from "./constraints.js";
import { landHealthPrevalence } from "./landhealth.js";
import { textureClassOrNull, textureGroup, toECe } from "./soil.js";

function stat(values: (number | null)[]): Stat | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!xs.length) return null;
  const at = (p: number) => quantile(xs, p) as number; // xs is not empty
  return { n: xs.length, median: at(0.5), p25: at(0.25), p75: at(0.75) };
}

/** Soil sites whose values start shallower than this (cm) count as topsoil in the regional statistics. */
export const TOPSOIL_MAX_TOP_CM = 20;

/** Summary of the soil sites within `radiusKm` of the site (statistics over the topsoil ones). */
export function regionalSoil(index: GridIndex<SoilSite>, lat: number, lon: number, radiusKm: number): RegionalSoil {
  const sites = index.within(lat, lon, radiusKm);
  const bySource: RegionalSoil["bySource"] = {};
  for (const { item } of sites) bySource[item.source] = (bySource[item.source] ?? 0) + 1;
  // Statistics describe the topsoil: profiles' 0–30 cm and AfSIS 0–20 cm samples (not 20–50 cm).
  const list = sites.map((n) => n.item).filter((s) => s.depthTop < TOPSOIL_MAX_TOP_CM);
  const background = metalBackground(list);
  const ece = list.map((s) => (s.ec === null ? null : toECe(s.ec, "1:2", textureGroupOf(s))));
  // Texture statistics from the sites that have both sand and clay, so the fractions describe the same soils.
  const textured = list.filter((s) => s.sand !== null && s.clay !== null);
  const sand = stat(textured.map((s) => s.sand));
  const clay = stat(textured.map((s) => s.clay));
  const silt = stat(textured.map((s) => s.silt ?? Math.max(0, 100 - s.sand! - s.clay!)));
  return {
    radiusKm,
    sites,
    bySource,
    ph: stat(list.map((s) => s.ph)),
    soc: stat(list.map((s) => s.soc)),
    sand,
    silt,
    clay,
    cec: stat(list.map((s) => s.cec)),
    bulkDensity: stat(list.map((s) => s.bulkDensity)),
    ece: stat(ece),
    topsoilSites: list.length,
    texture: textureClassOrNull(sand?.median ?? null, clay?.median ?? null),
    background
  };
}

function textureGroupOf(s: { sand: number | null; clay: number | null; silt: number | null }): "coarse" | "medium" | "fine" {
  const t = textureClassOrNull(s.sand, s.clay, s.silt);
  return t ? textureGroup(t) : "medium";
}

const SPOIL_TO_PROPERTY: Partial<Record<SpoilField, keyof SoilProperties>> = {
  ph: "ph",
  ecDsM: "ece",
  socGkg: "soc",
  clayPct: "clay",
  sandPct: "sand",
  bulkDensity: "bulkDensity"
};

/** The soil part of assessSite (also usable alone). */
export function assessSoil(input: SiteInput, data: SiteData): SoilAssessment {
  const radiusKm = input.soilRadiusKm ?? 50;
  const soilData = data.soilSites ?? null;
  const index = soilData === null ? null : soilData instanceof GridIndex ? soilData : soilIndex(soilData);
  const regional = index ? regionalSoil(index, input.lat, input.lon, radiusKm) : null;
  const samples = input.samples ?? [];
  // A loop, not Math.min(...): a spread of 130,000 samples overflows the call stack (issue 16).
  let topLayer: number | null = null;
  for (const s of samples) if (topLayer === null || s.depthTop < topLayer) topLayer = s.depthTop;
  const topSamples = samples.filter((s) => s.depthTop === topLayer);

  // Each property: spoil entry, else the median of the uploaded topsoil samples, else the regional median.
  const properties: SoilProperties = {
    ph: null,
    ece: null,
    soc: null,
    sand: null,
    clay: null,
    silt: null,
    bulkDensity: null,
    cec: null,
    metals: {},
    belowDetection: []
  };
  const sources: SoilAssessment["sources"] = {};
  const pick = (key: "ph" | "ece" | "soc" | "sand" | "clay" | "silt" | "bulkDensity" | "cec", regionalValue: number | null) => {
    const fromSamples = median(topSamples.map((s) => s[key]));
    if (fromSamples !== null) {
      properties[key] = fromSamples;
      sources[key] = "samples";
    } else if (regionalValue !== null) {
      properties[key] = regionalValue;
      sources[key] = "region";
    }
  };
  pick("ph", regional?.ph?.median ?? null);
  pick("ece", regional?.ece?.median ?? null);
  pick("soc", regional?.soc?.median ?? null);
  pick("sand", regional?.sand?.median ?? null);
  pick("clay", regional?.clay?.median ?? null);
  pick("silt", regional?.silt?.median ?? null);
  pick("bulkDensity", regional?.bulkDensity?.median ?? null);
  pick("cec", regional?.cec?.median ?? null);
  // Metals: measured samples only (the regional values are the background, not the site).
  const metalNames = new Set<Metal>();
  for (const s of topSamples) for (const metal of Object.keys(s.metals) as Metal[]) metalNames.add(metal);
  for (const metal of metalNames) {
    const values = topSamples.filter((s) => s.metals[metal] !== undefined);
    const measured = values.filter((s) => !s.belowDetection.includes(metal)).map((s) => s.metals[metal]!);
    if (measured.length) properties.metals[metal] = median(measured) as number;
    else {
      properties.metals[metal] = values.reduce((max, s) => Math.max(max, s.metals[metal]!), -Infinity);
      properties.belowDetection!.push(metal);
    }
    sources[metal] = "samples";
  }
  for (const [field, value] of Object.entries(input.spoil ?? {}) as [SpoilField, number][]) {
    if (value === undefined || !Number.isFinite(value)) continue;
    const key = SPOIL_TO_PROPERTY[field];
    if (key) {
      (properties as unknown as Record<string, number>)[key] = value;
      sources[key as keyof SoilAssessment["sources"]] = "spoil";
    } else {
      const metal = field as Metal;
      properties.metals[metal] = value;
      properties.belowDetection = properties.belowDetection!.filter((m) => m !== metal);
      sources[metal] = "spoil";
    }
  }
  // Silt follows sand and clay when they came from elsewhere than silt.
  if (properties.sand !== null && properties.clay !== null && sources.silt !== sources.sand) {
    properties.silt = Math.max(0, 100 - properties.sand - properties.clay);
    sources.silt = sources.sand;
  }

  const background = regional?.background ?? {};
  const constraints = soilConstraints(properties, background);
  const texture = textureClassOrNull(properties.sand, properties.clay, properties.silt);
  const landHealth =
    samples.length && samples.some((s) => s.plot !== null || s.cluster !== null) ? landHealthPrevalence(samples, background) : null;
  return {
    regional,
    properties,
    sources,
    texture,
    constraints,
    amendments: amendments(properties, regional, constraints, input.amendments ?? {}),
    samples: { count: samples.length, landHealth }
  };
}

/** Lime, compost and the growth medium or cover for the judged soil (see soil.ts for the formulas). */

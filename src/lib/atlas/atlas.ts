/**
 * The atlas's logic, free of the browser: filtering, searching and sorting mines, mine counts per
 * country, the country profile (mining area, mines, economics and plantation removal factors, each with
 * its year and source), the link that opens /site at a mine, and the filtered mines as CSV.
 */

import type { CountryEconomics, Mine, RemovalFactor } from "../data/records.js";
import { defaultScenario, encodeScenario, relativePath, type Scenario } from "../scenario/index.js";
import { formatCsv } from "../util/csv.js";
import { median } from "../util/stats.js";
import { foldText } from "../util/text.js";
import { type OpenPitFilter, openPitState } from "./labels.js";

// ---------------------------------------------------------------------------------------------------
// Filters

/** Open-pit filter: any mine, open pit / surface, underground, or not stated. */

export const SOURCES: readonly Mine["source"][] = ["ICMM", "Jasansky", "GEM"];

export interface MineFilter {
  /** A commodity, matched case-insensitively against any of a mine's commodities; null = all. */
  commodity: string | null;
  /** ISO 3166-1 alpha-3 code; null = all countries. */
  iso3: string | null;
  openPit: OpenPitFilter;
  /** Sources to include; empty or omitted = all. */
  sources?: readonly Mine["source"][];
  /** Text to find in the mine's name, country or commodities (case- and accent-insensitive); "" = all. */
  text?: string;
}

export const NO_FILTER: MineFilter = { commodity: null, iso3: null, openPit: "any", sources: [], text: "" };

/** The mines that pass every part of `filter`, in their original order. */
export function filterMines(mines: readonly Mine[], filter: MineFilter): Mine[] {
  const commodity = filter.commodity ? foldText(filter.commodity) : null;
  const sources = filter.sources?.length ? new Set(filter.sources) : null;
  const words = foldText(filter.text ?? "")
    .split(/\s+/)
    .filter(Boolean);
  return mines.filter((mine) => {
    if (filter.iso3 && mine.iso3 !== filter.iso3) return false;
    if (filter.openPit !== "any" && openPitState(mine) !== filter.openPit) return false;
    if (sources && !sources.has(mine.source)) return false;
    if (commodity && !mine.commodities.some((c) => foldText(c) === commodity)) return false;
    if (words.length) {
      const haystack = foldText([mine.name, mine.country ?? "", mine.iso3 ?? "", ...mine.commodities].join(" "));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

export interface Count {
  key: string;
  count: number;
}

const capitalised = (text: string) => (/^\p{Lu}/u.test(text) ? 1 : 0);

/**
 * Commodities with the number of mines that name each (primary or not), most frequent first, ties by
 * name. Spelling variants that differ only in case or accents count as one, under their most common form (capitalised on a tie).
 */
export function commodityCounts(mines: readonly Mine[]): Count[] {
  const byKey = new Map<string, { forms: Map<string, number>; count: number }>();
  for (const mine of mines) {
    const seen = new Set<string>();
    for (const raw of mine.commodities) {
      const form = raw.trim();
      const key = foldText(form);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { forms: new Map(), count: 0 }));
      entry.count++;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  return Array.from(byKey.values(), ({ forms, count }) => ({
    key: Array.from(forms).sort((a, b) => b[1] - a[1] || capitalised(b[0]) - capitalised(a[0]) || a[0].localeCompare(b[0]))[0][0],
    count
  })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Number of mines per ISO3 code (mines without a country are not counted). */
export function minesPerCountry(mines: readonly Mine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mine of mines) if (mine.iso3) counts.set(mine.iso3, (counts.get(mine.iso3) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Table: search and sort

export type MineSortKey = "name" | "country" | "commodity" | "openPit" | "source";

function sortValue(mine: Mine, key: MineSortKey): string {
  switch (key) {
    case "name":
      // Leading punctuation ("# 5 Mine", "?SA Coal Mine") does not decide the order.
      return foldText(mine.name).replace(/^[^\p{L}\p{N}]+/u, "");
    case "country":
      return foldText(mine.country ?? "");
    case "commodity":
      return foldText(mine.commodities[0] ?? "");
    case "openPit":
      return openPitState(mine);
    case "source":
      return mine.source;
  }
}

/**
 * The mines sorted by `key`, ascending or descending; empty values last either way; ties by name, then
 * id, so the order is the same on every load.
 */
export function sortMines(mines: readonly Mine[], key: MineSortKey, descending = false): Mine[] {
  const sign = descending ? -1 : 1;
  return mines
    .map((mine) => ({ mine, value: sortValue(mine, key) }))
    .sort((a, b) => {
      if (!a.value !== !b.value) return a.value ? -1 : 1;
      return (
        sign * a.value.localeCompare(b.value) ||
        foldText(a.mine.name).localeCompare(foldText(b.mine.name)) ||
        a.mine.id.localeCompare(b.mine.id)
      );
    })
    .map(({ mine }) => mine);
}

// ---------------------------------------------------------------------------------------------------
// Links and downloads

/**
 * The link from `fromPath` (default the atlas) to /site at this mine: `./site?lat=…&lon=…&site=<name>`,
 * built by the Scenario's own encoder (coordinates rounded to 5 decimals, the name as plain text). The
 * rest of `scenario` (the one the atlas was opened with, if any) is kept, so that choosing another mine
 * keeps the user's other settings.
 */
export function mineSiteHref(
  mine: Pick<Mine, "lat" | "lon" | "name">,
  { fromPath = "/atlas", scenario = defaultScenario() }: { fromPath?: string; scenario?: Scenario } = {}
): string {
  const withSite: Scenario = { ...scenario, site: { lat: mine.lat, lon: mine.lon, name: mine.name.slice(0, 120) || null } };
  const { search, hash } = encodeScenario(withSite);
  return relativePath(fromPath, "/site") + search + hash;
}

export const MINE_CSV_COLUMNS = [
  "id",
  "source",
  "name",
  "type",
  "country",
  "iso3",
  "lat",
  "lon",
  "commodities",
  "open_pit",
  "status",
  "area_km2",
  "production",
  "stripping_ratio_t_per_t"
] as const;

/** The mines as CSV: one row per mine, commodities joined with "; ", open_pit as open/underground/unknown. */
export function minesToCsv(mines: readonly Mine[]): string {
  return formatCsv([
    MINE_CSV_COLUMNS,
    ...mines.map((m) => [
      m.id,
      m.source,
      m.name,
      m.type,
      m.country,
      m.iso3,
      m.lat,
      m.lon,
      m.commodities.join("; "),
      openPitState(m),
      m.status,
      m.areaKm2,
      m.production,
      m.strippingRatio
    ])
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Country profile

/** Mining land area of a country (Maus et al. 2022 ∪ Tang & Werner 2023 polygons), km² (MiningArea). */
export interface MiningAreaRow {
  iso3: string;
  areaKm2: number;
}

/** One indicator value with the year it is for (the latest year with a value; null when the source gives none). */
export interface LatestValue {
  value: number;
  year: number | null;
}

export interface CountryProfile {
  iso3: string;
  name: string;
  /** Mining land area, km², or null when the country is not in the mining-area table. */
  miningAreaKm2: number | null;
  /** Mines in the mines dataset (all sources), and of them open pit / surface. */
  mines: number;
  openPitMines: number;
  /** Most frequent commodities among the country's mines, up to 5. */
  topCommodities: Count[];
  gdpPerCapitaUsd: LatestValue | null;
  inflationPct: LatestValue | null;
  lendingRatePct: LatestValue | null;
  removalFactors: {
    count: number;
    /** Median and range of the removal factors, Mg C/ha/yr; null when there are none. */
    median: number | null;
    min: number | null;
    max: number | null;
    /** The highest removal factors, up to `topRemovalFactors`, highest first. */
    top: RemovalFactor[];
  };
}

function yearValue(value: number | null | undefined, year: number | null | undefined): LatestValue | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : { value, year: year ?? null };
}

export interface ProfileInputs {
  mines: readonly Mine[];
  miningArea: readonly MiningAreaRow[];
  economics: readonly CountryEconomics[];
  removalFactors: readonly RemovalFactor[];
  /** Country names by ISO3 (e.g. from the boundaries), used when the economics table has none. */
  names?: ReadonlyMap<string, string>;
}

/**
 * The profile of a country from the atlas's datasets. Each figure is null where its source has no value
 * for the country (shown as "no data", never as zero).
 * @throws Error when iso3 is not a three-letter code.
 */
export function countryProfile(iso3: string, inputs: ProfileInputs, { topRemovalFactors = 5 } = {}): CountryProfile {
  if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`"${iso3}" is not an ISO 3166-1 alpha-3 code.`);
  const mines = inputs.mines.filter((m) => m.iso3 === iso3);
  const economics = inputs.economics.find((e) => e.iso3 === iso3) ?? null;
  const area = inputs.miningArea.find((a) => a.iso3 === iso3) ?? null;
  const factors = inputs.removalFactors.filter((r) => r.iso3 === iso3 && Number.isFinite(r.removalFactor));
  const values = factors.map((r) => r.removalFactor);
  return {
    iso3,
    name: economics?.country ?? inputs.names?.get(iso3) ?? mines.find((m) => m.country)?.country ?? iso3,
    miningAreaKm2: area ? area.areaKm2 : null,
    mines: mines.length,
    openPitMines: mines.filter((m) => m.openPit === true).length,
    topCommodities: commodityCounts(mines).slice(0, 5),
    gdpPerCapitaUsd: yearValue(economics?.gdpPerCapitaUsd, economics?.gdpYear),
    inflationPct: yearValue(economics?.inflationPct, economics?.inflationYear),
    lendingRatePct: yearValue(economics?.lendingRatePct, economics?.lendingYear),
    removalFactors: {
      count: factors.length,
      median: median(values),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      top: [...factors].sort((a, b) => b.removalFactor - a.removalFactor || a.name.localeCompare(b.name)).slice(0, topRemovalFactors)
    }
  };
}

// ---------------------------------------------------------------------------------------------------
// Choropleth

/**
 * The colour domain of the mining-area choropleth on a log scale: [smallest positive, largest] area,
 * km²; null when no country has a positive area. Zero areas are shown as "no mining area mapped".
 */
export function areaDomain(rows: readonly MiningAreaRow[]): [number, number] | null {
  const positive = rows.map((r) => r.areaKm2).filter((x) => Number.isFinite(x) && x > 0);
  if (!positive.length) return null;
  return [Math.min(...positive), Math.max(...positive)];
}

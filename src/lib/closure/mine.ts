/**
 * The mine at the scenario's site, as the closure defaults need it: the atlas links to /site with the
 * mine's coordinates and name only, so the mine is found again in the mines dataset by position (and
 * name), and its type — open pit or not, coal or metal, sulphide commodities — sets the default domains.
 */
import type { Mine } from "../data/records.js";
import { haversineKm } from "../util/geo.js";

/** The mine facts the closure defaults use. */
export interface MineFacts {
  name: string;
  source: Mine["source"];
  commodities: string[];
  /** True = open pit / surface; false = underground; null = not stated in any record at this mine. */
  openPit: boolean | null;
  /** Mine area, km², where a source gives it. */
  areaKm2: number | null;
  /** How far the record lies from the site, km. */
  distanceKm: number;
}

/** Records within this distance of the site count as the mine at the site (km). */
export const MINE_MATCH_KM = 5;

const normalise = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(mine|mining|project|operations?)\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The mine at (lat, lon): the records within MINE_MATCH_KM, those whose name matches `name` first (when
 * given), nearest first. The facts come from the first record; open pit and area, when it does not state
 * them, from the next record of the same mine (same name, or any record within 1 km) that does — the
 * sources (ICMM, FINEPRINT, GEM) fill each other's gaps. Null when no record is that close.
 */
export function mineAt(mines: readonly Mine[], lat: number, lon: number, name: string | null = null): MineFacts | null {
  const wanted = name ? normalise(name) : "";
  const near = mines
    .map((m) => ({ m, d: haversineKm(lat, lon, m.lat, m.lon) }))
    .filter((c) => c.d <= MINE_MATCH_KM)
    .sort((a, b) => {
      const an = wanted && normalise(a.m.name) === wanted ? 0 : 1;
      const bn = wanted && normalise(b.m.name) === wanted ? 0 : 1;
      return an - bn || a.d - b.d;
    });
  if (!near.length) return null;
  const first = near[0];
  const same = near.filter((c) => normalise(c.m.name) === normalise(first.m.name) || Math.abs(c.d - first.d) <= 1);
  const openPit = same.find((c) => c.m.openPit !== null)?.m.openPit ?? null;
  const areaKm2 = same.find((c) => c.m.areaKm2 !== null && c.m.areaKm2 > 0)?.m.areaKm2 ?? null;
  return {
    name: first.m.name,
    source: first.m.source,
    commodities: first.m.commodities,
    openPit,
    areaKm2,
    distanceKm: first.d
  };
}

/** The kind of mine the default domain split follows. */
export type MineKind = "open-pit metal" | "open-pit coal" | "underground";

export function mineKind(mine: MineFacts | null): MineKind {
  if (mine?.openPit === false) return "underground";
  if (mine && (mine.source === "GEM" || /coal|lignite|anthracite/i.test(mine.commodities[0] ?? ""))) return "open-pit coal";
  return "open-pit metal";
}

/**
 * Commodities whose ores or wastes commonly hold sulphide minerals that can form acid and metalliferous
 * drainage: base- and precious-metal sulphide ores and coal (GARD Guide, INAP 2009, ch. 2). A screening
 * flag only: whether a waste is acid-forming is a geochemical test (acid–base accounting, NAG).
 */
const SULPHIDE_COMMODITIES = /copper|zinc|lead|nickel|gold|silver|molybdenum|cobalt|uranium|coal|lignite|pyrite/i;

export function mayFormAcid(mine: MineFacts | null): boolean {
  return !!mine && mine.commodities.some((c) => SULPHIDE_COMMODITIES.test(c));
}

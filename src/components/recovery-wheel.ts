/**
 * The Recovery Wheel (SER 2019) as a segmented radial chart: 18 wedges (three per attribute, each
 * attribute a sixth of the circle), each cut into five rings, one per star; rings up to the rating are
 * filled in the attribute's colour (lighter for a hand rating), the others are grey; a wedge not assessed
 * is left empty and marked "–". Drawn with Plot (Plot.geo on planar polygons), followed by the same
 * content as a table (the text alternative). The geometry here is only drawing; the stars come from
 * src/lib/monitoring (wheel.ts, criteria.ts).
 */

import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { WheelSummary } from "../lib/monitoring/wheel.js";
import { MAX_STARS } from "../lib/scenario/index.js";
import { plot } from "./plot.js";

/** Okabe–Ito colours of the six attributes, in the wheel's order. */
export const ATTRIBUTE_COLORS: Record<string, string> = {
  threats: "#d55e00",
  physical: "#e69f00",
  composition: "#009e73",
  structure: "#56b4e9",
  function: "#0072b2",
  exchanges: "#cc79a7"
};

const INNER = 0.22;
const GAP_DEG = 1.2;

/** A ring sector as a closed planar polygon (angles clockwise from the top, degrees). */
function sector(r0: number, r1: number, a0: number, a1: number): number[][] {
  const points: number[][] = [];
  const steps = 8;
  const at = (r: number, deg: number) => [r * Math.sin((deg * Math.PI) / 180), r * Math.cos((deg * Math.PI) / 180)];
  for (let i = 0; i <= steps; i++) points.push(at(r1, a0 + ((a1 - a0) * i) / steps));
  for (let i = steps; i >= 0; i--) points.push(at(r0, a0 + ((a1 - a0) * i) / steps));
  points.push(points[0]);
  return points;
}

const starText = (stars: number | null) =>
  stars === null ? "not assessed" : `${"★".repeat(stars)}${"☆".repeat(MAX_STARS - stars)} (${stars} of 5)`;

export function RecoveryWheel(summary: WheelSummary, { width }: { width: number }): HTMLElement {
  const size = Math.max(280, Math.min(width, 560));
  const cells: {
    type: "Feature";
    properties: { fill: string; opacity: number; title: string };
    geometry: { type: "Polygon"; coordinates: number[][][] };
  }[] = [];
  const labels: { x: number; y: number; text: string }[] = [];
  summary.segments.forEach((segment, i) => {
    const a0 = i * 20 + GAP_DEG / 2;
    const a1 = (i + 1) * 20 - GAP_DEG / 2;
    const color = ATTRIBUTE_COLORS[segment.attribute.id];
    for (let star = 1; star <= MAX_STARS; star++) {
      const r0 = INNER + ((1 - INNER) * (star - 1)) / MAX_STARS;
      const r1 = INNER + ((1 - INNER) * star) / MAX_STARS - 0.006;
      const filled = segment.stars !== null && star <= segment.stars;
      cells.push({
        type: "Feature",
        properties: {
          fill: filled ? color : "#e8e8e8",
          opacity: filled && segment.basis === "expert" ? 0.5 : 1,
          title: `${segment.attribute.label} — ${segment.sub.label}: ${starText(segment.stars)}, ${segment.basis}`
        },
        geometry: { type: "Polygon", coordinates: [sector(r0, r1, a0, a1)] }
      });
    }
    if (segment.stars === null) {
      const mid = ((a0 + a1) / 2) * (Math.PI / 180);
      labels.push({ x: 0.6 * Math.sin(mid), y: 0.6 * Math.cos(mid), text: "–" });
    }
  });
  summary.attributes.forEach(({ attribute }, k) => {
    const mid = (k * 60 + 30) * (Math.PI / 180);
    labels.push({ x: 1.16 * Math.sin(mid), y: 1.16 * Math.cos(mid), text: attribute.label });
  });
  const outline = { type: "Polygon" as const, coordinates: [sector(0, 1.32, 0, 359.99)] };
  const chart = plot({
    width: size,
    height: size,
    margin: 10,
    projection: { type: "reflect-y", domain: outline },
    marks: [
      Plot.geo(cells, {
        fill: (d) => d.properties.fill,
        fillOpacity: (d) => d.properties.opacity,
        stroke: "white",
        strokeWidth: 0.5,
        title: (d) => d.properties.title
      }),
      Plot.text(labels, {
        x: "x",
        y: "y",
        text: "text",
        fontSize: size < 420 ? 9 : 11,
        lineWidth: 7,
        fill: "currentColor"
      })
    ]
  });
  chart.setAttribute("role", "img");
  chart.setAttribute(
    "aria-label",
    `Recovery Wheel. ${summary.attributes.map((a) => `${a.attribute.label}: ${a.stars === null ? "not assessed" : `${a.stars.toFixed(1)} stars`}`).join("; ")}. The table below lists every sub-attribute.`
  );
  return html`<figure class="recovery-wheel" data-testid="recovery-wheel">${chart}
    <figcaption class="muted small">Each wedge is a sub-attribute, each ring a star (inner ring: 1 star). Full colour: rated from the monitoring evidence; pale: rated by hand; grey: not reached; “–”: not assessed.</figcaption>
  </figure>` as HTMLElement;
}

/** The wheel as a table: every sub-attribute's stars and their basis, and each attribute's mean. */
export function RecoveryWheelTable(summary: WheelSummary, { evidence }: { evidence: Record<string, string> }): HTMLElement {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Recovery Wheel table (scrolls sideways)">
    <table class="site-table" data-testid="wheel-table">
      <caption>Recovery Wheel, 0–5 stars against the reference ecosystem (SER 2019); an attribute's rating is the mean of its assessed sub-attributes</caption>
      <thead><tr><th scope="col">Attribute</th><th scope="col">Sub-attribute</th><th scope="col">Stars</th><th scope="col">Basis</th></tr></thead>
      <tbody>${summary.attributes.flatMap(({ attribute, stars, assessed }) => {
        const segments = summary.segments.filter((s) => s.attribute.id === attribute.id);
        return segments.map(
          (s, i) => html`<tr data-sub=${s.sub.id}>
            ${i === 0 ? html`<th scope="rowgroup" rowspan="3">${attribute.label}<br><span class="muted small">${stars === null ? "not assessed" : `${stars.toFixed(1)} stars (${assessed} of 3 assessed)`}</span></th>` : ""}
            <td>${s.sub.label}</td>
            <td data-stars=${s.stars ?? ""}>${starText(s.stars)}</td>
            <td>${s.basis === "evidence" ? `evidence: ${evidence[s.sub.id] ?? ""}` : s.basis === "expert" ? "your rating" : "not assessed"}</td>
          </tr>`
        );
      })}</tbody>
    </table>
  </div>` as HTMLElement;
}

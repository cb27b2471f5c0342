/** Encoding outlines for the browser (build time): see areas.ts for the format and the decoder. */
import { douglasPeucker, type Point } from "./geometry.js";

/**
 * A shape's rings simplified (Douglas–Peucker, `tolerance` degrees), rounded to 10^-digits degrees and
 * delta-encoded: per ring [x0, y0, x1 − x0, y1 − y0, …] in grid units. Repeated points are dropped; a ring
 * reduced to one or two points is kept (a small island is still found by the nearest-area search).
 */
export function encodeRings(rings: readonly Point[][], tolerance: number, digits: number): number[][] {
  const f = 10 ** digits;
  return rings.map((ring) => {
    const out: number[] = [];
    let px = 0;
    let py = 0;
    for (const [x, y] of douglasPeucker(ring, tolerance)) {
      const gx = Math.round(x * f);
      const gy = Math.round(y * f);
      if (out.length && gx === px && gy === py) continue;
      out.push(gx - px, gy - py);
      px = gx;
      py = gy;
    }
    return out;
  });
}

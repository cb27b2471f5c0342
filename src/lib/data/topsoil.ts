/**
 * Depth-weighted aggregation of soil horizons to a fixed layer (the topsoil, 0–30 cm by default, as in
 * GlobalSoilMap and the IPCC's SOC reference depth): each horizon's value is weighted by the thickness of
 * its overlap with the layer. Horizons without a value or with impossible depths are left out, so the
 * result describes only the part of the layer that has data (`coveredCm`).
 */

export interface Horizon {
  /** Upper and lower depth, cm below the surface. */
  top: number | null;
  bottom: number | null;
  value: number | null;
}

export interface LayerValue {
  /** Thickness-weighted mean of the overlapping horizons' values. */
  value: number;
  /** Centimetres of the layer covered by horizons with a value. */
  coveredCm: number;
  /** Shallowest and deepest depth (cm, clipped to the layer) that the value describes. */
  top: number;
  bottom: number;
}

/**
 * Mean of `horizons` over the layer [from, to] cm, weighted by overlap thickness:
 * Σ valueᵢ · overlapᵢ / Σ overlapᵢ, overlapᵢ = max(0, min(bottomᵢ, to) − max(topᵢ, from)).
 * Returns null when no horizon with a value overlaps the layer.
 * Example: 0–10 cm pH 5.0 and 10–40 cm pH 6.0 over 0–30 cm → (5·10 + 6·20) / 30 = 5.667.
 */
export function depthWeightedMean(horizons: Iterable<Horizon>, from = 0, to = 30): LayerValue | null {
  if (!(to > from)) throw new Error(`depthWeightedMean: the layer must have to > from (got ${from}–${to} cm).`);
  let sum = 0;
  let weight = 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (const { top: t, bottom: b, value } of horizons) {
    // Organic layers above the mineral surface have negative depths (e.g. −5 cm); only the part inside the layer counts.
    if (value === null || !Number.isFinite(value) || t === null || b === null || !(b > t)) continue;
    const overlap = Math.min(b, to) - Math.max(t, from);
    if (overlap <= 0) continue;
    sum += value * overlap;
    weight += overlap;
    top = Math.min(top, Math.max(t, from));
    bottom = Math.max(bottom, Math.min(b, to));
  }
  if (weight === 0) return null;
  return { value: sum / weight, coveredCm: weight, top, bottom };
}

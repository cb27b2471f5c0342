/**
 * The production chain, one quantity at a time, each with a worked example in test/lib/nursery/plan.test.ts:
 * seedlings to plant, dispatch and raise, seeds to sow and buy, bed area. Counts of physical things are
 * rounded UP to whole units: a nursery cannot raise a fraction of a seedling, and rounding up never leaves
 * the plan short.
 */

import type { PropagationParams } from "./defaults.js";

/** Rounds a count up to a whole unit, ignoring floating-point noise (22000.000000000004 → 22000). */
export function ceilCount(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

export function requireFinite(name: string, x: number, min: number, max: number): void {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new RangeError(`${name}: not a number`);
  if (x < min || x > max) throw new RangeError(`${name}: ${x} is outside ${min}–${max}`);
}

/** Seedlings planted in the initial planting: area (ha) × density (stems/ha) × share. */
export function seedlingsToPlant(areaHa: number, densityPerHa: number, share: number): number {
  requireFinite("area (ha)", areaHa, 0, 1e7);
  requireFinite("density (stems/ha)", densityPerHa, 0, 1e6);
  requireFinite("share", share, 0, 1);
  return ceilCount(areaHa * densityPerHa * share);
}

/** Seedlings the nursery dispatches: the initial planting plus replacements (planted × replacement rate). */
export function seedlingsToDispatch(planted: number, replacementRate: number): { replacements: number; dispatch: number } {
  requireFinite("replacement rate", replacementRate, 0, 2);
  const replacements = ceilCount(planted * replacementRate);
  return { replacements, dispatch: planted + replacements };
}

/** Seedlings to raise so that `dispatch` survive nursery losses and culls: dispatch / (1 − loss). */
export function seedlingsToRaise(dispatch: number, nurseryLoss: number): number {
  requireFinite("nursery losses and culls", nurseryLoss, 0, 0.99);
  return ceilCount(dispatch / (1 - nurseryLoss));
}

/** Probability that a container sown with n seeds of germination g holds at least one seedling: 1 − (1 − g)ⁿ. */
export function containerFillProbability(germination: number, seedsPerContainer: number): number {
  requireFinite("germination", germination, 0.0001, 1);
  requireFinite("seeds per container", seedsPerContainer, 1, 100);
  return 1 - (1 - germination) ** seedsPerContainer;
}

export interface Sowing {
  method: "direct" | "seedbed";
  /** Seeds to sow (before the purchase margin). */
  seeds: number;
  /** Containers sown (direct) or filled for pricked-out seedlings (seedbed); 0 for bare-root seedbeds. */
  containers: number;
  /** Germinants expected (seedbed) or filled containers (direct). */
  germinants: number;
  /** Seeds sown per seedling raised, divided by 1/germination: the van Steenis sowing factor. */
  sowingFactor: number;
}

/**
 * Seeds to sow for `toRaise` seedlings.
 * - Direct sowing, n seeds per container: containers = toRaise / (1 − (1 − g)ⁿ) (empty containers
 *   are expected), seeds = containers × n; surplus germinants are thinned to one per container.
 *   The implied sowing factor is n·g / (1 − (1 − g)ⁿ), which is 1 for n = 1.
 * - Seedbed (n = 0): seeds = toRaise × sowing factor / g; the seedlings are pricked out into
 *   `toRaise` containers (or grown on in beds when bare-root).
 */
export function seedsToSow(
  toRaise: number,
  params: Pick<PropagationParams, "germination" | "seedsPerContainer" | "sowingFactor">,
  containerized = true
): Sowing {
  requireFinite("seedlings to raise", toRaise, 0, 1e10);
  requireFinite("germination", params.germination, 0.0001, 1);
  if (params.seedsPerContainer >= 1 && containerized) {
    const n = params.seedsPerContainer;
    const fill = containerFillProbability(params.germination, n);
    const containers = ceilCount(toRaise / fill);
    return { method: "direct", seeds: containers * n, containers, germinants: toRaise, sowingFactor: (n * params.germination) / fill };
  }
  requireFinite("sowing factor", params.sowingFactor, 1, 10);
  const seeds = ceilCount((toRaise * params.sowingFactor) / params.germination);
  return {
    method: "seedbed",
    seeds,
    containers: containerized ? toRaise : 0,
    germinants: ceilCount(seeds * params.germination),
    sowingFactor: params.sowingFactor
  };
}

/** Seed to buy, kg: seeds / seeds per kg × (1 + purchase margin). */
export function seedMassKg(seeds: number, seedsPerKg: number, purchaseMargin: number): number {
  requireFinite("seeds per kg", seedsPerKg, 1e-9, 1e10);
  requireFinite("seed purchase margin", purchaseMargin, 0, 5);
  return (seeds / seedsPerKg) * (1 + purchaseMargin);
}

/** Bed area, m²: containers (or bare-root seedlings) / seedlings per m² of bed. */
export function bedAreaM2(count: number, perM2: number): number {
  requireFinite("seedlings per m² of bed", perM2, 1e-6, 1e6);
  return count / perM2;
}

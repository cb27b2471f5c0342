/**
 * Carbon removal factors from WRI's SDPT v2 for the site's country and the mix's genera, as 90 % ranges.
 */

import { quantile7 } from "../decision/index.js";
import type { RemovalFactorInput } from "./estimate-types.js";

export function removalFactorRange(rows: readonly RemovalFactorInput[]): { lower: number; centre: number; upper: number } | null {
  const usable = rows.filter((r) => Number.isFinite(r.removalFactor) && r.removalFactor > 0);
  if (!usable.length) return null;
  const values = usable.map((r) => r.removalFactor);
  const centre = quantile7(Float64Array.from(values), [0.5])[0];
  const sds = usable.map((r) =>
    r.removalFactorSd !== null && Number.isFinite(r.removalFactorSd) ? r.removalFactorSd : r.removalFactor * 0.3
  );
  const meanVar = sds.reduce((s, d) => s + d * d, 0) / sds.length;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const spread = values.length > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1) : 0;
  const sd = Math.sqrt(meanVar + spread);
  const z = 1.6448536269514722;
  return { lower: Math.max(centre * 0.1, centre - z * sd), centre, upper: centre + z * sd };
}

/**
 * SDPT rows for an option: planted forests (timber/fibre) for the plantation, tree crops for agroforestry
 * (fruit, else any tree crop) and for oil trees (oil palm, else any tree crop). Rows of species in the mix
 * (genus match) are preferred.
 */
export function removalRowsFor(
  kind: "forest" | "agroforestry" | "oil",
  rows: readonly RemovalFactorInput[],
  mixGenera: ReadonlySet<string>
): RemovalFactorInput[] {
  const byType = rows.filter((r) => (kind === "forest" ? r.type === "Planted forest" : r.type === "Tree crops"));
  const preferName = kind === "agroforestry" ? /fruit/i : kind === "oil" ? /oil palm/i : /wood fiber|timber/i;
  const genusMatch = byType.filter((r) => r.sciName && mixGenera.has(r.sciName.split(/\s+/)[0].toLowerCase()));
  if (genusMatch.length) return genusMatch;
  const named = byType.filter((r) => preferName.test(r.name));
  return named.length ? named : byType;
}

/** The site page's amendment quantities (src/lib/site.ts Amendments) and soil constraints, as used here. */

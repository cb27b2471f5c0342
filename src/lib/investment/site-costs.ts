/**
 * Site works from the site assessment: topsoil respread or full cover, lime and compost, with sourced unit
 * costs (docs/investment-model.md, "Site works: unit costs"), and growth on spoil by severity of constraints.
 */

import type { SiteCostInput } from "./estimate-types.js";

export interface SiteAmendmentsInput {
  lime: { caco3TPerHa: number } | null;
  compost: { compostTPerHa: number } | null;
  /** Whether lime and compost are required, not needed, or could not be judged (site.ts AmendmentStatus). */
  limeStatus?: "required" | "not needed" | "unknown";
  compostStatus?: "required" | "not needed" | "unknown";
  /**
   * The soil layer over the spoil (site.ts Amendments.cover): a growth-medium respread, costed over its
   * depth range, or a full cover at its design depth. Without `kind` it is taken as a full cover.
   */
  cover: { volumeM3PerHa: number; depthM: number; kind?: "respread" | "cover"; depthRangeM?: { lower: number; upper: number } } | null;
  /** Constraints that call for a full cover rather than planting into amended spoil. */
  coverReasons: string[];
  /** Severities of the soil constraints found. */
  severities: string[];
}

/**
 * Unit costs turning the site's quantities into money: 90 % ranges (lower, upper), USD of about 2020,
 * delivered and placed. Sources and reasoning: docs/investment-model.md, "Site works: unit costs".
 */
export const AMENDMENT_UNIT_COSTS = {
  /**
   * Liming material delivered and spread, USD per t (CaCO₃ equivalent at neutralising value 0.9): small-scale
   * aglime in Zambia costs 25–30 USD/t to produce (FarmLime, BGS 2005) before transport, which dominates;
   * bulk aglime 20–50 USD/t plus 15–30 delivery and 20–100 spreading in US budgets. Assumption within these.
   */
  limeUsdPerT: [40, 120],
  /**
   * Compost delivered and incorporated, USD per t dry matter: US bulk compost sells at 30–70 USD/t as is
   * (about half dry matter) before delivery; on-site composting of local organic wastes costs less.
   * Assumption within these.
   */
  compostUsdPerT: [20, 100],
  /**
   * Growth medium (topsoil) loaded from stockpile, hauled a short distance and spread, USD/m³: Colorado DRMS
   * reclamation bond estimates 0.75–1.50 USD/yd³ (1.0–2.0 USD/m³; e.g. 6 inches of growth medium at
   * 1.50 USD/yd³, 2020) for contractor direct costs; upper end widened for remote sites and longer hauls.
   */
  respreadUsdPerM3: [1, 3],
  /**
   * Full cover: borrow soil excavated, loaded, hauled 1–5 km and placed in lifts with compaction control,
   * USD/m³: scraper or truck fleets at 130–175 USD/h moving 50–80 m³/h (contractor rates of the San Luis
   * mine reclamation estimate, Colorado 2006) give 2–3 USD/m³ on short hauls; longer truck hauls and
   * quality control raise it. Assumption: 2–6.
   */
  coverUsdPerM3: [2, 6]
} as const;

/**
 * The 90 % interval of a product of two independent lognormal factors, each given by its 90 % interval:
 * median = √(l₁u₁) · √(l₂u₂), and since σᵢ = ln(uᵢ/lᵢ) / (2z), the product's interval is
 * median · exp(∓ ½ √(ln²(u₁/l₁) + ln²(u₂/l₂))) (z cancels). Throws on non-positive or reversed bounds.
 */
export function lognormalProduct90(
  a: readonly [number, number],
  b: readonly [number, number]
): { lower: number; median: number; upper: number } {
  for (const [lo, hi] of [a, b])
    if (!(lo > 0) || !(hi >= lo)) throw new RangeError(`lognormalProduct90: bounds must satisfy 0 < lower ≤ upper (got ${lo}, ${hi}).`);
  const median = Math.sqrt(a[0] * a[1]) * Math.sqrt(b[0] * b[1]);
  const half = 0.5 * Math.hypot(Math.log(a[1] / a[0]), Math.log(b[1] / b[0]));
  return { lower: median * Math.exp(-half), median, upper: median * Math.exp(half) };
}

/**
 * Cost estimates from the site assessment (90 % intervals, USD/ha; median = the planning value):
 * - growth-medium respread: volume over the depth range (0.1–0.3 m by default) × 1–3 USD/m³, combined as a
 *   product of lognormal factors (lognormalProduct90);
 * - full cover: its volume × 2–6 USD/m³ (median at the geometric mean);
 * - amendments: lime/0.9 × 40–120 USD/t + compost × 20–100 USD/t (lower = sum of lowers, upper = sum of
 *   uppers, median = sum of geometric means); null (the table's assumption) when lime or compost could not
 *   be judged for lack of data, 0 when neither is needed;
 * - growth on spoil 0.5–0.9 of ordinary land with no severe constraint, 0.4–0.8 with one, 0.3–0.7 with two
 *   or more (assumption).
 */
export function siteCosts(a: SiteAmendmentsInput, source: string): SiteCostInput {
  const u = AMENDMENT_UNIT_COSTS;
  const geo = (r: readonly [number, number]) => Math.sqrt(r[0] * r[1]);
  let cover: SiteCostInput["coverUsdHa"] = null;
  if (a.cover && a.cover.kind === "respread") {
    const range = a.cover.depthRangeM ?? { lower: a.cover.depthM, upper: a.cover.depthM };
    cover = lognormalProduct90([range.lower * 10_000, range.upper * 10_000], u.respreadUsdPerM3);
  } else if (a.cover) {
    const v = a.cover.volumeM3PerHa;
    cover = { lower: v * u.coverUsdPerM3[0], median: v * geo(u.coverUsdPerM3), upper: v * u.coverUsdPerM3[1] };
  }
  const unknownAmendment = a.limeStatus === "unknown" || a.compostStatus === "unknown";
  const lime = a.lime ? a.lime.caco3TPerHa / 0.9 : 0;
  const compost = a.compost ? a.compost.compostTPerHa : 0;
  const amendments = unknownAmendment
    ? null
    : {
        lower: lime * u.limeUsdPerT[0] + compost * u.compostUsdPerT[0],
        median: lime * geo(u.limeUsdPerT) + compost * geo(u.compostUsdPerT),
        upper: lime * u.limeUsdPerT[1] + compost * u.compostUsdPerT[1]
      };
  const severe = a.severities.filter((s) => s === "severe").length;
  const spoilGrowthFactor =
    severe === 0 ? { lower: 0.5, upper: 0.9 } : severe === 1 ? { lower: 0.4, upper: 0.8 } : { lower: 0.3, upper: 0.7 };
  return {
    coverUsdHa: cover,
    coverKind: a.cover?.kind ?? (a.cover ? "cover" : null),
    amendmentsUsdHa: amendments,
    spoilGrowthFactor,
    source
  };
}

/**
 * The products of each option: which species uses yield them, the option's product shares from the
 * species mix (or its template), when each product comes into yield, and Project Drawdown's margins.
 */

import type { UseClass } from "../data/records.js";
import { priceIndexSince } from "./discount.js";
import { lognormal90FromQuartiles, range90 } from "./estimate-rows.js";

import type { EstimateInputs, MixSpeciesInput } from "./estimate-types.js";
import { OPTION_PRODUCTS, type OptionId, type Product } from "./options.js";

export const PRODUCT_USES: Record<Product, UseClass[]> = {
  timber: ["timber"],
  fuelwood: ["fuelwood", "charcoal"],
  fruit: ["fruit"],
  fodder: ["fodder"],
  honey: ["honey"],
  oil: ["oil", "bioenergy"]
};

/** The products that define each planted option: without them in the mix, the option uses its template. */
export const OPTION_MAIN_PRODUCTS: Record<OptionId, Product[]> = {
  natural: [],
  plantation: ["timber"],
  agroforestry: ["fruit", "fodder"],
  bioenergy: ["oil"]
};

/** Shares of stems yielding each product when the option does not use the mix (assumptions, see docs). */
export const OPTION_TEMPLATES: Record<OptionId, Partial<Record<Product, number>>> = {
  natural: { fuelwood: 0.3, honey: 0.2 },
  plantation: { timber: 0.8, fuelwood: 0.2 },
  agroforestry: { fruit: 0.35, fodder: 0.2, honey: 0.1, fuelwood: 0.15, timber: 0.2 },
  bioenergy: { oil: 0.9, fuelwood: 0.1 }
};

export interface OptionShares {
  shares: Partial<Record<Product, number>>;
  /** "mix" when computed from the species mix, "template" otherwise. */
  from: "mix" | "template";
  /** Why the template is used, or null. */
  reason: string | null;
}

/**
 * Share of planted stems yielding each of the option's products, weighted by how well each species suits
 * the site (its yieldWeight: 1 suitable, ½ marginal, 0 unsuitable; species/feasibility.ts). Each species'
 * share of stems is split equally among the option's products it yields (a stem is harvested for one
 * product at a time); species with none of them (e.g. nurse trees) yield nothing. Natural regeneration
 * does not use the planted mix (its template). When the species step has run (`mixKnown`), a product
 * exists only when the mix holds species with that use — an empty mix yields nothing; the template
 * stands in only where no species step has run (no site chosen).
 */
export function optionShares(option: OptionId, mix: readonly MixSpeciesInput[], mixKnown = mix.length > 0): OptionShares {
  const template = { shares: OPTION_TEMPLATES[option], from: "template" as const };
  if (option === "natural") return { ...template, reason: "natural regeneration does not use the planted mix" };
  const total = mix.reduce((s, m) => s + (m.share > 0 ? m.share : 0), 0);
  if (!(total > 0))
    return mixKnown
      ? { shares: {}, from: "mix", reason: "no species in the mix suit the site: nothing planted yields" }
      : { ...template, reason: "no species mix chosen yet" };
  const shares: Partial<Record<Product, number>> = {};
  for (const species of mix) {
    if (!(species.share > 0)) continue;
    const weight = species.yieldWeight ?? 1;
    const yields = OPTION_PRODUCTS[option].filter((p) => PRODUCT_USES[p].some((u) => species.uses[u]));
    for (const p of yields) shares[p] = (shares[p] ?? 0) + (weight * species.share) / total / yields.length;
  }
  if (!OPTION_MAIN_PRODUCTS[option].some((p) => (shares[p] ?? 0) > 0))
    return { shares, from: "mix", reason: `no species in the mix yields ${OPTION_MAIN_PRODUCTS[option].join(" or ")} here` };
  return { shares, from: "mix", reason: null };
}

/**
 * A removal factor's 90 % interval from SDPT rows: one row → rf ± 1.645·sd; several → the median rf with
 * sd = √(mean sd² + variance of the rf values). Lower bound floored at 10 % of the centre (posnorm needs > 0).
 */
export function drawdownRange(
  inputs: EstimateInputs,
  solution: string,
  measure: string
): { lower: number; upper: number; n: number; unit: string; factor: number; toYear: number | null; how: string } | null {
  const table = inputs.drawdown.find((t) => t.solution === solution && t.measure === measure);
  if (!table) return null;
  let interval: { lower: number; upper: number } | null = null;
  let n = 0;
  let how = "";
  if (table.values) {
    const values = table.values.filter((v) => Number.isFinite(v) && v > 0);
    if (values.length >= 3) {
      interval = range90(values);
      n = values.length;
      how = "P05–P95";
    }
  } else if (table.quartiles && table.quartiles.n >= 3) {
    interval = lognormal90FromQuartiles(table.quartiles.p25, table.quartiles.p75);
    n = table.quartiles.n;
    how = "lognormal 90 % interval through the quartiles";
  }
  if (!interval) return null;
  const index = /2014/.test(table.unit) && inputs.usInflationPct ? priceIndexSince(2014, inputs.usInflationPct) : null;
  const factor = index?.factor ?? 1;
  return {
    lower: interval.lower * factor,
    upper: interval.upper * factor,
    n,
    unit: table.unit,
    factor,
    toYear: index?.toYear ?? null,
    how
  };
}

export function drawdownSource(solution: string, measure: string, d: NonNullable<ReturnType<typeof drawdownRange>>): string {
  const dollars = d.toYear
    ? `US$2014 × ${d.factor.toFixed(3)} (US CPI, World Bank) = US$${d.toYear}`
    : "US$2014 (not inflated: US CPI missing)";
  return `Project Drawdown ${solution} ${measure.replace("_", " ")}, ${d.how} of ${d.n} included literature values, ${dollars}; CC BY-NC-SA 4.0`;
}

/** Product timing: year of 10 % and of 90 % of the mature yield (Gompertz curve points), assumptions. */
export const PRODUCT_TIMING: Record<Product, { first: number; full: number; note: string }> = {
  timber: { first: 8, full: 18, note: "sawlog thinnings and rotation harvests of fast-growing stands from about year 8" },
  fuelwood: { first: 3, full: 8, note: "prunings and coppice from year 3" },
  fruit: { first: 4, full: 10, note: "grafted fruit trees bear from year 3–5" },
  fodder: { first: 2, full: 5, note: "browse and leaf fodder of shrubs and legume trees from year 2" },
  honey: { first: 3, full: 6, note: "bee forage once trees flower" },
  oil: { first: 3, full: 7, note: "Jatropha/Pongamia-type oil trees bear from year 2–4, full yield around year 5–8" }
};

/** What the table was built from: notes for the page (plain text). */

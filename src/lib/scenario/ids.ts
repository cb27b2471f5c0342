/**
 * The ids a Scenario may hold for its choices, defined once: the steps that own the choices (nursery
 * technologies, investment options, institutional arrangements) key their tables by these, and the
 * sanitiser accepts nothing else, so no page re-validates them with a default of its own.
 */

/** Nursery production systems (their effects: TECHNOLOGIES in src/lib/nursery/technologies.ts). */
export const TECHNOLOGY_IDS = ["bare-root", "polybag", "root-trainer", "air-pruning"] as const;
export type TechnologyId = (typeof TECHNOLOGY_IDS)[number];

/** Restoration options compared against doing nothing (src/lib/investment/model.ts). */
export const OPTION_IDS = ["natural", "plantation", "agroforestry", "bioenergy"] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/**
 * The discount rate of the decision NPV: a social (real) rate from government and development-bank
 * guidance (the default), or the real rate implied by the country's commercial lending rate (a sensitivity).
 */
export const DISCOUNT_BASES = ["social", "lending"] as const;
export type DiscountBasis = (typeof DISCOUNT_BASES)[number];

/**
 * An option as a page's setting: "best" — the feasible option with the best expected value, as /investment
 * finds it (the default of the value-of-information analysis and of /institutions) — or a named option.
 */
export const OPTION_CHOICES = ["best", ...OPTION_IDS] as const;
export type OptionChoice = (typeof OPTION_CHOICES)[number];

/** Institutional arrangements, in the order of the institutions model's arrangement_index (1–5). */
export const ARRANGEMENT_IDS = [
  "company-run",
  "community-concession",
  "cooperative-nursery",
  "carbon-sharing",
  "progressive-bond"
] as const;
export type ArrangementId = (typeof ARRANGEMENT_IDS)[number];

/** True when `value` is one of `ids` (a type guard for values read from a URL or a file). */
export function isOneOf<T extends string>(ids: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (ids as readonly string[]).includes(value);
}

/**
 * Plain-language advice from an EVPI ranking: what is most worth measuring before deciding, and up to how
 * much that measurement is worth (the expected value of perfect information is the most anyone should pay
 * to know a variable exactly). Pure: numbers and labels in, sentences out (shown as text, never HTML).
 */

import { formatUsd } from "../util/format.js";

/** One variable's EVPI, as the engine returns it (evpi for the output's decision). */
export interface EvpiEntry {
  variable: string;
  evpi: number;
}

export interface AdviceInput {
  /** multi_EVPI's decision for the output ("do" when its expected gain is positive); the EVPI values are for it. */
  decision: "do" | "dont";
  /** Mean of the output (e.g. NPV of the decision), USD per ha. */
  expectedValue: number;
  variables: readonly EvpiEntry[];
  /** Human labels by variable (falls back to the variable name). */
  labels?: Record<string, string>;
  /** What is being decided, e.g. "Multistrata agroforestry instead of doing nothing". */
  subject: string;
  /** Area, ha, for a whole-site figure (omit to give per-ha values only). */
  areaHa?: number;
  /** How many variables to name after the first (default 2). */
  more?: number;
}

export interface AdviceItem {
  variable: string;
  label: string;
  /** EVPI per ha. */
  evpi: number;
  /** How one might measure it. */
  how: string;
}

export interface Advice {
  /** One sentence on the decision under current knowledge. */
  decisionText: string;
  /** The main advice sentence. */
  headline: string;
  /** Ranked variables worth measuring (EVPI above the threshold), most valuable first. */
  items: AdviceItem[];
  /** True when no variable's EVPI is material: the decision is robust to what is not known. */
  robust: boolean;
}

/**
 * Suggestions of how to learn each kind of variable (matched on the variable name; first match wins).
 * Generic fallback: a local study or a structured expert estimate.
 */
export const MEASURE_HINTS: [RegExp, string][] = [
  [/field_survival|replacement/, "plant a trial block and count the survivors after the first dry season"],
  [
    /spoil_growth|natural_growth|wood_mai|^rf_/,
    "measure tree growth in plots on reclaimed spoil (height, diameter, biomass) for two or three seasons"
  ],
  [/p_regen_success/, "survey natural regrowth on older abandoned parts of the site and nearby disturbed land"],
  [/carbon_price|carbon_buffer|carbon_mrv|carbon_start/, "get quotes from carbon buyers or project developers for removal credits"],
  [/discount_rate/, "ask lenders and the finance team for the real cost of capital for this project"],
  [/earthworks|cover|amendments|fencing/, "get contractor quotes for the works on a costed design"],
  [/planting_stock|planting_rate|care_days|management_days|wage/, "cost a pilot planting season with local crews and the nursery"],
  [
    /bond|release_year|residual_liability|liability_upkeep|penalty/,
    "agree the closure-bond amount, fee and completion criteria with the regulator"
  ],
  [
    /fruit|fodder|honey|timber|fuelwood|oil_seed|oil_harvest|price_collapse/,
    "run a market study of prices and yields for the products from nearby farms and traders"
  ],
  [/tenure|theft|grazing/, "assess land claims and use with the community (participatory mapping, tenure survey)"],
  [/drought|fire/, "analyse local weather and fire records and talk to land users"]
];

export function howToMeasure(variable: string): string {
  for (const [pattern, hint] of MEASURE_HINTS) if (pattern.test(variable)) return hint;
  return "refine the estimate with local data or a structured expert estimate";
}

/** A label inside a sentence: the unit in brackets dropped, the first letter lower-case (not acronyms). */
export function inSentence(label: string): string {
  const text = label.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * Turns an EVPI ranking into advice. A variable counts as worth measuring when its EVPI is at least
 * max(1 USD/ha, 0.5 % of |expected value|); below that, knowing it would hardly ever change the decision.
 */
export function evpiAdvice(input: AdviceInput): Advice {
  const labels = input.labels ?? {};
  const label = (v: string) => labels[v] ?? v;
  const threshold = Math.max(1, Math.abs(input.expectedValue) * 0.005);
  const items: AdviceItem[] = input.variables
    .filter((v) => Number.isFinite(v.evpi) && v.evpi >= threshold)
    .sort((a, b) => b.evpi - a.evpi || a.variable.localeCompare(b.variable))
    .map((v) => ({ variable: v.variable, label: label(v.variable), evpi: v.evpi, how: howToMeasure(v.variable) }));
  // The sentence follows the sign of the expected value (multi_EVPI's own do/don't flag, from smoothed
  // integrals, can differ from it when the decision is close to break-even).
  const decisionText =
    input.expectedValue > 0
      ? `On what is known now, ${input.subject} is expected to pay: ${formatUsd(input.expectedValue)} per ha on average.`
      : `On what is known now, ${input.subject} is expected to cost more than it returns: ${formatUsd(input.expectedValue)} per ha on average.`;
  if (!items.length) {
    const largest = input.variables.filter((v) => Number.isFinite(v.evpi) && v.evpi > 0).sort((a, b) => b.evpi - a.evpi)[0];
    const aside = largest
      ? ` The largest value of information, for ${inSentence(label(largest.variable))}, is only ${formatUsd(largest.evpi)} per ha.`
      : "";
    return {
      decisionText,
      headline: `No single uncertain input is worth measuring before deciding: even knowing any one of them exactly would hardly ever change the decision.${aside}`,
      items,
      robust: true
    };
  }
  const top = items[0];
  const site =
    input.areaHa && input.areaHa > 0
      ? ` (${formatUsd(top.evpi * input.areaHa)} for the ${input.areaHa.toLocaleString("en-US")} ha site)`
      : "";
  let headline = `The most valuable thing to measure next is ${inSentence(top.label)}: knowing it exactly is worth up to ${formatUsd(top.evpi)} per ha${site}. To learn it, ${top.how}.`;
  const next = items.slice(1, 1 + (input.more ?? 2));
  if (next.length) headline += ` Next: ${next.map((i) => `${inSentence(i.label)} (up to ${formatUsd(i.evpi)} per ha)`).join(", ")}.`;
  headline += " A measurement is worth making only if it costs less than this.";
  return { decisionText, headline, items, robust: false };
}

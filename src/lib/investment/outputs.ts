/**
 * The restoration model's output names and their labels, defined once: the model writes them, the pages,
 * case studies and downloads read them. Names are R-syntactic, as decisionSupport output columns are.
 */
import { OPTION_IDS, OPTION_NAMES, type OptionId } from "./options.js";

/** NPV of doing nothing (the closure liability stays), USD/ha. */
export const NPV_BASELINE = "NPV_baseline";
/** NPV of an option on its own, USD/ha. */
export const npvOutput = (option: OptionId) => `NPV_${option}`;
/** NPV of an option minus doing nothing: the decision NPV, USD/ha. */
export const decisionOutput = (option: OptionId) => `NPV_decision_${option}`;
/** Year the option's cumulative discounted cash flow (vs doing nothing) turns positive (horizon + 1 = never). */
export const paybackOutput = (option: OptionId) => `Payback_${option}`;
/** Yearly cash flow of an option minus doing nothing, USD/ha (columns Cashflow_decision_<option>1..n). */
export const cashflowOutput = (option: OptionId) => `Cashflow_decision_${option}`;

/** True for a yearly series column (Cashflow_…): left out of scalar summaries and samples. */
export function isSeriesOutput(name: string): boolean {
  return /^Cashflow_/.test(name);
}

/** Labels of the scalar outputs for the summary download; `horizonYears` names the "never" payback year. */
export function outputLabels(horizonYears: number): Record<string, string> {
  const labels: Record<string, string> = { [NPV_BASELINE]: "Doing nothing: NPV, USD/ha" };
  for (const o of OPTION_IDS) {
    labels[npvOutput(o)] = `${OPTION_NAMES[o]}: NPV, USD/ha`;
    labels[decisionOutput(o)] = `${OPTION_NAMES[o]} minus doing nothing: NPV, USD/ha`;
    labels[paybackOutput(o)] = `${OPTION_NAMES[o]}: payback year (${horizonYears + 1} = not within the horizon)`;
  }
  return labels;
}

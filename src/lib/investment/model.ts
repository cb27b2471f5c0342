/**
 * The mine-restoration decision model: per hectare, in constant (real) US dollars, over a horizon of
 * `n_years`, it compares four restoration options with doing nothing (the closure liability stays):
 *
 *   natural      natural regeneration with minimal works (safety regrading, fencing, protection)
 *   plantation   timber and carbon plantation
 *   agroforestry multistrata agroforestry (fruit, fodder, honey, fuelwood, timber)
 *   bioenergy    bioenergy-oil trees (Jatropha / Pongamia / Croton-type seed oil)
 *
 * It is a decisionSupport model: `restorationModel(x, h)` takes one run's inputs `x` (variable name →
 * value, from the estimate table built in ./estimates.ts) and the engine's helpers `h` (vv,
 * chanceEvent, gompertzYield, discount, with R's semantics), and returns named numbers and arrays. The
 * same function runs in the Web Worker, in the CLI and in the tests. Equations, units and every default
 * with its source: docs/investment-model.md.
 *
 * Design choices (reasons in the doc):
 * - All options are evaluated in every run on the SAME draws (prices, weather, risk events): a choice
 *   between mutually exclusive options is judged in the same states of the world ("common random
 *   numbers"), so differences between options are not blurred by independent noise.
 * - The random draws happen once per run in `drawStates`, in a fixed documented order; everything after
 *   that is plain arithmetic (`optionStreams`, `baselineStreams`), which the institutions model reuses so
 *   that both pages see the same runs at the same seed.
 * - Cash flows are kept as signed streams (costs negative) so that the institutions model (src/lib/institutions/model.ts) can allocate each
 *   stream to stakeholders by rule.
 */

import type { ModelHelpers } from "../decision/index.js";
import { discountFactors, paybackYear, presentValue, requireInput } from "./finance.js";
import { type Inputs, OPTION_IDS, type OptionId } from "./options.js";
import { cashflowOutput, decisionOutput, NPV_BASELINE, npvOutput, paybackOutput } from "./outputs.js";
import { readParams } from "./params.js";
import { drawStates } from "./states.js";
import { baselineStreams, optionStreams, totalCashflow } from "./streams.js";

// ---------------------------------------------------------------------------------------------------
// The model

export type ModelOutputs = Record<string, number | number[]>;

/**
 * The investment model (decisionSupport model function). Outputs, per ha, USD (real):
 * NPV_baseline; NPV_<option>; NPV_decision_<option> (option minus doing nothing); Payback_<option>
 * (first year from which the cumulative discounted decision cash flow stays ≥ 0; n_years + 1 = not within
 * the horizon); Cashflow_decision_<option> (per year → Cashflow_decision_<option>1..n).
 */
export function restorationModel(x: Inputs, h: ModelHelpers): ModelOutputs {
  const states = drawStates(x, h);
  const params = readParams(x);
  // NPV = Σ cash flow × factor, the same sum as decisionSupport's discount(…, calculate_NPV = TRUE)
  // (up to floating-point rounding); the factors are computed once per run for all options.
  const factors = discountFactors(requireInput(x, "discount_rate"), states.n);
  const baseline = totalCashflow(baselineStreams(params, states));
  const npvBaseline = presentValue(baseline, factors);
  const out: ModelOutputs = { [NPV_BASELINE]: npvBaseline };
  const npv = {} as Record<OptionId, number>;
  const decisions = {} as Record<OptionId, number[]>;
  for (const option of OPTION_IDS) {
    const cashflow = totalCashflow(optionStreams(params, states, option));
    for (let i = 0; i < cashflow.length; i++) cashflow[i] -= baseline[i];
    decisions[option] = cashflow;
    npv[option] = presentValue(cashflow, factors);
  }
  // Written option by option per output kind: the output order is part of the result (R parity of columns).
  for (const option of OPTION_IDS) out[npvOutput(option)] = npv[option] + npvBaseline;
  for (const option of OPTION_IDS) out[decisionOutput(option)] = npv[option];
  for (const option of OPTION_IDS) out[paybackOutput(option)] = paybackYear(decisions[option], factors);
  for (const option of OPTION_IDS) out[cashflowOutput(option)] = decisions[option];
  return out;
}

export default restorationModel;

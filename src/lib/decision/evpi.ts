/**
 * Expected value of perfect information per input, as decisionSupport's empirical_EVPI and multi_EVPI:
 * sort the runs by the input, smooth the output over it (loess.as, GCV span; see loess.ts), weight the
 * smoothed curve by a normal density with the input's mean and sd (even when the input is not normal),
 * integrate with a left Riemann sum, and split the area into its positive and negative parts:
 * expected gain = A⁺ + A⁻, EVPI_do = −A⁻, EVPI_dont = A⁺. An output's decision is "do" when the mean of
 * the expected gains over all varying inputs is > 0; its EVPI column is EVPI_do then, EVPI_dont otherwise.
 */
import { loessAs } from "./loess.js";
import { dnorm } from "./normal.js";
import { mean, sd, sumExact } from "./stats.js";

export interface EvpiVariable {
  variable: string;
  /** A⁺ + A⁻ (≈ E[y]); null when the input does not vary. */
  expectedGain: number | null;
  evpiDo: number;
  evpiDont: number;
  /** EVPI for the output's decision. */
  evpi: number;
  /** Span loess.as chose (null for constant inputs). */
  span: number | null;
}

export interface EvpiResult {
  output: string;
  decision: "do" | "dont";
  variables: EvpiVariable[];
}

/** empirical_EVPI(mc, input, output) for one pair of columns. */
export function empiricalEvpi(input: ArrayLike<number>, output: ArrayLike<number>): Omit<EvpiVariable, "variable" | "evpi"> {
  const n = input.length;
  const m = mean(input);
  const s = sd(input, m);
  if (s === 0 || !(n > 2)) return { expectedGain: null, evpiDo: 0, evpiDont: 0, span: null };
  // order(): stable sort by the input.
  const index = Array.from({ length: n }, (_, i) => i).sort((a, b) => input[a] - input[b] || a - b);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = input[index[i]];
    ys[i] = output[index[i]];
  }
  const fit = loessAs(xs, ys);
  const pos = new Float64Array(n);
  const neg = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const weighted = fit.fitted[i] * dnorm(xs[i], m, s);
    const dx = i === 0 ? 0 : xs[i] - xs[i - 1];
    if (weighted >= 0) pos[i] = weighted * dx;
    else neg[i] = weighted * dx;
  }
  const aucPos = sumExact(pos);
  const aucNeg = sumExact(neg);
  return { expectedGain: aucNeg + aucPos, evpiDo: -aucNeg, evpiDont: aucPos, span: fit.span };
}

/**
 * multi_EVPI for the given outputs over all inputs (in input order). `onPair` reports progress after each
 * (input, output) pair.
 */
export function multiEvpi(
  inputs: Record<string, ArrayLike<number>>,
  inputNames: string[],
  outputs: Record<string, ArrayLike<number>>,
  outputNames: string[],
  onPair?: (done: number, total: number) => void
): EvpiResult[] {
  const total = inputNames.length * outputNames.length;
  let done = 0;
  return outputNames.map((output) => {
    const y = outputs[output];
    if (!y) throw new Error(`EVPI: there is no output called "${output}"`);
    const rows = inputNames.map((variable) => {
      const r = empiricalEvpi(inputs[variable], y);
      onPair?.(++done, total);
      return { variable, ...r };
    });
    const gains = rows.map((r) => r.expectedGain).filter((g): g is number => g !== null && !Number.isNaN(g));
    const decision: "do" | "dont" = gains.length > 0 && mean(gains) > 0 ? "do" : "dont";
    return { output, decision, variables: rows.map((r) => ({ ...r, evpi: decision === "do" ? r.evpiDo : r.evpiDont })) };
  });
}

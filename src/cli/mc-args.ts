/**
 * Command-line arguments of `npm run mc` (src/cli/mc.ts), parsed without a library so that every problem
 * becomes one clear sentence (echoes of the arguments cut to a short, printable form).
 */
import { printable } from "../lib/util/printable.js";

/** R's integers (set.seed takes one): −2147483647 … 2147483647 (−2^31 is R's NA_integer_). */
export const R_INTEGER_MAX = 2147483647;

export interface McArgs {
  estimates: string;
  model: string;
  n: number;
  seed: number;
  evpi: string[];
  vip: string[];
  json: boolean;
  /** Explicit correlation matrix CSV; by default `<estimates>_cor.csv` is used when it exists. */
  correlation?: string;
  method: "calculate" | "fit";
  /** Seconds the model may take in all before the run is stopped; undefined: no limit. */
  timeoutSeconds?: number;
  /** The model's JavaScript heap, MB (the worker's V8 old-generation limit); undefined: as large as this process's. */
  heapMb?: number;
}

export const USAGE =
  "usage: npm run mc -- --estimates FILE.csv --model FILE.ts --n 10000 --seed 42 [--evpi OUT1,OUT2] [--vip OUT] [--cor FILE_cor.csv] [--method calculate|fit] [--timeout SECONDS] [--heap MB] [--json]";

export class UsageError extends Error {}

/** Parses argv (without node and script). Throws UsageError naming the problem. */
export function parseMcArgs(argv: string[]): McArgs {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${printable(arg, 60)}"; ${USAGE}`);
    const [, name, inline] = match;
    if (!["estimates", "model", "n", "seed", "evpi", "vip", "cor", "method", "timeout", "heap"].includes(name))
      throw new UsageError(`unknown option --${printable(name, 30)}; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  for (const required of ["estimates", "model"]) if (!values.has(required)) throw new UsageError(`--${required} is required; ${USAGE}`);
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    if (!/^[-+]?\d+$/.test(text)) throw new UsageError(`--${name} must be an integer, got "${printable(text, 40)}"`);
    const v = Number(text);
    if (v < min || v > max || !Number.isSafeInteger(v))
      throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${printable(text, 40)}`);
    return v;
  };
  let timeoutSeconds: number | undefined;
  if (values.has("timeout")) {
    const text = values.get("timeout")!;
    const t = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(t > 0 && t <= 1e6))
      throw new UsageError(`--timeout must be a number of seconds above 0 (at most 1000000), got "${printable(text, 40)}"`);
    timeoutSeconds = t;
  }
  const list = (name: string) =>
    (values.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const method = values.get("method") ?? "calculate";
  if (method !== "calculate" && method !== "fit") throw new UsageError(`--method must be calculate or fit, got "${printable(method, 40)}"`);
  return {
    estimates: values.get("estimates")!,
    model: values.get("model")!,
    n: integer("n", 10000, 1, Number.MAX_SAFE_INTEGER),
    // set.seed takes an R integer; a larger seed would silently become another number (1e+23).
    seed: integer("seed", 42, -R_INTEGER_MAX, R_INTEGER_MAX),
    evpi: list("evpi"),
    vip: list("vip"),
    json,
    correlation: values.get("cor"),
    method,
    timeoutSeconds,
    heapMb: values.has("heap") ? integer("heap", 0, 16, 1_000_000) : undefined
  };
}

/**
 * Command-line arguments of `npm run mc` (src/cli/mc.ts), parsed without a library so that every problem
 * becomes one clear sentence.
 */

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
}

export const USAGE =
  "usage: npm run mc -- --estimates FILE.csv --model FILE.ts --n 10000 --seed 42 [--evpi OUT1,OUT2] [--vip OUT] [--cor FILE_cor.csv] [--method calculate|fit] [--json]";

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
    if (!match) throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
    const [, name, inline] = match;
    if (!["estimates", "model", "n", "seed", "evpi", "vip", "cor", "method"].includes(name))
      throw new UsageError(`unknown option --${name}; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  for (const required of ["estimates", "model"]) if (!values.has(required)) throw new UsageError(`--${required} is required; ${USAGE}`);
  const integer = (name: string, fallback: number, min: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    if (!/^-?\d+$/.test(text)) throw new UsageError(`--${name} must be an integer, got "${text}"`);
    const v = Number(text);
    if (v < min) throw new UsageError(`--${name} must be at least ${min}, got ${v}`);
    return v;
  };
  const list = (name: string) =>
    (values.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const method = values.get("method") ?? "calculate";
  if (method !== "calculate" && method !== "fit") throw new UsageError(`--method must be calculate or fit, got "${method}"`);
  return {
    estimates: values.get("estimates")!,
    model: values.get("model")!,
    n: integer("n", 10000, 1),
    seed: integer("seed", 42, -2147483648),
    evpi: list("evpi"),
    vip: list("vip"),
    json,
    correlation: values.get("cor"),
    method
  };
}

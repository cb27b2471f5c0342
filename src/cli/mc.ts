/**
 * `npm run mc -- --estimates FILE.csv --model FILE.ts --n 10000 --seed 42 [--evpi OUT1,OUT2] [--vip OUT] --json`
 *
 * Runs a decisionSupport-compatible Monte Carlo simulation of a model file (default export
 * `model(x, h)`) on an estimate table, and prints output summaries, EVPI and PLS-VIP (JSON with --json,
 * a table otherwise). Any problem with the input ends with exit code 2 and one line naming it.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatIssue, type Model, mcSimulation, multiEvpi, parseEstimateCsv, plsVip, summarize } from "../lib/decision/index.js";
import { type McArgs, parseMcArgs } from "./mc-args.js";

class InputError extends Error {}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new InputError(`${what} ${path} does not exist`);
  return readFileSync(path, "utf8");
}

/** R's estimate_read_csv looks for gsub(".csv", "_cor.csv", fileName) (a regex: "." matches any character). */
function defaultCorrelationPath(estimates: string): string {
  return estimates.replace(/.csv/g, "_cor.csv");
}

async function loadModel(path: string): Promise<Model> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new InputError(`model file ${path} does not exist`);
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(absolute).href);
  } catch (error) {
    throw new InputError(`model file ${path} could not be loaded: ${firstLine(error)}`);
  }
  if (typeof module.default !== "function") throw new InputError(`model file ${path} must default-export a function model(x, h)`);
  return module.default as Model;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

export async function runMc(args: McArgs) {
  const csv = readText(args.estimates, "estimate file");
  const corPath = args.correlation ?? defaultCorrelationPath(args.estimates);
  const corText =
    args.correlation !== undefined
      ? readText(corPath, "correlation file")
      : corPath !== args.estimates && existsSync(corPath)
        ? readFileSync(corPath, "utf8")
        : undefined;
  const { estimate, issues } = parseEstimateCsv(csv, corText);
  if (issues.length) throw new InputError(`${args.estimates}: ${issues.map(formatIssue).join("; ")}`);
  if (estimate.rows.length === 0) throw new InputError(`${args.estimates}: the table has no variables`);
  const model = await loadModel(args.model);
  const t0 = performance.now();
  const sim = mcSimulation(estimate, model, { n: args.n, seed: args.seed, method: args.method });
  const secondsMc = (performance.now() - t0) / 1000;
  for (const name of [...args.evpi, ...args.vip])
    if (!sim.outputs[name]) throw new InputError(`there is no output called "${name}" (outputs: ${sim.outputNames.join(", ")})`);
  const outputs: Record<string, Record<string, number>> = {};
  for (const name of sim.outputNames) {
    const s = summarize(sim.outputs[name]);
    outputs[name] = { q05: s.q05, q25: s.q25, q50: s.q50, q75: s.q75, q95: s.q95, mean: s.mean, sd: s.sd, p_gt0: s.p_gt0, p_lt0: s.p_lt0 };
  }
  const t1 = performance.now();
  const evpiResults = args.evpi.length ? multiEvpi(sim.inputs, sim.inputNames, sim.outputs, args.evpi) : [];
  const secondsEvpi = (performance.now() - t1) / 1000;
  const evpi: Record<string, { decision: string; variables: { variable: string; evpi: number }[] }> = {};
  for (const r of evpiResults)
    evpi[r.output] = { decision: r.decision, variables: r.variables.map((v) => ({ variable: v.variable, evpi: v.evpi })) };
  const vip: Record<string, { variable: string; vip: number; coef: number }[]> = {};
  for (const name of args.vip)
    vip[name] = plsVip(sim.inputs, sim.inputNames, sim.outputs[name]).variables.map((v) => ({
      variable: v.variable,
      vip: v.vip,
      coef: v.coef
    }));
  return { run: { n: args.n, seed: args.seed, seconds_mcSimulation: secondsMc, seconds_evpi: secondsEvpi }, outputs, evpi, vip };
}

function formatTable(result: Awaited<ReturnType<typeof runMc>>): string {
  const fmt = (v: number) =>
    Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(4) : v.toFixed(Math.abs(v) >= 100 ? 1 : 4);
  const lines = [
    `${result.run.n} runs, seed ${result.run.seed}: simulation ${result.run.seconds_mcSimulation.toFixed(3)} s, EVPI ${result.run.seconds_evpi.toFixed(3)} s`,
    ""
  ];
  const cols = ["q05", "q25", "q50", "q75", "q95", "mean", "sd", "p_gt0"];
  lines.push(["output".padEnd(24), ...cols.map((c) => c.padStart(13))].join(""));
  for (const [name, s] of Object.entries(result.outputs))
    lines.push([name.padEnd(24), ...cols.map((c) => fmt(s[c]).padStart(13))].join(""));
  for (const [name, r] of Object.entries(result.evpi)) {
    lines.push("", `EVPI for ${name} (decision: ${r.decision})`);
    for (const v of [...r.variables].sort((a, b) => b.evpi - a.evpi)) lines.push(`  ${v.variable.padEnd(28)}${fmt(v.evpi).padStart(14)}`);
  }
  for (const [name, rows] of Object.entries(result.vip)) {
    lines.push("", `PLS (component 1) for ${name}: VIP and coefficient`);
    for (const v of [...rows].sort((a, b) => b.vip - a.vip))
      lines.push(`  ${v.variable.padEnd(28)}${v.vip.toFixed(3).padStart(8)}${fmt(v.coef).padStart(14)}`);
  }
  return lines.join("\n");
}

async function main() {
  try {
    const args = parseMcArgs(process.argv.slice(2));
    const result = await runMc(args);
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result)}\n`);
  } catch (error) {
    process.stderr.write(`mc: ${firstLine(error)}\n`);
    // Every failure is a problem with the inputs, the model file or the model: exit code 2.
    process.exitCode = 2;
  }
}

await main();

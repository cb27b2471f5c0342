/**
 * `npm run mc -- --estimates FILE.csv --model FILE.ts --n 10000 --seed 42 [--evpi OUT1,OUT2] [--vip OUT] [--timeout S] --json`
 *
 * Runs a decisionSupport-compatible Monte Carlo simulation of a model file (default export
 * `model(x, h)`) on an estimate table, and prints output summaries, EVPI and PLS-VIP (JSON with --json,
 * a table otherwise). Any problem with the input ends with exit code 2 and one line naming it; what R
 * would only warn about (a correlation matrix that is not positive semidefinite, outputs that are NaN or
 * infinite in some runs) is a "warning:" line on stderr and, with --json, in the JSON.
 *
 * The model runs in a worker thread (src/cli/mc-run.ts): a model that never returns is stopped at
 * --timeout, one that calls process.exit or exhausts its memory (--heap MB) ends the worker, not this process, and
 * each is reported as such. The memory the run needs is estimated first and a run that cannot fit is
 * refused before anything is allocated.
 */
import { existsSync, readFileSync } from "node:fs";
import { totalmem } from "node:os";
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { type EstimateIssue, formatBytes, formatIssue, parseEstimateCsv } from "../lib/decision/index.js";
import { printable } from "../lib/util/printable.js";
import { type McArgs, parseMcArgs } from "./mc-args.js";
import type { RunRequest, RunResult } from "./mc-run.js";

class InputError extends Error {}

/** Messages are one line on a terminal: long ones are cut, control characters shown escaped. */
const MESSAGE_LENGTH = 4000;

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new InputError(`${what} ${printable(path, 200)} does not exist`);
  return readFileSync(path, "utf8");
}

/** R's estimate_read_csv looks for gsub(".csv", "_cor.csv", fileName) (a regex: "." matches any character). */
function defaultCorrelationPath(estimates: string): string {
  return estimates.replace(/.csv/g, "_cor.csv");
}

/**
 * Memory the columns of a run may take: half of this machine's memory (the inputs and outputs are typed
 * arrays, outside V8's heap; EVPI and PLS need about as much again while they run).
 */
export function memoryBudget(): number {
  return totalmem() / 2;
}

/** The worker's V8 heap limit by default: the same as this process's (a model's own objects live there). */
const DEFAULT_HEAP_MB = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);

export interface McOutcome {
  result: RunResult;
  warnings: string[];
}

/** Starts the worker on `request` and waits for its result, a timeout, a process.exit or running out of memory. */
function runInWorker(request: RunRequest, timeoutSeconds: number | undefined, heapMb: number): Promise<RunResult> {
  // The worker runs TypeScript through tsx like this process: it registers tsx's loader, then loads mc-run.ts.
  const runner = new URL("./mc-run.ts", import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(runner)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { mcRun: request },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    stdout: false,
    stderr: false
  });
  let done = 0;
  return new Promise<RunResult>((resolveRun, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer =
      timeoutSeconds === undefined
        ? undefined
        : setTimeout(
            () =>
              finish(() =>
                reject(
                  new InputError(
                    `the model did not finish within --timeout ${timeoutSeconds} s (${done} of ${request.n} runs done): does it loop forever?`
                  )
                )
              ),
            timeoutSeconds * 1000
          );
    worker.on("message", (message: { type: string; done?: number; result?: RunResult; message?: string }) => {
      if (message.type === "progress") done = message.done ?? done;
      else if (message.type === "result") finish(() => resolveRun(message.result!));
      else if (message.type === "error") finish(() => reject(new InputError(message.message)));
    });
    worker.on("error", (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new InputError(
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? `the model ran out of memory (more than ${heapMb} MB of JavaScript objects; ${done} of ${request.n} runs done): lower --n, make the model keep less, or raise --heap`
              : `the model failed: ${error.message}`
          )
        )
      )
    );
    worker.on("exit", (code) =>
      finish(() =>
        reject(
          new InputError(`the model ended the run with exit code ${code} (${done} of ${request.n} runs done) without returning outputs`)
        )
      )
    );
  });
}

export async function runMc(args: McArgs): Promise<McOutcome> {
  const csv = readText(args.estimates, "estimate file");
  const corPath = args.correlation ?? defaultCorrelationPath(args.estimates);
  const corText =
    args.correlation !== undefined
      ? readText(corPath, "correlation file")
      : corPath !== args.estimates && existsSync(corPath)
        ? readFileSync(corPath, "utf8")
        : undefined;
  const { estimate, issues, warnings = [] } = parseEstimateCsv(csv, corText);
  if (issues.length) throw new InputError(`${args.estimates}: ${issues.map(formatIssue).join("; ")}`);
  if (estimate.rows.length === 0) throw new InputError(`${args.estimates}: the table has no variables`);
  const modelPath = resolve(args.model);
  if (!existsSync(modelPath)) throw new InputError(`model file ${printable(args.model, 200)} does not exist`);
  // The inputs alone: refused before anything is allocated (the outputs are checked after run 1).
  const budget = memoryBudget();
  const inputBytes = args.n * estimate.rows.length * 8;
  if (inputBytes > budget)
    throw new InputError(
      `--n ${args.n} needs at least ${formatBytes(inputBytes)} for its ${estimate.rows.length} input columns (runs × inputs × 8 bytes), more than the ${formatBytes(budget)} allowed (half of this machine's memory): lower --n`
    );
  const result = await runInWorker(
    {
      estimate,
      modelPath,
      modelName: printable(args.model, 200),
      n: args.n,
      seed: args.seed,
      method: args.method,
      evpi: args.evpi,
      vip: args.vip,
      maxBytes: budget
    },
    args.timeoutSeconds,
    args.heapMb ?? DEFAULT_HEAP_MB
  );
  const notes = warnings.map((w: EstimateIssue) => `${args.estimates}: ${formatIssue(w)}`);
  for (const [name, bad] of Object.entries(result.non_finite))
    notes.push(
      `output "${name}" is not a finite number in ${bad.runs} of ${args.n} runs (first: run ${bad.first_run}; NaN ${bad.nan}, +Inf ${bad.inf}, -Inf ${bad.neg_inf}): its summaries are null`
    );
  return { result, warnings: notes };
}

function formatTable(result: RunResult): string {
  const fmt = (v: number | null) =>
    v === null || !Number.isFinite(v)
      ? "NA"
      : Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-3 && v !== 0)
        ? v.toExponential(4)
        : v.toFixed(Math.abs(v) >= 100 ? 1 : 4);
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
    const { result, warnings } = await runMc(args);
    for (const warning of warnings) process.stderr.write(`mc: warning: ${printable(warning, MESSAGE_LENGTH)}\n`);
    process.stdout.write(args.json ? `${JSON.stringify({ ...result, warnings }, null, 2)}\n` : `${formatTable(result)}\n`);
  } catch (error) {
    // One line, printable: no stack trace, no terminal escape sequences or NUL bytes from the files.
    process.stderr.write(`mc: ${printable(error instanceof Error ? error.message : String(error), MESSAGE_LENGTH)}\n`);
    // Every failure is a problem with the inputs, the model file or the model: exit code 2.
    process.exitCode = 2;
  }
}

await main();

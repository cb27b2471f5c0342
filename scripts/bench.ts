/**
 * `npm run bench`: timings of the project's heavy computations on this machine, each the median of
 * several runs after a warm-up, printed as a table next to targets and reference figures.
 *
 * Sections are independent: another area adds its own by appending to `sections` (a name and a function
 * returning rows). The decision-engine section measures mcSimulation of the 20-year reference model D
 * (vv, chanceEvent, gompertzYield; 23 inputs), EVPI for 5 and 30 inputs, and peak memory for
 * n = 10^5 runs × 40 inputs. R was not run here: the R column quotes the timings of the
 * decisionSupport semantics note (shared/notes/decisionsupport-semantics.md, 2-core machine, R 4.2.2).
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { type Estimate, parseEstimateCsv } from "../src/lib/decision/estimate.js";
import { multiEvpi } from "../src/lib/decision/evpi.js";
import { createRRandom } from "../src/lib/decision/rng.js";
import { type Model, mcSimulation } from "../src/lib/decision/simulate.js";
import { getModel } from "../src/lib/workflow/models.js";

export interface BenchRow {
  task: string;
  /** Measured value, formatted. */
  measured: string;
  target?: string;
  /** Reference figure (e.g. R's time) and where it comes from. */
  reference?: string;
  /** Whether the target is met (undefined when there is no target). */
  ok?: boolean;
}

export interface BenchSection {
  name: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** CPU time (ms) of this process for each measurement, by the last timeMedian call (see cpuNote). */
let lastCpuMedian = NaN;

/**
 * Median wall time (ms) of `repeats` calls after `warmup` unmeasured ones. The median CPU time of the same
 * calls is kept for cpuNote(): on a shared machine the process can wait for a core, CPU time does not.
 */
export function timeMedian(fn: () => void, repeats: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  lastCpuMedian = median(cpu);
  return median(times);
}

const cpuNote = () => `, CPU ${fmtMs(lastCpuMedian)}`;

/** A synthetic decision model with k inputs and 3 outputs over 20 years (EVPI and memory benchmarks). */
export function syntheticModel(k: number): { estimate: Estimate; model: Model; inputs: string[] } {
  const names = Array.from({ length: k }, (_, i) => `x${i + 1}`);
  const rows = names.map((name, i) => {
    const kinds = ["norm,50,150", "posnorm,20,80", "tnorm_0_1,0.1,0.6", "lnorm,5,50", "unif,-20,40"];
    const [dist, lower, upper] = kinds[i % kinds.length].split(",");
    return `${name},${dist},${lower},,${upper},Input ${i + 1}`;
  });
  const csv = `variable,distribution,lower,median,upper,label\n${rows.join("\n")}\n`;
  const { estimate, issues } = parseEstimateCsv(csv);
  if (issues.length) throw new Error(issues.map((i) => i.message).join("; "));
  const model: Model = (x, h) => {
    // Benefits from the first third of the inputs, costs from the second, risks from the rest.
    const third = Math.max(1, Math.floor(k / 3));
    let benefit = 0;
    let cost = 0;
    for (let i = 0; i < third; i++) benefit += x[names[i]];
    for (let i = third; i < 2 * third && i < k; i++) cost += x[names[i]];
    const risk = x[names[k - 1]];
    const yearly = h.vv(benefit - 0.9 * cost, 10, 20, { relativeTrend: 1 });
    const shock = h.chanceEvent(0.1, -Math.abs(risk) * 5, 0, 20);
    const a = yearly.map((v, t) => v + shock[t]);
    const b = a.map((v) => v - 0.1 * cost);
    const c = a.map((v) => v + 0.05 * benefit - 0.5 * Math.abs(risk));
    return { NPV_a: h.discount(a, 6, true), NPV_b: h.discount(b, 6, true), NPV_c: h.discount(c, 6, true) };
  };
  return { estimate, model, inputs: names };
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const decisionEngine: BenchSection = {
  name: "Decision engine (src/lib/decision)",
  run() {
    const rows: BenchRow[] = [];
    const d = getModel("cooperative-nursery");
    const { estimate } = parseEstimateCsv(d.estimates!);
    for (const [n, repeats, targetMs, rTime] of [
      [1e4, 15, 40, "≈ 1.9 s"],
      [1e5, 5, 400, "≈ 20 s"]
    ] as const) {
      const ms = timeMedian(() => mcSimulation(estimate, d.model, { n, seed: 42 }), repeats);
      rows.push({
        task: `mcSimulation, model D (20 years, vv + chanceEvent), n = ${n.toLocaleString("en")}`,
        measured: `${fmtMs(ms)} (${Math.round(n / (ms / 1000)).toLocaleString("en")} runs/s${cpuNote()})`,
        target: `≤ ${targetMs} ms`,
        reference: `R ${rTime}`,
        ok: ms <= targetMs
      });
    }
    // The same without the WebAssembly core (rng.wat): what a browser without WebAssembly SIMD gets.
    const jsOnly = timeMedian(() => mcSimulation(estimate, d.model, { n: 1e4, rng: createRRandom(42, { webAssembly: false }) }), 5);
    rows.push({
      task: "the same, n = 10,000, JavaScript random numbers only (no WebAssembly)",
      measured: `${fmtMs(jsOnly)} (${Math.round(1e4 / (jsOnly / 1000)).toLocaleString("en")} runs/s${cpuNote()})`,
      reference: "fallback"
    });
    const sim = mcSimulation(estimate, d.model, { n: 1e4, seed: 42 });
    const five = ["seedling_price", "seedling_demand", "demand_trend", "production_cost", "fixed_labour"];
    const evpi5 = timeMedian(() => multiEvpi(sim.inputs, five, sim.outputs, ["NPV_decision"]), 3);
    rows.push({
      task: "EVPI, 5 inputs × 1 output, n = 10,000 (model D)",
      measured: `${fmtMs(evpi5)} (${cpuNote().slice(2)})`,
      target: "≤ 1 s",
      reference: "R ≈ 49 s (4–5 inputs)",
      ok: evpi5 <= 1000
    });
    const synth = syntheticModel(30);
    const s30 = mcSimulation(synth.estimate, synth.model, { n: 1e4, seed: 42 });
    const evpi30 = timeMedian(() => multiEvpi(s30.inputs, synth.inputs, s30.outputs, ["NPV_a", "NPV_b", "NPV_c"]), 3, 0);
    rows.push({
      task: "EVPI, 30 inputs × 3 outputs, n = 10,000 (synthetic model)",
      measured: `${fmtMs(evpi30)} (${cpuNote().slice(2)})`,
      target: "≤ 15 s",
      reference: "R ≈ 19 min (33 × 3)",
      ok: evpi30 <= 15000
    });
    // Peak memory of n = 10^5 runs × 40 inputs, in a fresh process so earlier benchmarks do not count.
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--memory-child"], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`memory benchmark failed: ${child.stderr}`);
    const mem = JSON.parse(child.stdout.trim().split("\n").pop()!) as { peakMb: number; baseMb: number; columnsMb: number; heapMb: number };
    rows.push({
      task: "Peak memory, n = 100,000 runs × 40 inputs (fresh process)",
      measured: `${mem.peakMb.toFixed(0)} MB RSS (Node alone ${mem.baseMb.toFixed(0)} MB; columns ${mem.columnsMb.toFixed(0)} MB; heap ${mem.heapMb.toFixed(0)} MB)`,
      target: "≤ 200 MB",
      reference: "",
      ok: mem.peakMb <= 200
    });
    return rows;
  }
};

/**
 * Species page: scoring every species of the species dataset for the present and a +3 °C climate at a
 * humid lowland site in Borneo (botanical country BOR, Indonesia), with native status and risk, then
 * filtering, ranking and counting (the work the page times on every input change; target ≤ 50 ms in the
 * browser), and choosing a 6-species native-first mix.
 */
const speciesSelection: BenchSection = {
  name: "Species selection (src/lib/species/: score, native, rank, mix)",
  async run() {
    const { loadSpecies } = await import("../src/data/_build/species.js");
    const species = await import("../src/lib/species/index.js");
    const { selectMix } = await import("../src/lib/species/index.js");
    const { EMPTY_SUBSTRATE } = await import("../src/lib/species/substrate.js");
    const prepared = loadSpecies().records.map(species.prepareSpecies);
    const present = { tMean: 26.6, precAnnual: 2704, dryMonths: 0, tMinColdest: 23, koppen: "Af" };
    const site = {
      present,
      scenario: { ...present, tMean: 29.6, tMinColdest: 26 },
      elevation: 23,
      substrate: { ...EMPTY_SUBSTRATE, ph: 4.8 },
      place: {
        area: { code: "BOR", name: "Borneo", level2: 42, level1: 4 },
        areaDistanceKm: 0,
        country: { iso3: "IDN", name: "Indonesia" }
      }
    };
    let ranked: ReturnType<typeof species.rankSpecies> = [];
    const scoring = timeMedian(
      () => {
        const scored = species.scoreSpecies(prepared, site);
        ranked = species.rankSpecies(species.filterSpecies(scored, species.NO_FILTERS));
        species.countSpecies(ranked);
      },
      21,
      3
    );
    const scoringCpu = cpuNote();
    const mix = timeMedian(() => selectMix(ranked, { k: 6, areaLabel: "Borneo (BOR)" }), 21, 3);
    return [
      {
        task: `Score (with native status and risk), filter, rank and count ${prepared.length} species (present and +3 °C)`,
        measured: `${fmtMs(scoring)} (${scoringCpu.slice(2)})`,
        target: "≤ 50 ms (in the browser)",
        ok: scoring <= 50
      },
      { task: "Choose a 6-species native-first mix (pool of 20)", measured: `${fmtMs(mix)} (${cpuNote().slice(2)})` }
    ];
  }
};

/**
 * Closure page: what the worker does for one estimate — parse the closure estimate CSV (a copper open pit
 * in a seasonal climate at a Zambian wage: 13 activities, 45 rows), simulate 10^4 runs of the closure model
 * and summarise (target ≤ 200 ms); then the same with the PLS-VIP of the total the page asks for.
 */
const closureCost: BenchSection = {
  name: "Closure cost (src/lib/closure)",
  async run() {
    const { closureEstimate, closureEstimateCsv } = await import("../src/lib/closure/estimate.js");
    const { runRequest } = await import("../src/lib/decision/run-request.js");
    const { defaultScenario } = await import("../src/lib/scenario/index.js");
    const { coverDesign } = await import("../src/lib/site/cover.js");
    const scenario = defaultScenario();
    scenario.site = { lat: -12.8, lon: 28.21, name: "Copperbelt" };
    const cover = {
      ...coverDesign({ purpose: "growth medium", availableWater: 0.15, climate: "seasonal" }),
      texture: null,
      from: "bench",
      climate: "seasonal"
    };
    const assessment = {
      climate: { present: { koppen: "Cwa", precAnnual: 1200, plantingMonths: [10, 11, 0] } },
      soil: { amendments: { cover, coverReasons: [] } }
    };
    const estimate = closureEstimate({
      scenario,
      assessment: assessment as unknown as Parameters<typeof closureEstimate>[0]["assessment"],
      mine: { name: "Bench copper", source: "ICMM", commodities: ["Copper"], openPit: true, areaKm2: null, distanceKm: 0 },
      country: { name: "Zambia", gdpPerCapitaUsd: 1350, gdpYear: 2023 },
      usa: { name: "United States", gdpPerCapitaUsd: 81250, gdpYear: 2023 },
      usInflationPct: null,
      nursery: null
    });
    const csv = closureEstimateCsv(estimate.rows);
    const plain = timeMedian(() => runRequest({ model: "closure", estimates: csv, n: 1e4, seed: 42 }, getModel), 11, 2);
    const plainCpu = cpuNote();
    const withVip = timeMedian(() => runRequest({ model: "closure", estimates: csv, n: 1e4, seed: 42, vip: ["total"] }, getModel), 5, 1);
    return [
      {
        task: `Closure estimate: parse ${estimate.rows.length} rows, simulate and summarise, n = 10,000 (as the worker does)`,
        measured: `${fmtMs(plain)} (${plainCpu.slice(2)})`,
        target: "≤ 200 ms",
        ok: plain <= 200
      },
      { task: "the same with the PLS-VIP of the total (uncertainty by activity)", measured: `${fmtMs(withVip)} (${cpuNote().slice(2)})` }
    ];
  }
};

/** All benchmark sections, in print order. Add yours here. */
export const sections: BenchSection[] = [decisionEngine, speciesSelection, closureCost];

function printTable(section: string, rows: BenchRow[]): void {
  const header = ["task", "measured", "target", "reference", ""];
  const cells = rows.map((r) => [r.task, r.measured, r.target ?? "", r.reference ?? "", r.ok === undefined ? "" : r.ok ? "ok" : "MISSED"]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${section}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

/** Run in a child process: peak resident memory while simulating n = 10^5 runs of a 40-input model. */
function memoryChild(): void {
  const base = process.memoryUsage().rss;
  const big = syntheticModel(40);
  let peak = base;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heap = Math.max(heap, m.heapUsed + m.arrayBuffers);
  };
  const result = mcSimulation(big.estimate, big.model, { n: 1e5, seed: 42, progressEvery: 1000, onProgress: sample });
  sample();
  const columnsMb = ((result.inputNames.length + result.outputNames.length) * result.n * 8) / 2 ** 20;
  console.log(JSON.stringify({ peakMb: peak / 2 ** 20, baseMb: base / 2 ** 20, columnsMb, heapMb: heap / 2 ** 20 }));
}

async function main() {
  console.log(
    `npm run bench — node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (2 cores; other work inflates times)`
  );
  console.log("R figures are not measured here: they are the decisionSupport timings quoted in shared/notes/decisionsupport-semantics.md.");
  for (const section of sections) printTable(section.name, await section.run());
}

if (process.argv.includes("--memory-child")) memoryChild();
else if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await main();

/**
 * The closure estimate the page downloads (a decisionSupport estimate CSV) is read back by the engine's CLI
 * and gives the same summary at the same seed: write the table, wrap the closure model in a model file, run
 * `npm run mc` (tsx src/cli/mc.ts) at n = 10,000, seed 42, and compare with the in-process simulation the
 * hand-over runs — every output's summary must agree, and the VIP of the total too.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closureEstimate, closureEstimateCsv, toEngineEstimate } from "../../../src/lib/closure/estimate.js";
import { closureModel } from "../../../src/lib/closure/model.js";
import { mcSimulation, plsVip, summarize } from "../../../src/lib/decision/index.js";
import { inputFor } from "./fixture.js";

const root = resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "mrs-closure-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("closureEstimateCsv(rows) read back by the mc CLI", () => {
  it("gives the same output summaries and VIP at seed 42, n = 10,000", () => {
    const estimate = closureEstimate(inputFor());
    const csvPath = join(dir, "closure-estimate.csv");
    writeFileSync(csvPath, closureEstimateCsv(estimate.rows));
    const modelPath = join(dir, "closure-model.ts");
    writeFileSync(modelPath, `export { closureModel as default } from ${JSON.stringify(join(root, "src/lib/closure/model.ts"))};\n`);
    const stdout = execFileSync(
      process.execPath,
      [
        join(root, "node_modules/tsx/dist/cli.mjs"),
        join(root, "src/cli/mc.ts"),
        "--estimates",
        csvPath,
        "--model",
        modelPath,
        "--n",
        "10000",
        "--seed",
        "42",
        "--vip",
        "total",
        "--json"
      ],
      { cwd: root, encoding: "utf8", timeout: 120_000 }
    );
    const cli = JSON.parse(stdout) as {
      outputs: Record<string, Record<string, number>>;
      vip: Record<string, { variable: string; vip: number }[]>;
    };
    const sim = mcSimulation(toEngineEstimate(estimate.rows), closureModel, { n: 10000, seed: 42 });
    expect(Object.keys(cli.outputs)).toEqual(sim.outputNames);
    for (const name of sim.outputNames) {
      const s = summarize(sim.outputs[name]);
      for (const field of ["q05", "q25", "q50", "q75", "q95", "mean", "sd"] as const) {
        const expected = s[field];
        expect(cli.outputs[name][field], `${name} ${field}`).toBeCloseTo(expected, Math.abs(expected) > 1 ? 6 : 12);
      }
    }
    expect(cli.outputs.total.q50).toBeGreaterThan(0);
    const vip = plsVip(sim.inputs, sim.inputNames, sim.outputs.total).variables;
    const byName = new Map(vip.map((v) => [v.variable, v.vip]));
    expect(cli.vip.total.length).toBe(vip.length);
    for (const v of cli.vip.total) expect(v.vip, v.variable).toBeCloseTo(byName.get(v.variable)!, 9);
  }, 120_000);
});

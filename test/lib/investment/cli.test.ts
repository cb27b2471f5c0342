/**
 * The estimate table exported from /investment is read back by the engine's CLI and gives the same
 * summary at the same seed: export the default table with the page's writer, wrap the model in a model
 * file, run `npm run mc` (tsx src/cli/mc.ts) at n = 10,000, seed 42, and compare with the in-process run
 * of the page's path (validate the rows, simulate) — every output summary must agree.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateEstimate } from "../../../src/lib/decision/estimate.js";
import { mcSimulation } from "../../../src/lib/decision/simulate.js";
import { summarize } from "../../../src/lib/decision/stats.js";
import { defaultEstimates } from "../../../src/lib/investment/defaults.js";
import { estimateCsv, toEstimate } from "../../../src/lib/investment/estimates.js";
import { restorationModel } from "../../../src/lib/investment/model.js";

const root = resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "mrs-investment-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("estimateCsv(rows) read back by the mc CLI", () => {
  it("gives the same output summaries at seed 42, n = 10,000", () => {
    const { rows } = defaultEstimates({
      horizonYears: 25,
      planting: { densityPerHa: 1100, fieldSurvival: 0.75, replacementRate: 0.2 },
      country: null,
      usInflationPct: null,
      removalFactors: [
        {
          iso3: "ZMB",
          type: "Planted forest",
          name: "Wood fiber or timber",
          sciName: null,
          removalFactor: 5.878086396,
          removalFactorSd: 0.925945776977575,
          maiMean: null
        }
      ],
      drawdown: [],
      site: null,
      nursery: null,
      mix: []
    });
    const csvPath = join(dir, "investment-estimates.csv");
    // Text a spreadsheet would run as a formula is written with the CSV writer's guard; the CLI reads it back undone.
    rows[0] = { ...rows[0], label: "=SUM(A1:A2)", description: "-5 % a year", unit: "@unit" };
    writeFileSync(csvPath, estimateCsv(rows));
    expect(readFileSync(csvPath, "utf8")).toContain("'=SUM(A1:A2)");
    const modelPath = join(dir, "restoration-model.ts");
    writeFileSync(modelPath, `export { restorationModel as default } from ${JSON.stringify(join(root, "src/lib/investment/model.ts"))};\n`);
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
        "--json"
      ],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 120_000
      }
    );
    const cli = JSON.parse(stdout) as { outputs: Record<string, Record<string, number>> };

    const { valid, issues } = validateEstimate(toEstimate(rows).rows);
    expect(issues).toEqual([]);
    const sim = mcSimulation({ rows: valid, columns: [] }, restorationModel, { n: 10000, seed: 42 });
    expect(Object.keys(cli.outputs)).toEqual(sim.outputNames);
    for (const name of sim.outputNames) {
      const s = summarize(sim.outputs[name]);
      for (const field of ["q05", "q25", "q50", "q75", "q95", "mean", "sd", "p_gt0", "p_lt0"] as const) {
        const expected = s[field];
        expect(cli.outputs[name][field], `${name} ${field}`).toBeCloseTo(expected, Math.abs(expected) > 1 ? 6 : 12);
      }
    }
  }, 120_000);
});

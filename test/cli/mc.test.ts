/**
 * The `npm run mc` command line, spawned as a user runs it (tsx src/cli/mc.ts), on the reference model D
 * and on bad inputs: exit code 2 and one line naming the problem, no stack trace.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMcArgs } from "../../src/cli/mc-args.js";

const FIX = "test/fixtures/decision";
const ref = JSON.parse(readFileSync(`${FIX}/D.r.json`, "utf8"));

function mc(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/mc.ts", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("mc --estimates D.csv --model D.model.ts --n 10000 --seed 42 --evpi NPV_decision --vip NPV_decision --json", () => {
  const r = mc(
    "--estimates",
    `${FIX}/D.csv`,
    "--model",
    `${FIX}/D.model.ts`,
    "--n",
    "10000",
    "--seed",
    "42",
    "--evpi",
    "NPV_decision",
    "--vip",
    "NPV_decision",
    "--json"
  );
  const out = r.code === 0 ? JSON.parse(r.stdout) : undefined;

  it("exits 0 and prints the JSON shape of issue 4", () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(Object.keys(out)).toEqual(["run", "outputs", "evpi", "vip"]);
    expect(out.run).toMatchObject({ n: 10000, seed: 42 });
    expect(out.run.seconds_mcSimulation).toBeGreaterThan(0);
    expect(Object.keys(out.outputs.NPV_decision)).toEqual(["q05", "q25", "q50", "q75", "q95", "mean", "sd", "p_gt0", "p_lt0"]);
    expect(Object.keys(out.outputs)).toEqual(ref.output_columns);
  });

  it("reports R's quantiles and means", () => {
    for (const key of ["q05", "q50", "q95", "mean"])
      expect(Math.abs(out.outputs.NPV_decision[key] / ref.outputs.NPV_decision[key] - 1)).toBeLessThan(1e-9);
  });

  it("reports the EVPI decision and every input, R's top input first by value", () => {
    expect(out.evpi.NPV_decision.decision).toBe("do");
    expect(out.evpi.NPV_decision.variables.map((v: { variable: string }) => v.variable)).toEqual(
      ref.estimate.map((e: { variable: string }) => e.variable)
    );
    const top = [...out.evpi.NPV_decision.variables].sort((a, b) => b.evpi - a.evpi)[0];
    expect(top.variable).toBe("seedling_price");
  });

  it("reports VIP and coefficients of the varying inputs", () => {
    const price = out.vip.NPV_decision.find((v: { variable: string }) => v.variable === "seedling_price");
    expect(Math.abs(price.vip / ref.pls.VIP_comp1.seedling_price - 1)).toBeLessThan(1e-6);
    expect(out.vip.NPV_decision.length).toBe(ref.pls.variables.length);
  });
});

describe("mc with bad input", () => {
  const oneLine = (r: ReturnType<typeof mc>) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n").length).toBe(1);
    expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack trace
    return r.stderr;
  };
  it("names a missing estimate file", () =>
    expect(oneLine(mc("--estimates", "nope.csv", "--model", `${FIX}/D.model.ts`))).toMatch(/estimate file nope.csv does not exist/));
  it("lists every problem of a bad table with its line and column", () => {
    const line = oneLine(mc("--estimates", `${FIX}/bad-estimates.csv`, "--model", `${FIX}/D.model.ts`, "--n", "10"));
    for (const expected of [
      /line 2 \(price\), column lower: posnorm needs 0 < lower/,
      /line 3 \(cost\), column lower: lower \(5\) is greater than upper \(2\)/,
      /line 4 \(cost\), column variable: duplicate/,
      /line 5 \(share\), column upper: tnorm_0_1/,
      /line 6 \(n\), column upper: a const needs lower = upper/,
      /line 7 \(x\), column distribution: "gaussian" is not a valid distribution/,
      /line 8 \(y\), column lower: "abc" is not a number/,
      /line 9 \(z\), column median: median \(5\) is outside/
    ])
      expect(line).toMatch(expected);
  });
  it("names the run where the model threw", () =>
    expect(oneLine(mc("--estimates", `${FIX}/D.csv`, "--model", `${FIX}/throws.model.ts`, "--n", "100"))).toMatch(
      /the model failed in run \d+: price above 0.8/
    ));
  it("rejects outputs of varying length", () =>
    expect(oneLine(mc("--estimates", `${FIX}/D.csv`, "--model", `${FIX}/varying.model.ts`, "--n", "100"))).toMatch(
      /output "cashflow" has length \d in run \d+ but \d in run 1/
    ));
  it("names an unknown output for --evpi", () =>
    expect(oneLine(mc("--estimates", `${FIX}/D.csv`, "--model", `${FIX}/D.model.ts`, "--n", "50", "--evpi", "NPV"))).toMatch(
      /no output called "NPV"/
    ));
  it("rejects a model file without a default export", () =>
    expect(oneLine(mc("--estimates", `${FIX}/D.csv`, "--model", `${FIX}/D.csv`))).toMatch(/could not be loaded|default-export/));
  it("rejects a non-integer --n", () =>
    expect(oneLine(mc("--estimates", `${FIX}/D.csv`, "--model", `${FIX}/D.model.ts`, "--n", "ten"))).toMatch(/--n must be an integer/));
});

describe("parseMcArgs(argv)", () => {
  it("reads the options of issue 4", () => {
    expect(
      parseMcArgs(["--estimates", "a.csv", "--model", "m.ts", "--n", "100", "--seed", "7", "--evpi", "A,B", "--vip", "A", "--json"])
    ).toMatchObject({
      estimates: "a.csv",
      model: "m.ts",
      n: 100,
      seed: 7,
      evpi: ["A", "B"],
      vip: ["A"],
      json: true
    });
  });
  it("requires --estimates and --model", () => expect(() => parseMcArgs(["--model", "m.ts"])).toThrow(/--estimates is required/));
  it("rejects unknown options", () =>
    expect(() => parseMcArgs(["--estimates", "a", "--model", "b", "--fast"])).toThrow(/unknown option --fast/));
});

/**
 * The `npm run mc` command line, spawned as a user runs it (tsx src/cli/mc.ts), on the reference model D
 * and on bad inputs: exit code 2 and one line naming the problem, no stack trace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    expect(Object.keys(out)).toEqual(["run", "outputs", "evpi", "vip", "non_finite", "warnings"]);
    expect(out.non_finite).toEqual({});
    expect(out.warnings).toEqual([]);
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

/** Files written for one test (hostile inputs are made here, not kept as fixtures that linters would read). */
const tmp = mkdtempSync(join(tmpdir(), "mc-hostile-"));
function file(name: string, text: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
const simple = `${FIX}/simple.csv`;
const model = `${FIX}/D.model.ts`;

describe("mc with hostile numbers (issue 19)", () => {
  const oneLine = (r: ReturnType<typeof mc>) => {
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n").length).toBe(1);
    return r.stderr;
  };
  it("refuses -Inf, 1e999, Infinity and NaN in a bound, naming line and column", () => {
    const csv = file(
      "nonfinite.csv",
      "variable,distribution,lower,median,upper\na,norm,-Inf,,2\nb,norm,1,,1e999\nc,norm,Infinity,,2\nd,norm,NaN,,1\n"
    );
    const line = oneLine(mc("--estimates", csv, "--model", model, "--n", "10"));
    expect(line).toMatch(/line 2 \(a\), column lower: "-Inf" is infinite/);
    expect(line).toMatch(/line 3 \(b\), column upper: "1e999" is beyond the largest number a computer holds/);
    expect(line).toMatch(/line 4 \(c\), column lower: "Infinity" is infinite/);
    expect(line).toMatch(/line 5 \(d\), column lower: "NaN" is not a number/);
  });
  it("refuses a range whose arithmetic would overflow (1e308 … 1.7e308)", () => {
    const csv = file("overflow.csv", "variable,distribution,lower,upper\na,norm,-1.7e308,1.7e308\nb,unif,1e308,1.7e308\n");
    const line = oneLine(mc("--estimates", csv, "--model", model, "--n", "10"));
    expect(line).toMatch(/line 2 \(a\), column lower: "-1.7e308" is too large: beyond ±1e300/);
    expect(line).toMatch(/line 3 \(b\), column upper: "1.7e308" is too large/);
  });
  it("reports outputs that are NaN or infinite in some runs: count, first run, and which in the JSON", () => {
    const r = mc("--estimates", simple, "--model", `${FIX}/nonfinite.model.ts`, "--n", "2000", "--seed", "1", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.non_finite)).toEqual(["ratio"]);
    const bad = out.non_finite.ratio;
    expect(bad.runs).toBe(bad.nan + bad.inf + bad.neg_inf);
    expect(bad.nan).toBeGreaterThan(0);
    expect(bad.inf).toBeGreaterThan(0);
    expect(bad.first_run).toBeGreaterThanOrEqual(1);
    expect(out.outputs.ratio.q50).toBeNull();
    expect(out.outputs.NPV.q50).not.toBeNull();
    expect(r.stderr).toMatch(
      new RegExp(`mc: warning: output "ratio" is not a finite number in ${bad.runs} of 2000 runs \\(first: run ${bad.first_run};`)
    );
  });
});

describe("mc with hostile models (issues 16 and 19)", () => {
  const oneLine = (r: ReturnType<typeof mc>) => {
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n").length).toBe(1);
    expect(r.stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
    return r.stderr;
  };
  it("names a model that calls process.exit(0), with exit code 2", () =>
    expect(oneLine(mc("--estimates", simple, "--model", `${FIX}/exits.model.ts`, "--n", "100"))).toMatch(
      /the model failed in run 3: the model called process.exit\(0\): a model must return its outputs/
    ));
  it("stops a model that never returns at --timeout", () => {
    const t0 = Date.now();
    const line = oneLine(mc("--estimates", simple, "--model", `${FIX}/loops.model.ts`, "--n", "100", "--timeout", "2"));
    expect(line).toMatch(/the model did not finish within --timeout 2 s \(0 of 100 runs done\)/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
  it("says an async model returned a Promise", () =>
    expect(oneLine(mc("--estimates", simple, "--model", `${FIX}/async.model.ts`, "--n", "10"))).toMatch(
      /the model returned a Promise \(is it an async function\?\)/
    ));
  it("shows a syntax error with its line, column and message", () => {
    const path = file("syntax.model.ts", "export default function model(x) {\n  const npv = x.benefit -\n  return { NPV: npv +* 2 };\n}\n");
    expect(oneLine(mc("--estimates", simple, "--model", path, "--n", "10"))).toMatch(
      /model file .*syntax\.model\.ts has a syntax error at line 3, column \d+: Unexpected/
    );
  });
  it("reports a model that exhausts its memory instead of a V8 fatal error", () => {
    const line = oneLine(mc("--estimates", simple, "--model", `${FIX}/hungry.model.ts`, "--n", "100000", "--heap", "128"));
    expect(line).toMatch(/the model ran out of memory \(more than 128 MB of JavaScript objects; \d+ of 100000 runs done\)/);
  });
  it("refuses --n 1000000000 before allocating, with the memory it would need", () => {
    const t0 = Date.now();
    expect(oneLine(mc("--estimates", simple, "--model", model, "--n", "1000000000"))).toMatch(
      /--n 1000000000 needs at least 16.0 GB for its 2 input columns \(runs × inputs × 8 bytes\), more than the [\d.,]+ [GM]B allowed/
    );
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
  it("refuses a run whose outputs would not fit, after run 1", () =>
    expect(oneLine(mc("--estimates", simple, "--model", `${FIX}/big-output.model.ts`, "--n", "100000"))).toMatch(
      /100000 runs of 2 inputs and 5000000 output values each need about 4,000 GB \(runs × values × 8 bytes\), more than the [\d.,]+ [GM]B allowed: lower the number of runs/
    ));
  it("refuses a variable named __proto__ (it would never reach the model)", () => {
    const csv = file("proto.csv", "variable,distribution,lower,upper\n__proto__,norm,1,2\ncost,norm,40,100\n");
    expect(oneLine(mc("--estimates", csv, "--model", model, "--n", "10"))).toMatch(
      /line 2 \(__proto__\), column variable: a variable cannot be named "__proto__"/
    );
  });
  it("names a duplicated header column", () => {
    const csv = file("dup.csv", "variable,distribution,lower,lower,upper\na,norm,1,2,3\n");
    expect(oneLine(mc("--estimates", csv, "--model", model, "--n", "10"))).toMatch(
      /the header names column "lower" twice \(columns 3 and 4\)/
    );
  });
  it("echoes a bad header line short and printable: no escape sequences, no NUL bytes, not 5 MB", () => {
    const escapes = file("escapes.csv", `\u001b]0;pwned\u0007\u001b[2J${"x".repeat(5_000_000)}\na,b\n`);
    const r1 = mc("--estimates", escapes, "--model", model, "--n", "10");
    const line = oneLine(r1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test checks that none reaches the terminal
    expect(line.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(line).toMatch(/\\x1b\]0;pwned\\x07\\x1b\[2J/);
    expect(line.length).toBeLessThan(1000);
    const utf16 = file("utf16.csv", Buffer.from("\ufeffvariable,distribution,lower,upper\na,norm,1,2\n", "utf16le"));
    const line16 = oneLine(mc("--estimates", utf16, "--model", model, "--n", "10"));
    expect(line16).not.toContain("\u0000");
    expect(line16).toMatch(/missing required columns .*\\0/);
  });
  it("warns, like R's mvtnorm, when the correlation matrix is not positive semidefinite, with its smallest eigenvalue", () => {
    const est = file("cor.csv", "variable,distribution,lower,upper\na,norm,1,2\nb,norm,1,2\nc,norm,1,2\n");
    const cor = file("cor_cor.csv", ",a,b,c\na,1,0.9,-0.9\nb,0.9,1,0.9\nc,-0.9,0.9,1\n");
    const m = file("abc.model.ts", "export default (x: Record<string, number>) => ({ s: x.a + x.b + x.c });\n");
    const r = mc("--estimates", est, "--cor", cor, "--model", m, "--n", "100", "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/mc: warning: .*the correlation matrix is not positive semidefinite \(smallest eigenvalue -0\.8\d+\)/);
    expect(JSON.parse(r.stdout).warnings[0]).toMatch(/smallest eigenvalue/);
  });
});

describe("parseMcArgs(argv) on hostile flags", () => {
  it("refuses seeds outside R's integer range, and --n beyond a safe integer", () => {
    expect(() => parseMcArgs(["--estimates", "a", "--model", "b", "--seed", "99999999999999999999999"])).toThrow(
      /--seed must be an integer from -2147483647 to 2147483647, got 99999999999999999999999/
    );
    expect(() => parseMcArgs(["--estimates", "a", "--model", "b", "--seed", "2147483648"])).toThrow(/--seed must be an integer from/);
    expect(parseMcArgs(["--estimates", "a", "--model", "b", "--seed", "-2147483647"]).seed).toBe(-2147483647);
    expect(() => parseMcArgs(["--estimates", "a", "--model", "b", "--n", "99999999999999999999"])).toThrow(/--n must be an integer from 1/);
  });
  it("reads --timeout as positive seconds", () => {
    expect(parseMcArgs(["--estimates", "a", "--model", "b", "--timeout", "2.5"]).timeoutSeconds).toBe(2.5);
    for (const bad of ["0", "-1", "Inf", "1e999", "abc"])
      expect(() => parseMcArgs(["--estimates", "a", "--model", "b", "--timeout", bad]), bad).toThrow(
        /--timeout must be a number of seconds/
      );
  });
  it("echoes a bad argument short and printable", () => {
    expect(() => parseMcArgs(["\u001b[2J".repeat(1000)])).toThrow(/^unexpected argument "(\\x1b\[2J)+… \(4,000 characters\)"/);
  });
});

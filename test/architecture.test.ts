/**
 * The house rules (docs/architecture.md), read from every import under src/. Each failure names the file
 * and the import, so a broken rule says what to move:
 * - the engine (src/lib/decision) imports nothing outside itself, and others use it through its index.ts;
 * - a workflow step imports only earlier steps (site ← species ← nursery ← closure ← investment ←
 *   institutions ← monitoring), the base folders (data, util, scenario) and the engine — never workflow/;
 * - src/lib imports neither components nor browser glue (src/client), nor npm: specifiers;
 * - components draw: from src/lib they take types, and values only from util/, scenario/ and labels.ts files;
 * - every file in src/lib sits in a folder and stays under 500 lines.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const LIB = join(SRC, "lib");

/** The workflow steps in chain order; a step may import only those before it. */
const STEPS = ["site", "species", "nursery", "closure", "investment", "institutions", "monitoring"];
/** Folders below the steps: every step may import them; they import no step. */
const BASE = ["decision", "data", "util", "scenario"];
/**
 * Engine modules that depend on nothing but each other and that src/lib/util re-exports directly (CSV
 * reader and writer, number cells, printable echoes): importing them through the engine's index would load
 * the whole engine (RNG, distributions, simulation) on every page that offers a CSV download.
 */
const ENGINE_LEAVES = ["csv.ts", "numbers.ts", "printable.ts"];
/** Tools beside the chain: they may import the base folders, the steps and each other, not workflow/. */
const TOOLS = ["atlas", "explore"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".") || name === "node_modules") return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Import {
  file: string;
  specifier: string;
  /** Resolved path of a relative import (with .ts for .js), else null. */
  target: string | null;
  typeOnly: boolean;
  line: number;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  // Pages: only their ```js code blocks hold imports.
  const code = file.endsWith(".md") ? [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n") : text;
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean, index: number) => {
    const resolved = specifier.startsWith(".") ? normalize(join(dirname(file), specifier)).replace(/\.js$/, ".ts") : null;
    found.push({ file, specifier, target: resolved, typeOnly, line: code.slice(0, index).split("\n").length });
  };
  for (const m of code.matchAll(IMPORT)) add(m[3], Boolean(m[2]), m.index ?? 0);
  for (const m of code.matchAll(DYNAMIC)) add(m[1], false, m.index ?? 0);
  return found;
}

const files = walk(SRC).filter((f) => /\.(ts|md)$/.test(f) && !f.includes(`${join("src", ".observablehq")}`));
const imports = files.flatMap(importsOf);
const rel = (path: string) => relative(ROOT, path);
const describeImport = (i: Import) => `${rel(i.file)}:${i.line} imports "${i.specifier}"`;

/** The src/lib folder of a path ("site", "decision", …), or null outside src/lib. */
function libFolder(path: string): string | null {
  const r = relative(LIB, path);
  if (r.startsWith("..")) return null;
  return r.includes("/") ? r.split("/")[0] : "";
}

describe("architecture: imports under src/", () => {
  it("finds the imports it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.filter((i) => libFolder(i.file) === "decision").length).toBeGreaterThan(20);
  });

  it("keeps the engine (src/lib/decision) free of anything outside itself", () => {
    const bad = imports.filter((i) => libFolder(i.file) === "decision" && (i.target === null || libFolder(i.target) !== "decision"));
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("reaches the engine only through src/lib/decision/index.ts from outside", () => {
    const bad = imports.filter(
      (i) =>
        i.target !== null &&
        libFolder(i.target) === "decision" &&
        libFolder(i.file) !== "decision" &&
        !i.target.endsWith(join("decision", "index.ts")) &&
        !ENGINE_LEAVES.some((leaf) => i.target!.endsWith(join("decision", leaf)))
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("lets a workflow step import only earlier steps, the base folders and the engine", () => {
    const bad = imports.filter((i) => {
      const from = libFolder(i.file);
      if (from === null || !STEPS.includes(from) || i.target === null) return false;
      const to = libFolder(i.target);
      if (to === null) return true; // components, client, pages
      if (to === from || BASE.includes(to)) return false;
      if (STEPS.includes(to)) return STEPS.indexOf(to) > STEPS.indexOf(from);
      return true; // workflow/, atlas/, explore/
    });
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("keeps the base folders (data, util, scenario) free of steps, tools and workflow", () => {
    const bad = imports.filter((i) => {
      const from = libFolder(i.file);
      if (from === null || !BASE.includes(from) || from === "decision" || i.target === null) return false;
      const to = libFolder(i.target);
      return to === null || !BASE.includes(to);
    });
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("keeps the tools (atlas, explore) off workflow/", () => {
    const bad = imports.filter((i) => {
      const from = libFolder(i.file);
      return (
        from !== null &&
        TOOLS.includes(from) &&
        i.target !== null &&
        libFolder(i.target) !== from &&
        !BASE.includes(libFolder(i.target) ?? "-") &&
        !STEPS.includes(libFolder(i.target) ?? "-") &&
        !TOOLS.includes(libFolder(i.target) ?? "-")
      );
    });
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("keeps src/lib pure: no components, no browser glue, no npm: specifiers", () => {
    const bad = imports.filter(
      (i) => libFolder(i.file) !== null && (i.specifier.startsWith("npm:") || (i.target !== null && libFolder(i.target) === null))
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("lets components take from src/lib only types, util/, scenario/ and labels.ts values, and no browser glue", () => {
    const bad = imports.filter((i) => {
      if (!rel(i.file).startsWith(join("src", "components"))) return false;
      if (i.target === null) return false;
      if (rel(i.target).startsWith(join("src", "client"))) return true;
      const to = libFolder(i.target);
      if (to === null || i.typeOnly) return false;
      return !(to === "util" || to === "scenario" || i.target.endsWith("labels.ts"));
    });
    expect(bad.map(describeImport)).toEqual([]);
  });
});

describe("architecture: src/lib files", () => {
  const libFiles = walk(LIB).filter((f) => f.endsWith(".ts"));

  it("puts every module in a folder (only index-style entry files may sit at the top)", () => {
    expect(libFiles.filter((f) => libFolder(f) === "").map(rel)).toEqual([]);
  });

  it("keeps every module under 500 lines", () => {
    const long = libFiles
      .map((f) => ({ file: rel(f), lines: readFileSync(f, "utf8").split("\n").length }))
      .filter((f) => f.lines > 500)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});

/**
 * The species components draw and never compute: they import only types, src/lib/util/,
 * src/lib/scenario/ and the species step's words (src/lib/species/labels.ts) — docs/architecture.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const files = readdirSync("src/components").filter((f) => f.startsWith("species-") && f.endsWith(".ts"));

describe("species components' imports", () => {
  it.each(files)("%s imports from src/lib only types, util, scenario and labels", (file) => {
    const text = readFileSync(`src/components/${file}`, "utf8");
    const bad = [...text.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+"(\.\.\/lib\/[^"]+)"/gms)]
      .filter(
        ([, what, path]) =>
          !/^\.\.\/lib\/(util|scenario)\//.test(path) && !/\/labels\.js$/.test(path) && !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(what)
      )
      .map(([, , path]) => path);
    expect(bad).toEqual([]);
  });
});

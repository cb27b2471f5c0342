#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
/**
 * Fill Observable Framework's npm cache from node_modules, so that the site builds and runs with no CDN.
 *
 * Framework resolves every `npm:` import (and the implicit Plot, d3, Inputs, htl, DuckDB, Arrow,
 * parquet-wasm imports) to `/_npm/<name>@<version>/_esm.js` and downloads that file from a CDN only when
 * it is missing from `<root>/.observablehq/cache/_npm/`. The version is taken from the cache folder names
 * first. So we write one ES-module bundle per package here, built by esbuild from the exact versions in
 * package-lock.json, with imports between filled packages kept external (Plot shares d3, DuckDB-Wasm
 * shares apache-arrow) and rewritten to the relative cache paths Framework itself would write.
 *
 * Also copied verbatim: DuckDB-Wasm's wasm files and workers, parquet-wasm's wasm. Empty
 * `<name>@0.0.0-not-installed` folders for Framework's "recommended libraries" stop it asking the registry
 * for their latest version at build time. See docs/offline-build.md.
 *
 * Runs before `build` and `dev` (npm pre-scripts). Skips work when the stamp matches the installed versions.
 */
import { build } from "esbuild";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const cacheRoot = join(projectRoot, "src", ".observablehq", "cache", "_npm");

/** Packages bundled into the cache; `external` lists the other filled packages a bundle imports. */
const PACKAGES = [
  { name: "d3" },
  { name: "d3-dsv" },
  { name: "htl" },
  { name: "isoformat" },
  { name: "apache-arrow" },
  { name: "@observablehq/plot", external: ["d3"] },
  { name: "@observablehq/inputs" },
  { name: "arquero" },
  {
    name: "parquet-wasm",
    entry: "parquet-wasm/esm/parquet_wasm.js",
    copy: ["esm/parquet_wasm_bg.wasm"]
  },
  {
    name: "@duckdb/duckdb-wasm",
    entry: "@duckdb/duckdb-wasm/dist/duckdb-browser.mjs",
    external: ["apache-arrow"],
    // DuckDB-Wasm names third-party hosts: jsDelivr in getJsDelivrBundles() (unused by Framework), its
    // extension repositories (used to auto-install extensions) and unpkg in an unused EXPLAIN template.
    // They are overwritten in the copies with same-length local paths, so that neither the site nor the
    // engine can reach another host (a same-origin 404 at worst). See docs/offline-build.md.
    scrub: ["https://cdn.jsdelivr.net/npm/"],
    scrubBinary: [
      "https://extensions.duckdb.org",
      "https://community-extensions.duckdb.org",
      "https://nightly-extensions.duckdb.org",
      "https://unpkg.com/treeflex/dist/css/treeflex.css"
    ],
    copy: ["dist/duckdb-mvp.wasm", "dist/duckdb-eh.wasm", "dist/duckdb-browser-mvp.worker.js", "dist/duckdb-browser-eh.worker.js"]
  }
];

/** Framework's client looks these up lazily; a placeholder version keeps the build off the registry. */
const NOT_INSTALLED = [
  "lodash",
  "echarts",
  "leaflet",
  "mapbox-gl",
  "react",
  "react-dom",
  "topojson-client",
  "@observablehq/sample-datasets"
];

/** node_modules/<name>: read directly, as some packages do not export their package.json. */
function packageDir(name) {
  return join(projectRoot, "node_modules", name);
}

function versionOf(name) {
  return JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version;
}

/** Every occurrence of `url` in `bytes` replaced by a local path of the same byte length. */
function replaceSameLength(bytes, url) {
  const from = Buffer.from(url, "latin1");
  const to = Buffer.from(`./offline-no-remote-host${"_".repeat(url.length)}`.slice(0, url.length), "latin1");
  let at = bytes.indexOf(from);
  while (at !== -1) {
    to.copy(bytes, at);
    at = bytes.indexOf(from, at + from.length);
  }
  return bytes;
}

async function main() {
  const versions = Object.fromEntries(PACKAGES.map(({ name }) => [name, versionOf(name)]));
  const stampPath = join(cacheRoot, ".filled-from-node_modules.json");
  const stamp = JSON.stringify(
    { versions, notInstalled: NOT_INSTALLED, script: readFileSync(fileURLToPath(import.meta.url), "utf8").length },
    null,
    2
  );
  if (existsSync(stampPath) && (await readFile(stampPath, "utf8")) === stamp) {
    console.warn("npm cache: up to date");
    return;
  }
  await rm(cacheRoot, { recursive: true, force: true });
  const started = performance.now();
  for (const pkg of PACKAGES) {
    const dir = join(cacheRoot, `${pkg.name}@${versions[pkg.name]}`);
    const outfile = join(dir, "_esm.js");
    const externals = new Map((pkg.external ?? []).map((dep) => [dep, join(cacheRoot, `${dep}@${versions[dep]}`, "_esm.js")]));
    await build({
      entryPoints: [pkg.entry ?? pkg.name],
      absWorkingDir: projectRoot,
      outfile,
      bundle: true,
      format: "esm",
      platform: "browser",
      mainFields: ["browser", "module", "main"],
      conditions: ["browser", "import", "module"],
      target: "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "warning",
      plugins: [
        {
          name: "filled-packages-external",
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              const target = externals.get(args.path);
              if (!target) return undefined;
              let path = relative(dirname(outfile), target).split("\\").join("/");
              if (!path.startsWith(".")) path = `./${path}`;
              return { path, external: true };
            });
          }
        }
      ]
    });
    for (const url of pkg.scrub ?? []) {
      const source = await readFile(outfile, "utf8");
      await writeFile(outfile, source.split(url).join("/_npm/"));
    }
    for (const file of pkg.copy ?? []) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      let bytes = await readFile(join(packageDir(pkg.name), file));
      for (const url of pkg.scrubBinary ?? []) bytes = replaceSameLength(bytes, url);
      await writeFile(join(dir, file), bytes);
    }
  }
  for (const name of NOT_INSTALLED) await mkdir(join(cacheRoot, `${name}@0.0.0-not-installed`), { recursive: true });
  await writeFile(stampPath, stamp);
  console.warn(`npm cache: filled ${PACKAGES.length} packages in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error) => {
  console.error(`fill-npm-cache: ${error.message}`);
  process.exit(1);
});

import { caseStudies, routes } from "./src/lib/workflow/routes.js";

/**
 * Observable Framework configuration. Offline settings (see docs/offline-build.md):
 * - no web fonts: `globalStylesheets: []` (Framework's default loads a font from a third-party host);
 * - DuckDB's json and parquet extensions are not downloaded (`null`): DuckDB-Wasm reads Arrow IPC
 *   streams and CSV only, and Parquet is decoded by parquet-wasm;
 * - npm packages come from the cache filled by scripts/fill-npm-cache.mjs.
 */
export default {
  title: "Mine Restoration Studio",
  root: "src",
  style: "style.css",
  globalStylesheets: [],
  pages: [
    ...routes.map(({ name, path }) => ({ name, path })),
    ...(caseStudies.length ? [{ name: "Case studies", open: true, pages: caseStudies.map(({ name, path }) => ({ name, path })) }] : [])
  ],
  pager: false,
  search: false,
  toc: false,
  // An empty icon: no favicon request (and no 404) on any page.
  head: '<meta name="color-scheme" content="light"><link rel="icon" href="data:,">',
  footer: "Mine Restoration Studio · real open data, computed in your browser, no request leaves this site.",
  duckdb: { extensions: { json: null, parquet: null } }
};

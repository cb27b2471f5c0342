// Pages and components import browser libraries with Framework's `npm:` specifiers (resolved from the
// offline cache that scripts/fill-npm-cache.mjs fills). These declarations give them the types of the
// same packages in node_modules. Library code in src/lib never imports these (it stays pure).
declare module "npm:htl" {
  export * from "htl";
}
declare module "npm:d3" {
  export * from "d3";
}
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:@observablehq/inputs" {
  export function button(content: unknown, options?: Record<string, unknown>): HTMLElement;
  export function checkbox(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function radio(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function range(extent?: [number, number], options?: Record<string, unknown>): HTMLElement;
  export function number(extent?: [number, number], options?: Record<string, unknown>): HTMLElement;
  export function search(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function select(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function table(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function text(options?: Record<string, unknown>): HTMLElement;
  export function textarea(options?: Record<string, unknown>): HTMLElement;
  export function toggle(options?: Record<string, unknown>): HTMLElement;
  export function file(options?: Record<string, unknown>): HTMLElement;
  export function form(inputs: unknown, options?: Record<string, unknown>): HTMLElement;
  export function bind(target: HTMLElement, source: HTMLElement, invalidation?: Promise<void>): HTMLElement;
  export function input(value: unknown): HTMLElement;
}
// Framework's DuckDB client (its stdlib duckdb.js), imported dynamically by src/client/sql-engine.ts.
declare module "npm:@observablehq/duckdb" {
  export class DuckDBClient {
    static of(sources?: Record<string, unknown>, config?: { query?: Record<string, boolean> }): Promise<DuckDBClient>;
    query(sql: string, params?: unknown[]): Promise<import("apache-arrow").Table>;
    /** The underlying @duckdb/duckdb-wasm AsyncDuckDB (Framework 1.13 defines it on every client). */
    readonly _db: import("@duckdb/duckdb-wasm").AsyncDuckDB;
  }
}

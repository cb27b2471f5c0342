/**
 * The explorer's example queries against the dataset catalogue: each one is run by DuckDB (node) over
 * empty tables with exactly the catalogue's columns and types, so a renamed column or table, or a
 * syntax error, fails here rather than on the page.
 */
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { datasets } from "../../../src/lib/data/catalogue.js";
import { availableExamples, EXAMPLE_QUERIES, tableName } from "../../../src/lib/explore/examples.js";

const duckType = { string: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN" } as const;

describe("EXAMPLE_QUERIES", () => {
  it("have unique ids and titles", () => {
    expect(new Set(EXAMPLE_QUERIES.map((e) => e.id)).size).toBe(EXAMPLE_QUERIES.length);
    expect(new Set(EXAMPLE_QUERIES.map((e) => e.title)).size).toBe(EXAMPLE_QUERIES.length);
  });

  it("run in DuckDB over tables with the catalogue's columns", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      for (const dataset of datasets) {
        const columns = dataset.columns.map((c) => `"${c.name}" ${duckType[c.type]}`).join(", ");
        await connection.run(`CREATE TABLE ${tableName(dataset.name)} (${columns})`);
      }
      const examples = availableExamples(datasets.map((d) => tableName(d.name)));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        await expect(connection.run(example.sql), example.id).resolves.toBeDefined();
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe("availableExamples(tables)", () => {
  it("offers only the examples whose tables all exist", () => {
    const examples = [
      { id: "a", title: "A", tables: ["mines"], sql: "" },
      { id: "b", title: "B", tables: ["mines", "species"], sql: "" }
    ];
    expect(availableExamples(["mines"], examples).map((e) => e.id)).toEqual(["a"]);
    expect(availableExamples(["species", "mines"], examples).map((e) => e.id)).toEqual(["a", "b"]);
  });
});

describe("src/explore.md", () => {
  it("loads every dataset of the catalogue as a table, from its Arrow stream", () => {
    const page = readFileSync("src/explore.md", "utf8");
    for (const dataset of datasets) {
      expect(page, dataset.name).toContain(`${tableName(dataset.name)}: arrowFile(FileAttachment("data/${dataset.name}.arrow").href)`);
    }
  });
});

describe("tableName(dataset)", () => {
  it("turns a dataset's file name into a SQL identifier", () => {
    expect(tableName("climate-stations")).toBe("climate_stations");
    expect(tableName("country-economics")).toBe("country_economics");
    expect(tableName("mines")).toBe("mines");
  });
  it("rejects a name that cannot start an identifier", () => {
    expect(() => tableName("2020-data")).toThrow(/table name/);
  });
});

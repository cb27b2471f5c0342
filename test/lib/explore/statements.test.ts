import { describe, expect, it } from "vitest";
import {
  changesTables,
  checkSql,
  needsAllTables,
  referencedTables,
  splitStatements,
  stripSqlComments
} from "../../../src/lib/explore/statements.js";

describe("stripSqlComments(sql)", () => {
  it("removes line and block comments", () => {
    expect(stripSqlComments("SELECT 1 -- one\n/* two */ + 2")).toBe("SELECT 1 \n  + 2");
  });
  it("keeps comment markers inside string literals and quoted identifiers", () => {
    expect(stripSqlComments("SELECT '--x', \"a/*b\" FROM t")).toBe("SELECT '--x', \"a/*b\" FROM t");
  });
  it("handles doubled quotes inside a literal", () => {
    expect(stripSqlComments("SELECT 'it''s -- here' -- gone")).toBe("SELECT 'it''s -- here' ");
  });
});

describe("checkSql(sql)", () => {
  it("accepts an ordinary query, trimmed", () => {
    expect(checkSql("  SELECT * FROM mines LIMIT 5;\n")).toEqual({
      ok: true,
      sql: "SELECT * FROM mines LIMIT 5;",
      statements: [{ text: "SELECT * FROM mines LIMIT 5", keyword: "SELECT" }]
    });
  });
  it("rejects an empty editor, or one holding only comments and semicolons", () => {
    for (const sql of ["", "   ", "-- nothing\n", "/* x */ ;"]) {
      const check = checkSql(sql);
      expect(check.ok, JSON.stringify(sql)).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/Write a query/);
    }
  });
  it("rejects reading a table from a URL, with an offline message", () => {
    for (const sql of [
      "SELECT * FROM 'https://example.com/x.csv'",
      "select * from read_csv('s3://bucket/x.csv')",
      "SELECT * FROM parquet_scan(['http://a/b.parquet'])",
      "ATTACH 'https://example.com/db.duckdb' AS remote",
      "SELECT * FROM t JOIN 'http://x/y.csv' USING (id)"
    ]) {
      const check = checkSql(sql);
      expect(check.ok, sql).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/offline/);
    }
  });
  it("allows a URL as a plain text value", () => {
    expect(checkSql("SELECT 'https://www.fao.org/ecocrop' AS source").ok).toBe(true);
  });
  it("ignores a URL that is only in a comment", () => {
    expect(checkSql("SELECT 1 -- from 'https://x'").ok).toBe(true);
  });
  it("rejects INSTALL and LOAD of extensions", () => {
    for (const sql of ["INSTALL httpfs", "load parquet;", "SELECT 1; FORCE INSTALL spatial"]) {
      const check = checkSql(sql);
      expect(check.ok, sql).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/Extensions/);
    }
  });
  it("does not mistake a column named load for the LOAD statement", () => {
    expect(checkSql("SELECT load FROM t").ok).toBe(true);
  });
});

describe("referencedTables(sql, known)", () => {
  const known = ["species", "mines", "mining_area", "climate_stations"];
  it("finds the tables a query names, in any case and quoted", () => {
    expect(referencedTables('SELECT * FROM Mines JOIN "mining_area" USING (iso3)', known)).toEqual(["mines", "mining_area"]);
  });
  it("ignores names inside string literals and comments", () => {
    expect(referencedTables("SELECT 'species' AS t -- from climate_stations\nFROM mines", known)).toEqual(["mines"]);
  });
  it("matches whole identifiers only", () => {
    expect(referencedTables("SELECT * FROM mines_2", known)).toEqual([]);
    expect(referencedTables("SELECT 1", known)).toEqual([]);
  });
});

describe("needsAllTables(sql)", () => {
  it("is true for statements that list tables or columns", () => {
    expect(needsAllTables("SHOW TABLES")).toBe(true);
    expect(needsAllTables("show all tables;")).toBe(true);
    expect(needsAllTables("SELECT * FROM information_schema.columns")).toBe(true);
    expect(needsAllTables("SELECT * FROM duckdb_tables()")).toBe(true);
  });
  it("is false otherwise, and for the words inside a text value", () => {
    expect(needsAllTables("SELECT * FROM mines")).toBe(false);
    expect(needsAllTables("SELECT 'show tables' AS x")).toBe(false);
  });
});

describe("splitStatements(sql)", () => {
  it("splits at semicolons outside strings, quoted names and comments, and names each first word", () => {
    expect(splitStatements("SELECT 'a;b' AS \"x;y\"; -- c;\n/* d; */ drop table t;")).toEqual([
      { text: "SELECT 'a;b' AS \"x;y\"", keyword: "SELECT" },
      { text: "-- c;\n/* d; */ drop table t", keyword: "DROP" }
    ]);
  });
  it("reads E'…' escapes, $$…$$ and $tag$…$tag$ strings and nested block comments as DuckDB does", () => {
    expect(splitStatements("SELECT E'\\';COMMIT;' AS x; SELECT 2").map((s) => s.keyword)).toEqual(["SELECT", "SELECT"]);
    expect(splitStatements("SELECT $$a;COMMIT$$").length).toBe(1);
    expect(splitStatements("SELECT $t$ ; $$ ; $t$").length).toBe(1);
    expect(splitStatements("/* a /* b */ ; */ SELECT 3").map((s) => s.keyword)).toEqual(["SELECT"]);
  });
  it("skips empty statements and takes the first word after opening parentheses", () => {
    expect(splitStatements(" ;; (SELECT 1) UNION (SELECT 2);\n")).toEqual([{ text: "(SELECT 1) UNION (SELECT 2)", keyword: "SELECT" }]);
  });
});

describe("checkSql(sql): statements that could keep changes or reach outside", () => {
  it("refuses transaction control, with the reason", () => {
    for (const sql of [
      "BEGIN",
      "SELECT 1; COMMIT",
      "DROP TABLE species; COMMIT; SELECT 1",
      "end",
      "ABORT",
      "START TRANSACTION",
      "rollback",
      "CHECKPOINT"
    ]) {
      const check = checkSql(sql);
      expect(check.ok, sql).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/rolled back/);
    }
  });
  it("refuses other databases, files and the default schema", () => {
    for (const [sql, why] of [
      ["ATTACH ':memory:' AS x", /one database/],
      ["DETACH memory", /one database/],
      ["USE memory.main", /one database/],
      ["COPY species TO 'x.csv'", /files/],
      ["EXPORT DATABASE 'x'", /files/]
    ] as const) {
      const check = checkSql(sql);
      expect(check.ok, sql).toBe(false);
      if (!check.ok) expect(check.message, sql).toMatch(why);
    }
  });
  it("lets changes to tables through (the engine undoes them) and says that they change tables", () => {
    const check = checkSql("DROP TABLE species; SELECT 1");
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.statements.map((s) => s.keyword)).toEqual(["DROP", "SELECT"]);
      expect(changesTables(check.statements)).toBe(true);
    }
    const read = checkSql("SELECT 1");
    expect(read.ok && changesTables(read.statements)).toBe(false);
  });
  it("does not mistake words inside strings or names for statements", () => {
    expect(checkSql("SELECT 'COMMIT' AS \"BEGIN\"; SELECT $$;ROLLBACK$$").ok).toBe(true);
  });
});

describe("splitStatements(sql) against DuckDB's own parser", () => {
  // DuckDB (node) extracts the statements of each script and gives each one's type: the split must find as
  // many, and every statement DuckDB types as a transaction, attach/detach, copy, export, load or USE must be refused.
  const scripts = [
    "SELECT 1; COMMIT",
    "SELECT E'\\';COMMIT;' AS x; SELECT 2",
    "SELECT $$a;COMMIT$$",
    "SELECT $t$ ; $$ ; $t$; SELECT 2",
    "/* a /* b */ ; */ SELECT 3",
    "SELECT 'it''s;'; SELECT \"a;b\" FROM (SELECT 1 AS \"a;b\")",
    "BEGIN; DROP TABLE species; COMMIT",
    "ROLLBACK",
    "END",
    "ABORT",
    "START TRANSACTION",
    "USE memory.main",
    "ATTACH ':memory:' AS x",
    "DETACH x",
    "CHECKPOINT",
    "FORCE CHECKPOINT",
    "COPY species TO 'x.csv'",
    "EXPORT DATABASE 'x'",
    "LOAD json",
    "INSTALL json",
    "DROP TABLE species; SELECT 1",
    "FROM species; SUMMARIZE species; PRAGMA show_tables",
    "-- only a comment\nSELECT 1 -- trailing; comment\n;"
  ];
  it("finds the statements DuckDB finds and refuses the ones that could escape the rollback", async () => {
    const { DuckDBInstance, StatementType } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    await connection.run("CREATE TABLE species (id INTEGER, name VARCHAR)");
    const escaping = new Set([
      StatementType.TRANSACTION,
      StatementType.ATTACH,
      StatementType.DETACH,
      StatementType.COPY,
      StatementType.EXPORT,
      StatementType.COPY_DATABASE,
      StatementType.LOAD,
      StatementType.EXTENSION
    ]);
    for (const sql of scripts) {
      const extracted = await connection.extractStatements(sql);
      const ours = splitStatements(sql);
      expect(ours.length, sql).toBe(extracted.count);
      for (let i = 0; i < extracted.count; i++) {
        const type = (await extracted.prepare(i)).statementType;
        const isUse = type === StatementType.SET && ours[i].keyword === "USE";
        if (escaping.has(type) || isUse || ours[i].keyword === "CHECKPOINT") expect(checkSql(ours[i].text).ok, ours[i].text).toBe(false);
      }
    }
    connection.closeSync();
  });
});

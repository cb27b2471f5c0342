import { describe, expect, it } from "vitest";
import {
  arrowColumnKind,
  cellText,
  chartData,
  checkSql,
  chooseChart,
  csvField,
  csvText,
  errorText,
  needsAllTables,
  numberText,
  pageLabel,
  pageOf,
  type QueryResult,
  type ResultColumn,
  referencedTables,
  resultFromRows,
  resultRows,
  resultToCsv,
  stripSqlComments,
  tableName
} from "../../../src/lib/explore/sql.js";

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
    expect(checkSql("  SELECT * FROM mines LIMIT 5;\n")).toEqual({ ok: true, sql: "SELECT * FROM mines LIMIT 5;" });
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

describe("arrowColumnKind(typeName)", () => {
  it("maps apache-arrow type names to kinds", () => {
    const cases: [string, string][] = [
      ["Float64", "number"],
      ["Int32", "number"],
      ["Uint8", "number"],
      ["Int64", "number"],
      ["Decimal[10e+2]", "number"],
      ["Utf8", "text"],
      ["LargeUtf8", "text"],
      ["Bool", "boolean"],
      ["Date32<DAY>", "date"],
      ["Timestamp<MICROSECOND>", "date"],
      ["List<Utf8>", "list"],
      ["FixedSizeList[12]<Float64>", "list"],
      ["Dictionary<Int32, Utf8>", "text"],
      ["Struct<{a:Int32}>", "other"],
      ["Binary", "other"]
    ];
    for (const [type, kind] of cases) expect(arrowColumnKind(type), type).toBe(kind);
  });
});

describe("pageOf(total, page, pageSize)", () => {
  // Hand-worked: 1,234 rows at 50 per page → 25 pages (24 full + 34 rows); page 24 holds rows 1200–1233.
  it("gives the row range of a page", () => {
    expect(pageOf(1234, 0, 50)).toEqual({ page: 0, pageCount: 25, start: 0, end: 50, total: 1234 });
    expect(pageOf(1234, 24, 50)).toEqual({ page: 24, pageCount: 25, start: 1200, end: 1234, total: 1234 });
  });
  it("clamps a page past either end", () => {
    expect(pageOf(1234, 99, 50).page).toBe(24);
    expect(pageOf(1234, -3, 50).page).toBe(0);
    expect(pageOf(10, Number.NaN, 50).page).toBe(0);
  });
  it("has one empty page for an empty result", () => {
    expect(pageOf(0, 0, 50)).toEqual({ page: 0, pageCount: 1, start: 0, end: 0, total: 0 });
  });
  it("rejects a page size that is not a positive whole number", () => {
    expect(() => pageOf(10, 0, 0)).toThrow(RangeError);
    expect(() => pageOf(10, 0, 2.5)).toThrow(/pageSize/);
    expect(() => pageOf(-1, 0, 10)).toThrow(/total/);
  });
});

describe("pageLabel(page)", () => {
  it("names the rows shown, 1-based and inclusive", () => {
    expect(pageLabel(pageOf(1234, 1, 50))).toBe("Rows 51–100 of 1,234");
    expect(pageLabel(pageOf(0, 0, 50))).toBe("No rows");
  });
});

describe("numberText(x)", () => {
  it("prints whole numbers without separators (years and ids read as such)", () => {
    expect(numberText(2019)).toBe("2019");
    expect(numberText(-12345678)).toBe("-12345678");
  });
  it("rounds other numbers to 6 decimals", () => {
    expect(numberText(Math.PI)).toBe("3.141593");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
  });
  it("uses exponent form for very small and very large numbers", () => {
    expect(numberText(0.000012345)).toBe("1.2345e-5");
    expect(numberText(1.5e20)).toBe("1.5e+20");
  });
  it("names the non-finite values", () => {
    expect(numberText(Number.NaN)).toBe("NaN");
    expect(numberText(Infinity)).toBe("∞");
  });
});

describe("cellText(value)", () => {
  it("shows null as empty and booleans as words", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(true)).toBe("true");
  });
  it("shows a DuckDB DATE (midnight UTC) as the day", () => {
    expect(cellText(new Date(Date.UTC(2021, 5, 30)))).toBe("2021-06-30");
    expect(cellText(new Date(Date.UTC(2021, 5, 30, 12, 30)))).toBe("2021-06-30T12:30:00Z");
  });
  it("joins lists (arrays, typed arrays, Arrow vectors) with commas", () => {
    expect(cellText(["Copper", "Cobalt"])).toBe("Copper, Cobalt");
    expect(cellText(Float64Array.from([1.5, 2]))).toBe("1.5, 2");
    expect(cellText({ toArray: () => ["a", null, "b"] })).toBe("a, , b");
  });
  it("shows records as JSON", () => {
    expect(cellText({ a: 1, b: "x" })).toBe('{"a":1,"b":"x"}');
  });
  it("shows bigints in full", () => {
    expect(cellText(12345678901234567890n)).toBe("12345678901234567890");
  });
});

describe("csvField(value)", () => {
  // RFC 4180 §2: fields with commas, double quotes or line breaks are enclosed in double quotes; a double
  // quote inside is escaped by doubling it.
  it("quotes fields as RFC 4180 says", () => {
    expect(csvField('Kansanshi, "main" pit')).toBe('"Kansanshi, ""main"" pit"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("plain")).toBe("plain");
  });
  it("quotes edge spaces so they survive a reader that trims", () => {
    expect(csvField(" x")).toBe('" x"');
  });
  it("writes numbers at full precision and non-finite ones as empty", () => {
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
  });
  it("writes lists as JSON so a script can read them back", () => {
    expect(csvField(["Copper", "Cobalt"])).toBe('"[""Copper"",""Cobalt""]"');
  });
});

describe("csvText(header, rows) and resultToCsv(result)", () => {
  it("writes a header, one line per row and a final newline", () => {
    expect(
      csvText(
        ["a", "b"],
        [
          [1, "x"],
          [null, "y,z"]
        ]
      )
    ).toBe('a,b\n1,x\n,"y,z"\n');
  });
  it("keeps every row of the result and duplicate column names", () => {
    const result = resultFromRows(
      [
        { name: "x", kind: "number" },
        { name: "x", kind: "number" }
      ],
      Array.from({ length: 120 }, (_, i) => [i, i * 2])
    );
    const lines = resultToCsv(result).trimEnd().split("\n");
    expect(lines).toHaveLength(121);
    expect(lines[0]).toBe("x,x");
    expect(lines[120]).toBe("119,238");
  });
});

const col = (name: string, kind: ResultColumn["kind"]): ResultColumn => ({ name, kind });

describe("chooseChart(columns, rowCount)", () => {
  it("draws bars for a category and a number", () => {
    expect(chooseChart([col("country", "text"), col("mines", "number")], 10)).toEqual({ kind: "bar", category: 0, value: 1 });
  });
  it("draws dots for two numbers beside a name when there are many rows", () => {
    const columns = [col("name", "text"), col("temp", "number"), col("rain", "number")];
    expect(chooseChart(columns, 500)).toEqual({ kind: "dot", x: 1, y: 2 });
    expect(chooseChart(columns, 12)).toEqual({ kind: "bar", category: 0, value: 1 });
    expect(chooseChart(columns, 12, { maxBars: 10 })).toEqual({ kind: "dot", x: 1, y: 2 });
  });
  it("draws dots for two numbers", () => {
    expect(chooseChart([col("lon", "number"), col("lat", "number"), col("name", "list")], 10)).toEqual({ kind: "dot", x: 0, y: 1 });
  });
  it("draws a line over a date or a year column", () => {
    expect(chooseChart([col("day", "date"), col("t", "number")], 3)).toEqual({ kind: "line", time: 0, value: 1 });
    expect(chooseChart([col("gdp", "number"), col("year", "number")], 3)).toEqual({ kind: "line", time: 1, value: 0 });
  });
  it("prefers a line over bars when there is a year, a category and a number", () => {
    expect(chooseChart([col("iso3", "text"), col("year", "number"), col("value", "number")], 3).kind).toBe("line");
  });
  it("gives the reason when no chart fits", () => {
    const none = chooseChart([col("name", "text")], 3);
    expect(none.kind).toBe("none");
    if (none.kind === "none") expect(none.reason).toMatch(/number column/);
    expect(chooseChart([col("a", "text"), col("n", "number")], 0)).toEqual({ kind: "none", reason: "The result has no rows." });
  });
});

describe("chartData(result, choice, limits)", () => {
  const result: QueryResult = resultFromRows(
    [col("country", "text"), col("mines", "number")],
    [
      ["China", 3000],
      ["India", null],
      ["Chile", 400],
      ["Peru", 350]
    ]
  );
  it("keeps rows with values on both axes, in the result's order, and says what was left out", () => {
    const data = chartData(result, chooseChart(result.columns, result.rowCount), { maxBars: 2 })!;
    expect(data.points).toEqual([
      { x: "China", y: 3000 },
      { x: "Chile", y: 400 }
    ]);
    expect(data.xLabel).toBe("country");
    expect(data.yLabel).toBe("mines");
    expect(data.note).toBe("showing the first 2 of 3 bars; 1 row without a value left out.");
  });
  it("sorts a line by time", () => {
    const series = resultFromRows(
      [col("year", "number"), col("v", "number")],
      [
        [2020, 2],
        [2018, 1],
        [2019, 5]
      ]
    );
    const data = chartData(series, chooseChart(series.columns, 3))!;
    expect(data.points.map((p) => p.x)).toEqual([2018, 2019, 2020]);
    expect(data.note).toBeNull();
  });
  it("returns null when there is no chart", () => {
    expect(chartData(result, { kind: "none", reason: "x" })).toBeNull();
  });
});

describe("resultRows(result, start, end)", () => {
  it("reads a range of rows, clamped to the result", () => {
    const result = resultFromRows([col("a", "number")], [[1], [2], [3]]);
    expect(resultRows(result, 1)).toEqual([[2], [3]]);
    expect(resultRows(result, -5, 1)).toEqual([[1]]);
    expect(resultRows(result, 2, 99)).toEqual([[3]]);
  });
});

describe("errorText(error)", () => {
  it("gives the message of an Error, or the text of anything else", () => {
    expect(errorText(new Error('Parser Error: syntax error at or near "SELEC"'))).toBe('Parser Error: syntax error at or near "SELEC"');
    expect(errorText("plain")).toBe("plain");
    expect(errorText({ code: 1 })).toBe('{"code":1}');
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

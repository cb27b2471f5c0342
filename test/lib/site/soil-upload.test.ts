import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, parseSoilUpload, SOIL_TEMPLATE_CSV, TEMPLATE_COLUMNS } from "../../../src/lib/site/soil-upload.js";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "..", "fixtures", "soil", name), "utf8");

describe("parseCsv(text)", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, and numbers lines", () => {
    const { records } = parseCsv('a,b\n"x, y","say ""hi"""\n\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 4, fields: ["two\nlines", "z"] }
    ]);
  });

  it("detects semicolons and tabs, strips a BOM and handles CRLF", () => {
    expect(parseCsv("\uFEFFa;b\r\n1;2\r\n").records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] }
    ]);
    expect(parseCsv("a\tb\n1\t2").delimiter).toBe("\t");
  });
});

describe("SOIL_TEMPLATE_CSV", () => {
  it("is the header of the template columns, and reads back without errors", () => {
    expect(SOIL_TEMPLATE_CSV).toBe(`${TEMPLATE_COLUMNS.join(",")}\n`);
    const result = parseSoilUpload(`${SOIL_TEMPLATE_CSV}T1,1,1,0,20,5.6,0.2,1:5,12,25,40,1.35,30,60,12,0.3,5,20,40\n`);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const [s] = result.samples;
    expect(s).toMatchObject({
      sampleId: "T1",
      ph: 5.6,
      ec: 0.2,
      ecMethod: "1:5",
      soc: 12,
      clay: 25,
      sand: 40,
      silt: 35,
      bulkDensity: 1.35
    });
    expect(s.ece).toBeCloseTo(1.28, 12); // 6.4 × 0.2
    expect(s.metals).toEqual({ Cu: 30, Zn: 60, Pb: 12, Cd: 0.3, As: 5, Ni: 20, Cr: 40 });
  });
});

describe("parseSoilUpload(text) on real AfSIS samples (Fisenge, Zambia)", () => {
  const result = parseSoilUpload(fixture("fisenge-good.csv"));

  it("keeps all 31 rows with no error", () => {
    expect(result.errors).toEqual([]);
    expect(result.rowsRead).toBe(31);
    expect(result.rowsKept).toBe(31);
    expect(result.hasPlots).toBe(true);
    expect(result.hasClusters).toBe(true);
  });

  it("reads values, units, censoring and converts EC 1:2 to ECe", () => {
    const s = result.samples[0];
    // icr055882: cluster 1, plot 1.1, topsoil, pH 4.95, EC 0.04 dS/m (1:2), As "<0.3".
    expect(s).toMatchObject({
      sampleId: "icr055882",
      plot: "1.1",
      cluster: "1",
      depthTop: 0,
      depthBottom: 20,
      ph: 4.95,
      ec: 0.04,
      ecMethod: "1:2"
    });
    expect(s.metals.As).toBe(0.3);
    expect(s.belowDetection).toEqual(["As"]);
    // No texture: the medium-texture regression, 2.35 × 0.04 − 0.36 < 0.04 → the measured 0.04 dS/m.
    expect(s.ece).toBe(0.04);
  });
});

describe("parseSoilUpload(text) on a malformed file", () => {
  const result = parseSoilUpload(fixture("malformed.csv"));
  const at = (line: number) => result.errors.filter((e) => e.line === line).map((e) => `${e.field}: ${e.message}`);

  it("keeps the good rows and leaves out every row with an error", () => {
    expect(result.rowsRead).toBe(12);
    expect(result.samples.map((s) => s.sampleId)).toEqual(["S1", "S12"]);
  });

  it("names the line and field of every problem", () => {
    expect(at(1)).toEqual(['Pb_pct: Column "Pb_pct": unknown unit "pct" for Pb; accepted: mg_kg, ppm. The column is ignored.']);
    expect(at(3)).toEqual(['ph: "abc" is not a number.']);
    expect(at(4)).toEqual(["ph: 15.2 is impossible for pH (0 to 14)."]);
    expect(at(5)).toEqual(['ec_method: Unknown EC method "1:10"; use one of ECe, 1:1, 1:2, 1:5.']);
    expect(at(6)).toEqual(['sample_id: Sample id "S1" is already used on line 2.']);
    expect(at(7)).toEqual(["depth_top_cm: The top depth is empty."]);
    expect(at(8)).toEqual(["depth_bottom_cm: The bottom depth (20 cm) is not below the top depth (30 cm)."]);
    expect(at(9)).toEqual(["sand_pct: Sand + clay = 120 %, more than 100 %."]);
    expect(at(10)).toEqual(["Cu: -3 mg/kg is impossible (0 to 1,000,000 mg/kg)."]);
    expect(at(11)).toEqual(['soc_pct: "0,8" is not a number (use a point as the decimal separator).']);
    expect(at(12)).toEqual(["null: The row has 15 fields but the header has 14 (a stray delimiter?)."]);
    expect(result.errors).toHaveLength(11);
  });

  it("converts units: SOC % to g/kg", () => {
    expect(result.samples[0].soc).toBeCloseTo(11, 12); // 1.1 % = 11 g/kg
  });
});

describe("parseSoilUpload(text) on file-level problems", () => {
  it("reports a missing required column and keeps nothing", () => {
    const result = parseSoilUpload(fixture("missing-column.csv"));
    expect(result.errors.map((e) => e.message)).toEqual(['Required column "ph" is missing.']);
    expect(result.samples).toEqual([]);
  });

  it("reports an empty file, a header without rows, and EC without its method", () => {
    expect(parseSoilUpload("  \n").errors[0].message).toBe("The file is empty.");
    expect(parseSoilUpload("sample_id,depth_top_cm,depth_bottom_cm,ph\n").errors[0].message).toBe(
      "The file has a header but no data rows."
    );
    const noMethod = parseSoilUpload("sample_id,depth_top_cm,depth_bottom_cm,ph,ec_ds_m\nA,0,20,6,0.3\n");
    expect(noMethod.errors[0]).toMatchObject({ line: 1, field: "ec_method" });
    expect(noMethod.samples[0].ec).toBeNull(); // not used, and said so
    expect(noMethod.samples[0].ph).toBe(6);
  });

  it("requires a unit for organic carbon, from the column name or a soc_unit column", () => {
    const bare = parseSoilUpload("sample_id,depth_top_cm,depth_bottom_cm,ph,soc\nA,0,20,6,1.2\n");
    expect(bare.errors[0].message).toMatch(/has no unit/);
    const withUnit = parseSoilUpload(
      "sample_id,depth_top_cm,depth_bottom_cm,ph,soc,soc_unit\nA,0,20,6,1.2,%\nB,0,20,6,14,g/kg\nC,0,20,6,3,mg/L\n"
    );
    expect(withUnit.samples.map((s) => s.soc)).toEqual([12, 14]);
    expect(withUnit.errors).toEqual([{ line: 4, field: "soc_unit", sampleId: "C", message: 'Unknown unit "mg/L"; use g/kg or %.' }]);
  });

  it("warns about, and ignores, columns it does not recognise", () => {
    const result = parseSoilUpload("sample_id,depth_top_cm,depth_bottom_cm,ph,colour\nA,0,20,6,red\n");
    expect(result.warnings[0].message).toBe('Column "colour" is not recognised and is ignored.');
    expect(result.samples).toHaveLength(1);
  });

  it("accepts EC in µS/cm and metals with an mg/kg suffix", () => {
    const result = parseSoilUpload("sample_id,depth_top_cm,depth_bottom_cm,ph,ec_us_cm,ec_method,cu_mg_kg\nA,0,20,6,250,ECe,80\n");
    expect(result.samples[0].ec).toBeCloseTo(0.25, 12);
    expect(result.samples[0].ece).toBeCloseTo(0.25, 12);
    expect(result.samples[0].metals.Cu).toBe(80);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseSoilUpload,
  SOIL_TEMPLATE_CSV,
  SOIL_UPLOAD_LIMITS,
  soilUploadSteps,
  TEMPLATE_COLUMNS
} from "../../../src/lib/site/soil-upload.js";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "..", "fixtures", "soil", name), "utf8");

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

describe("parseSoilUpload(text) on hostile files (issues 16 and 19)", () => {
  const header = "sample_id,depth_top_cm,depth_bottom_cm,ph,Cu\n";
  it("names an unclosed quote and its line, and uses nothing from the file", () => {
    const result = parseSoilUpload(`${header}A,0,20,6,10\nB,0,20,"6,10\nC,0,20,6,10\nD,0,20,6,10\n`);
    expect(result.samples).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 3 });
    expect(result.errors[0].message).toMatch(/^Line 3: a quote \("\) opens a field on this line and is never closed/);
  });
  it("refuses UTF-16 text, binary files, empty and header-only files as a whole", () => {
    const utf16 = Buffer.from(`\ufeff${header}A,0,20,6,10\n`, "utf16le").toString("utf8");
    expect(parseSoilUpload(utf16).errors[0].message).toMatch(/UTF-16/);
    const xlsx = "PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000\ufffd\ufffd[Content_Types].xml";
    expect(parseSoilUpload(xlsx).errors[0].message).toMatch(/not text/);
    const zipHead = new TextDecoder().decode(
      Uint8Array.from([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 0xff, 0xfe, 0x5b, 0x43])
    );
    expect(parseSoilUpload(zipHead).errors[0].message).toMatch(/not text/);
    const utf16be = Buffer.from(`${header}A,0,20,6,10\n`, "utf16le").swap16().toString("utf8");
    expect(parseSoilUpload(utf16be).errors[0].message).toMatch(/UTF-16/);
    expect(parseSoilUpload("").errors[0].message).toBe("The file is empty.");
    expect(parseSoilUpload(header).errors[0].message).toBe("The file has a header but no data rows.");
    const wrong = parseSoilUpload("a,b,c\n1,2,3\n");
    expect(wrong.samples).toEqual([]);
    expect(wrong.rowsRead).toBe(1);
    expect(wrong.errors.map((e) => e.message)).toContain('Required column "sample_id" is missing.');
  });
  it("refuses -Inf, Infinity, NaN-like text, 1e999 and overflowing numbers in a cell, naming row and column", () => {
    const result = parseSoilUpload(`${header}A,0,20,-Inf,10\nB,0,20,6,1e999\nC,0,20,6,1.7e308\nD,0,20,Infinity,1\nE,0,20,NaN,1\n`);
    const at = (line: number) => result.errors.filter((e) => e.line === line).map((e) => `${e.field}: ${e.message}`);
    expect(at(2)).toEqual(['ph: "-Inf" is infinite: give a finite number.']);
    expect(at(3)).toEqual(['Cu: "1e999" is beyond the largest number a computer holds (about ±1.8e308).']);
    expect(at(4)).toEqual([
      'Cu: "1.7e308" is too large: beyond ±1e300 the simulation\'s arithmetic overflows (give a number within ±1e300).'
    ]);
    expect(at(5)).toEqual(['ph: "Infinity" is infinite: give a finite number.']);
    expect(result.samples.map((s) => [s.sampleId, s.ph])).toEqual([["E", null]]); // NaN is a missing value in lab files
  });
  it("echoes column names, ids and cells short and printable", () => {
    const evil = `\u001b]0;x\u0007${"k".repeat(5000)}`;
    const result = parseSoilUpload(`sample_id,depth_top_cm,depth_bottom_cm,ph,${evil}\n${evil},0,20,${evil},1\n`);
    for (const issue of [...result.errors, ...result.warnings]) {
      expect(issue.message.length).toBeLessThan(220);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test checks that none is left
      expect(issue.message + (issue.field ?? "") + (issue.sampleId ?? "")).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(result.warnings[0].message).toMatch(/^Column "\\x1b\]0;x\\x07k+… \(5,006 characters\)" is not recognised/);
  });
  it("refuses a file over the row limit with a clear message", () => {
    const rows = Array.from({ length: SOIL_UPLOAD_LIMITS.maxRows + 1 }, (_, i) => `s${i},0,20,6,1`).join("\n");
    const result = parseSoilUpload(`${header}${rows}\n`);
    expect(result.samples).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(/more than 250,000 rows; the page reads at most 250,000/);
  });
});

describe("soilUploadSteps(text)", () => {
  it("reads 200,000 rows a step at a time (every 2,000 rows), with the same result as at once", () => {
    const header = "sample_id,plot,cluster,depth_top_cm,depth_bottom_cm,ph,Cu\n";
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `s${i},${i % 5000},${i % 500},${i % 2 ? 20 : 0},${i % 2 ? 50 : 20},${(4 + (i % 30) / 10).toFixed(1)},${i % 97}`
    );
    const text = `${header}${rows.join("\n")}\n`;
    const steps = soilUploadSteps(text);
    const shares: number[] = [];
    let step = steps.next();
    while (!step.done) {
      shares.push(step.value);
      step = steps.next();
    }
    expect(shares.length).toBe(99);
    expect(shares.every((s, i) => s > 0 && s < 1 && (i === 0 || s > shares[i - 1]))).toBe(true);
    expect(step.value.rowsKept).toBe(200_000);
    expect(step.value.errors).toEqual([]);
    expect(step.value.samples[199_999]).toMatchObject({ sampleId: "s199999", ph: 5.9, metals: { Cu: 199_999 % 97 } });
  });
});

import { describe, expect, it } from "vitest";
import { designPlotIds } from "../../../src/lib/monitoring/design.js";
import { parseMonitoringUpload, TEMPLATE_COLUMNS, TEMPLATE_CSV } from "../../../src/lib/monitoring/upload.js";

const CONTEXT = { plotIds: designPlotIds({ clusters: 16, plotsPerCluster: 10 }), today: "2026-12-03" };
const HEADER = "plot_id,cluster,date,species_id,planted,surviving,woody_cover_pct,ground_cover_pct,erosion_class";
const parse = (rows: string[], header = HEADER) => parseMonitoringUpload([header, ...rows].join("\n"), CONTEXT);

describe("TEMPLATE_CSV", () => {
  it("is the header row of the template columns, and reads as a file with no data rows", () => {
    expect(TEMPLATE_CSV).toBe(`${TEMPLATE_COLUMNS.join(",")}\n`);
    const r = parseMonitoringUpload(TEMPLATE_CSV, CONTEXT);
    expect(r.errors.map((e) => e.message)).toEqual(["The file has a header but no data rows."]);
  });
});

describe("parseMonitoringUpload(text, context)", () => {
  it("reads good rows into plot visits with their species and plot measurements", () => {
    const r = parse([
      "C01-P01,C01,2024-11-02,101,20,17,35,80,0",
      "C01-P01,C01,2024-11-02,102,10,6,35,80,0",
      "C02-P03,2,2024-11-03,101,12,12,,71,rill"
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rowsKept).toBe(3);
    expect(r.visits).toHaveLength(2);
    const [a, b] = r.visits;
    expect(a).toMatchObject({ plotId: "C01-P01", clusterId: "C01", woodyCoverPct: 35, groundCoverPct: 80, erosionClass: 0 });
    expect(a.stems.map((s) => [s.speciesId, s.planted, s.surviving])).toEqual([
      ["101", 20, 17],
      ["102", 10, 6]
    ]);
    expect(b).toMatchObject({ clusterId: "C02", woodyCoverPct: null, erosionClass: 2 });
  });

  it("names each bad row and column — future date, negative count, survivors > planted, unknown plot, cover > 100 % — and keeps the rest", () => {
    const r = parse([
      "C01-P01,C01,2024-11-02,101,20,17,35,80,0", // row 2: good
      "C01-P02,C01,2027-01-05,101,20,17,35,80,0", // row 3: in the future
      "C01-P03,C01,2024-11-02,101,-4,0,35,80,0", // row 4: negative count
      "C01-P04,C01,2024-11-02,101,10,12,35,80,0", // row 5: survivors > planted
      "C99-P01,C99,2024-11-02,101,10,5,35,80,0", // row 6: not in the design
      "C01-P05,C01,2024-11-02,101,10,5,135,80,0", // row 7: cover > 100 %
      "C01-P06,C02,2024-11-02,101,10,5,35,80,0", // row 8: wrong cluster
      "C01-P07,C01,2024-11-02,101,10,5,35,80,4", // row 9: no such erosion class
      "C01-P08,C01,2024-11-02,101,10,5,35,80,0" // row 10: good
    ]);
    expect(r.rowsRead).toBe(9);
    expect(r.rowsKept).toBe(2);
    expect(r.visits.map((v) => v.plotId)).toEqual(["C01-P01", "C01-P08"]);
    const byRow = Object.fromEntries(r.errors.map((e) => [e.line, `${e.field}: ${e.message}`]));
    expect(byRow[3]).toBe("date: 2027-01-05 is in the future (today is 2026-12-03).");
    expect(byRow[4]).toBe("planted: -4 planted stems: a negative value is impossible.");
    expect(byRow[5]).toBe("surviving: 12 surviving stems but only 10 planted: survivors cannot outnumber the planted stems.");
    expect(byRow[6]).toMatch(/^plot_id: Plot "C99-P01" is not in the survey design \(C01-P01 to C16-P10\)/);
    expect(byRow[7]).toBe("woody_cover_pct: 135 % woody cover is more than 100 %.");
    expect(byRow[8]).toBe("cluster: Plot C01-P06 belongs to cluster C01, not C02.");
    expect(byRow[9]).toMatch(/^erosion_class: "4" is not an erosion class/);
    expect(r.errors.every((e) => e.plotId !== null)).toBe(true);
  });

  it("rejects unreadable numbers, fractional stems and impossible dates", () => {
    const r = parse([
      "C01-P01,C01,2024-02-30,101,20,17,35,80,0",
      "C01-P02,C01,2024-11-02,101,20.5,17,35,80,0",
      'C01-P03,C01,2024-11-02,101,20,17,35,"80,5",0'
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      '"2024-02-30" is not a date written yyyy-mm-dd.',
      "20.5 planted stems: stems are counted in whole numbers.",
      '"80,5" is not a number (use a point as the decimal separator).'
    ]);
  });

  it("fails the whole file when a required column is missing or nothing is measured, and keeps nothing", () => {
    const missing = parse(["C01-P01,2024-11-02,101,20,17"], "plot_id,date,species_id,planted,surviving");
    expect(missing.errors.map((e) => e.message)).toEqual(['Required column "cluster" is missing.']);
    expect(missing.visits).toEqual([]);
    const nothing = parse(["C01-P01,C01,2024-11-02"], "plot_id,cluster,date");
    expect(nothing.errors[0].message).toMatch(/no measurement column/);
    expect(parseMonitoringUpload("", CONTEXT).errors[0].message).toBe("The file is empty.");
  });

  it("flags plot measurements that disagree within a visit and a species counted twice", () => {
    const r = parse([
      "C01-P01,C01,2024-11-02,101,20,17,35,80,0",
      "C01-P01,C01,2024-11-02,102,10,6,40,80,0",
      "C01-P01,C01,2024-11-02,101,5,5,,,"
    ]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, "40 differs from 35 given for the same visit on row 2."],
      [4, 'Species "101" is already counted for this visit on row 2.']
    ]);
    expect(r.visits[0].stems).toHaveLength(1);
  });

  it("groups visits into survey rounds separated by more than 60 days, and refuses a second visit of a plot in one round", () => {
    const r = parse([
      "C01-P01,C01,2022-11-02,101,20,18,,,",
      "C01-P02,C01,2022-11-20,101,20,19,,,",
      "C01-P01,C01,2022-12-10,101,20,17,,,",
      "C01-P01,C01,2024-11-02,101,20,15,,,"
    ]);
    expect(r.rounds.map((x) => [x.first, x.last, x.visits])).toEqual([
      ["2022-11-02", "2022-12-10", 2],
      ["2024-11-02", "2024-11-02", 1]
    ]);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [4, "Plot C01-P01 was already visited on 2022-11-02 (row 2) in the same survey round; this visit is left out."]
    ]);
    expect(r.rowsKept).toBe(3);
  });

  it("reads semicolon files, header aliases, yes/no native flags and erosion words; ignores unknown columns with a warning", () => {
    const r = parseMonitoringUpload(
      "Plot;Cluster ID;Survey date;Species;Native;Planted;Alive;notes\nC03-P10;C03;2023-05-01;Acacia;yes;10;9;ok\n",
      CONTEXT
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(['Column "notes" is not recognised and is ignored.']);
    expect(r.visits[0].stems[0]).toMatchObject({ speciesId: "Acacia", native: true, planted: 10, surviving: 9 });
  });

  it("does not let a hostile header reach an object's prototype", () => {
    const r = parseMonitoringUpload("plot_id,cluster,date,constructor,__proto__,planted\nC01-P01,C01,2024-01-01,x,y,3\n", CONTEXT);
    expect(r.warnings.map((w) => w.field)).toEqual(["constructor", "__proto__"]);
    expect(r.errors.map((e) => e.message)).toEqual(["The row counts stems but names no species."]);
  });
});

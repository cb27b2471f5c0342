import { describe, expect, it } from "vitest";
import { closureEstimate } from "../../../src/lib/closure/estimate.js";
import { applyTableUpload, closureTableCsv } from "../../../src/lib/closure/table-csv.js";
import { parseCsv } from "../../../src/lib/decision/index.js";
import { inputFor } from "./fixture.js";

const input = inputFor();
const estimate = closureEstimate(input);
const settings = input.scenario.closure;
const csv = closureTableCsv(estimate, settings);

/** The CSV with the cells of one row (by table and id) replaced. */
function edit(text: string, table: string, id: string, cells: Record<string, string>): string {
  const records = parseCsv(text);
  const header = records[0].fields;
  return `${records
    .map((r) => {
      const f = [...r.fields];
      if (f[0] === table && f[1] === id) for (const [k, v] of Object.entries(cells)) f[header.indexOf(k)] = v;
      return f.map((x) => (/[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x)).join(",");
    })
    .join("\n")}\n`;
}

describe("closureTableCsv(estimate, settings) / applyTableUpload(text, estimate, settings)", () => {
  it("lists every quantity, rate, percentage and WA category", () => {
    const rows = parseCsv(csv);
    expect(rows[0].fields).toEqual(["table", "id", "label", "value", "lower", "upper", "unit", "source"]);
    const tables = rows.slice(1).map((r) => r.fields[0]);
    expect(tables.filter((t) => t === "quantity")).toHaveLength(estimate.quantities.rows.length);
    expect(tables.filter((t) => t === "rate")).toHaveLength(14);
    expect(tables.filter((t) => t === "percentage")).toHaveLength(3);
    expect(tables.filter((t) => t === "wa-rate")).toHaveLength(5);
  });

  it("reads its own download back with no change", () => {
    const r = applyTableUpload(csv, estimate, settings);
    expect(r).toEqual({ ok: true, settings, changed: [], problems: [] });
  });

  it("turns edited values into settings, and a value back at its default into none", () => {
    let text = edit(csv, "quantity", "dumpsHa", { value: "55" });
    text = edit(text, "rate", "dozerPush", { lower: "0.6", upper: "2" });
    text = edit(text, "percentage", "contingencyPct", { value: "15" });
    text = edit(text, "wa-rate", "tailings", { value: "48000" });
    const r = applyTableUpload(text, estimate, settings);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.settings).toEqual({
      quantities: { dumpsHa: 55 },
      rates: { dozerPush: { lower: 0.6, upper: 2 } },
      percentages: { contingencyPct: 15 },
      waRates: { tailings: 48000 }
    });
    expect(r.changed.sort()).toEqual(["percentage contingencyPct", "quantity dumpsHa", "rate dozerPush", "wa-rate tailings"]);
    // Back at the default: the setting is dropped.
    const edited = { ...settings, quantities: { dumpsHa: 55 } };
    const back = applyTableUpload(
      edit(csv, "quantity", "dumpsHa", { value: String(estimate.quantities.values.dumpsHa) }),
      estimate,
      edited
    );
    expect(back.settings.quantities).toEqual({});
  });

  it("lists every bad row with its line and applies nothing", () => {
    let text = edit(csv, "rate", "loadHaul", { lower: "9", upper: "3" });
    text = edit(text, "rate", "seeding", { lower: "abc" });
    text = edit(text, "quantity", "pitHa", { value: "-4" });
    text = edit(text, "percentage", "maintenancePct", { value: "" });
    text += "rate,__proto__,x,,1,2,,\nbogus,dumpsHa,,1,,,,\nquantity,dumpsHa,,3,,,,\n";
    const r = applyTableUpload(text, estimate, settings);
    expect(r.ok).toBe(false);
    expect(r.settings).toBe(settings);
    const all = r.problems.join("\n");
    expect(all).toMatch(/line \d+ \(rate loadHaul\): lower 9 is above upper 3/);
    expect(all).toMatch(/line \d+ \(rate seeding\): lower "abc" is not a number/);
    expect(all).toMatch(/line \d+ \(quantity pitHa\): value -4 is outside 0 to/);
    expect(all).toMatch(/line \d+ \(percentage maintenancePct\): value is empty/);
    expect(all).toMatch(/\(rate __proto__\): not a closure unit rate/);
    expect(all).toMatch(/\(bogus dumpsHa\): table must be one of/);
    expect(all).toMatch(/\(quantity dumpsHa\): appears twice/);
    expect(r.problems).toHaveLength(7);
  });

  it("refuses a file that is not a closure table", () => {
    expect(applyTableUpload("", estimate, settings).problems[0]).toMatch(/empty/);
    expect(applyTableUpload("a,b\n1,2\n", estimate, settings).problems[0]).toMatch(/missing columns table, id, value, lower, upper/);
    expect(applyTableUpload('table,id,value,lower,upper\n"rate,x', estimate, settings).problems[0]).toMatch(/not closed/);
  });
});

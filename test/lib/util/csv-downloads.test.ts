/**
 * Every download of the site is written by the one CSV writer (src/lib/util/csv.ts): a text cell that a
 * spreadsheet would run as a formula (issue 16's `=HYPERLINK("http://evil.example","x")`, and + - @) gets a
 * leading ', numbers stay numbers, and reading the file back with the project's reader gives the text as
 * it was. The SQL result, site, nursery and estimate downloads are checked beside their own tests
 * (test/lib/explore/cells.test.ts, site/export.test.ts, nursery/export.test.ts, investment/estimates.test.ts).
 */
import { describe, expect, it } from "vitest";
import { toCsvBytes } from "../../../src/data/_build/write.js";
import { minesToCsv } from "../../../src/lib/atlas/atlas.js";
import type { Mine } from "../../../src/lib/data/records.js";
import { samplesCsv, summaryCsv } from "../../../src/lib/investment/results.js";
import { selectMix } from "../../../src/lib/species/mix.js";
import { MIX_CSV_COLUMNS, mixCsvRows } from "../../../src/lib/species/mix-text.js";
import { prepareSpecies } from "../../../src/lib/species/prepare.js";
import { rankSpecies } from "../../../src/lib/species/rank.js";
import { scoreSpecies } from "../../../src/lib/species/score.js";
import { SPECIES_CSV_COLUMNS, speciesCsvRows } from "../../../src/lib/species/table.js";
import { formatCsvRecords, parseCsvRows } from "../../../src/lib/util/csv.js";
import { problemsCsv } from "../../../src/lib/util/problems.js";
import { makeRecord, makeSite } from "../species/fixture.js";

const EVIL = '=HYPERLINK("http://evil.example","x")';
const GUARDED = `"'=HYPERLINK(""http://evil.example"",""x"")"`;
/** No line of the CSV starts a cell with a formula character outside quotes or after a separator. */
const unguarded = (csv: string) => csv.split("\n").some((line) => /(^|,)"?[=+@]/.test(line));

describe("downloads written with the formula guard", () => {
  it("species: the ranked list and the mix", () => {
    const site = makeSite({ tMean: 27, precAnnual: 2500, dryMonths: 1, tMinColdest: 22, koppen: "Af" });
    const species = makeRecord({
      id: 7,
      name: EVIL,
      tempOpt: [20, 32],
      tempAbs: [12, 38],
      rainOpt: [1500, 3500],
      rainAbs: [1000, 4500],
      nFixer: true,
      uses: { fruit: true }
    });
    const ranked = rankSpecies(scoreSpecies([prepareSpecies(species)], site));
    for (const csv of [
      formatCsvRecords(SPECIES_CSV_COLUMNS, speciesCsvRows(ranked)),
      formatCsvRecords(MIX_CSV_COLUMNS, mixCsvRows(selectMix(ranked, { k: 1 })))
    ]) {
      expect(csv).toContain(GUARDED);
      expect(unguarded(csv)).toBe(false);
      expect(parseCsvRows(csv)[1]).toContain(EVIL);
    }
  });

  it("atlas: the filtered mines (names and commodities from third-party data)", () => {
    const mine: Mine = {
      id: "x",
      source: "ICMM",
      name: EVIL,
      iso3: null,
      country: "@Country",
      lat: -12.5,
      lon: -70.25,
      commodities: ["+Copper"],
      openPit: true,
      status: null,
      areaKm2: null,
      type: null,
      production: null,
      strippingRatio: -1
    };
    const csv = minesToCsv([mine]);
    expect(csv.split("\n")[1]).toBe(`x,ICMM,${GUARDED},,'@Country,,-12.5,-70.25,'+Copper,open,,,,-1`);
    expect(parseCsvRows(csv)[1].slice(2, 5)).toEqual([EVIL, "", "@Country"]);
  });

  it("datasets: the CSV files of /data", () => {
    const columns = [
      { name: "name", type: "string" as const, unit: null, meaning: "" },
      { name: "value", type: "number" as const, unit: null, meaning: "" }
    ];
    const csv = new TextDecoder().decode(
      toCsvBytes(columns, [
        { name: EVIL, value: -3.5 },
        { name: "-", value: null }
      ])
    );
    expect(csv).toBe(`name,value\n${GUARDED},-3.5\n'-,\n`);
  });

  it("investment: the results summary and the simulated samples (labels guarded, numbers as numbers)", () => {
    const summary = summaryCsv(
      { NPV: { n: 2, min: -1, max: 1, q05: -1, q25: -0.5, q50: 0, q75: 0.5, q95: 1, mean: 0, sd: 1, p_gt0: 0.5, p_lt0: 0.5, p_eq0: 0 } },
      ["NPV"],
      { NPV: "-NPV, USD/ha" }
    );
    expect(summary.split("\n")[1]).toBe("NPV,'-NPV, USD/ha,2,-1,-0.5,0,0.5,1,0,1,0.5,0.5".replace("'-NPV, USD/ha", `"'-NPV, USD/ha"`));
    expect(samplesCsv({ "=a": [1, -2] }, ["=a"])).toBe("run,'=a\n1,1\n2,-2\n");
  });

  it("problem lists: every problem of an upload", () => {
    const csv = problemsCsv([{ line: 4, column: "ph", item: "@S1", message: '"=1+1" is not a number.' }], "sample");
    expect(csv).toBe(`line,column,sample,problem\n4,ph,'@S1,"""=1+1"" is not a number."\n`);
  });
});

import { describe, expect, it } from "vitest";
import { matchWcvp, readWcvpRanges, wcvpKeys } from "../../../src/lib/data/wcvp.js";

const HEADER = "plant_name_id\ttaxon_name\tarea_code_l3\tintroduced\textinct\tlocation_doubtful";
const TEXT = [
  HEADER,
  "1\tLeucaena leucocephala\tMXE\t0\t0\t0",
  "1\tLeucaena leucocephala\tBZN\t1\t0\t0",
  "1\tLeucaena leucocephala\tNA\t0\t0\t0",
  "2\tTectona grandis\tIND\t0\t0\t0",
  "2\tTectona grandis\tBZL\t1\t0\t0",
  "2\tTectona grandis\tJAW\t0\t1\t0",
  "2\tTectona grandis\tSUM\t0\t0\t1",
  "3\tParaserianthes falcataria\tNWG\t0\t0\t0",
  "4\tUnwanted species\tBZN\t0\t0\t0"
].join("\n");

describe("readWcvpRanges(text, wanted)", () => {
  const wanted = new Set(["leucaena leucocephala", "tectona grandis", "paraserianthes falcataria"]);
  it("sorts each area into native, introduced, extinct or doubtful, for the names asked for only", () => {
    const { ranges, rows, taxa, noArea } = readWcvpRanges(TEXT, wanted);
    expect(rows).toBe(9);
    expect(taxa).toBe(4);
    expect(noArea).toBe(1);
    expect(ranges.get("leucaena leucocephala")).toEqual({
      name: "Leucaena leucocephala",
      native: ["MXE"],
      introduced: ["BZN"],
      extinct: [],
      doubtful: []
    });
    expect(ranges.get("tectona grandis")).toEqual({
      name: "Tectona grandis",
      native: ["IND"],
      introduced: ["BZL"],
      extinct: ["JAW"],
      doubtful: ["SUM"]
    });
    expect(ranges.has("unwanted species")).toBe(false);
  });
  it("fails naming the file and line on a bad header, flag or area code", () => {
    expect(() => readWcvpRanges("a\tb\n", wanted)).toThrow(/wcvp_distributions.tsv.gz: header/);
    expect(() => readWcvpRanges(`${HEADER}\n1\tTectona grandis\tIND\t2\t0\t0`, wanted)).toThrow(/line 2: introduced is "2"/);
    expect(() => readWcvpRanges(`${HEADER}\n1\tTectona grandis\tIndia\t0\t0\t0`, wanted)).toThrow(/line 2: area code "India"/);
  });
});

describe("matchWcvp(names, ranges)", () => {
  const { ranges } = readWcvpRanges(TEXT, new Set(["leucaena leucocephala", "tectona grandis", "paraserianthes falcataria"]));
  it("matches the accepted name, its binomial, then a synonym", () => {
    expect(matchWcvp({ name: "Tectona grandis", synonyms: [] }, ranges)?.via).toBe("accepted");
    expect(matchWcvp({ name: "Tectona grandis (teak provenances)", synonyms: [] }, ranges)?.range.name).toBe("Tectona grandis");
    const viaSynonym = matchWcvp({ name: "Albizia falcataria", synonyms: ["Paraserianthes falcataria"] }, ranges);
    expect(viaSynonym).toMatchObject({ via: "synonym", range: { name: "Paraserianthes falcataria" } });
  });
  it("returns null for a name that matches nothing (never native by default)", () => {
    expect(matchWcvp({ name: "Nonexistens arbor", synonyms: ["Fictus planta"] }, ranges)).toBeNull();
  });
});

describe("wcvpKeys(name)", () => {
  it("gives the full name's key and its binomial", () => {
    expect(wcvpKeys("Acacia julifera subsp. gilbertensis")).toEqual(["acacia julifera subsp. gilbertensis", "acacia julifera"]);
    expect(wcvpKeys("Tectona grandis")).toEqual(["tectona grandis"]);
  });
});

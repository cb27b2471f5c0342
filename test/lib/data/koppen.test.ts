import { describe, expect, it } from "vitest";
import { encodeKoppenGrid, KOPPEN_COLUMNS, KOPPEN_ROWS, koppenAt, koppenCell } from "../../../src/lib/data/koppen.js";

describe("koppenCell(lat, lon)", () => {
  it("numbers rows from the north and columns from the antimeridian", () => {
    expect(koppenCell(89.75, -179.75)).toEqual({ row: 0, col: 0 });
    expect(koppenCell(-89.75, 179.75)).toEqual({ row: KOPPEN_ROWS - 1, col: KOPPEN_COLUMNS - 1 });
    expect(koppenCell(-90, 180)).toEqual({ row: 359, col: 719 });
    // Kuching, 1.48° N 110.33° E → row floor((90 − 1.48) / 0.5) = 177, col floor((110.33 + 180) / 0.5) = 580.
    expect(koppenCell(1.48, 110.33)).toEqual({ row: 177, col: 580 });
  });
  it("rejects coordinates off the globe", () => {
    expect(() => koppenCell(91, 0)).toThrow(/not a valid latitude/);
    expect(() => koppenCell(0, NaN)).toThrow();
  });
});

describe("encodeKoppenGrid(cells) and koppenAt(grid, lat, lon)", () => {
  const grid = encodeKoppenGrid([
    { lat: 1.25, lon: 110.25, koppen: "Af" },
    { lat: 1.25, lon: 110.75, koppen: "Am" },
    { lat: -12.75, lon: 28.25, koppen: "Cwa" }
  ]);
  it("stores one character per cell and sorted class codes", () => {
    expect(grid.classes).toEqual(["Af", "Am", "Cwa"]);
    expect(grid.index).toHaveLength(720 * 360);
    expect(grid.index.replace(/\./g, "")).toHaveLength(3);
  });
  it("looks up the class of the cell holding a point", () => {
    expect(koppenAt(grid, 1.1, 110.1)).toEqual({ koppen: "Af", cellsAway: 0 });
    expect(koppenAt(grid, -12.8, 28.21)).toEqual({ koppen: "Cwa", cellsAway: 0 });
  });
  it("returns null in an empty cell unless a search radius reaches land", () => {
    expect(koppenAt(grid, 2.1, 110.1)).toBeNull();
    expect(koppenAt(grid, 2.1, 110.1, 2)).toEqual({ koppen: "Af", cellsAway: 2 });
  });
  it("rejects unknown classes, off-lattice centres and repeated cells", () => {
    expect(() => encodeKoppenGrid([{ lat: 0.25, lon: 0.25, koppen: "Zz" }])).toThrow(/unknown class "Zz"/);
    expect(() => encodeKoppenGrid([{ lat: 0.3, lon: 0.25, koppen: "Af" }])).toThrow(/not a 0.5° cell centre/);
    expect(() =>
      encodeKoppenGrid([
        { lat: 0.25, lon: 0.25, koppen: "Af" },
        { lat: 0.25, lon: 0.25, koppen: "Am" }
      ])
    ).toThrow(/twice/);
  });
});

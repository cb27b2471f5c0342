import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { elevationGrid } from "../../../src/data/_build/page-data.js";
import {
  buildTileFile,
  decodeElevation,
  elevationAt,
  GRID,
  gridCell,
  parseTileIndex,
  TILE_CELLS,
  TILE_HEADER_BYTES,
  tileOf,
  wholeGridReader
} from "../../../src/lib/site/elevation.js";

describe("decodeElevation(byte) and gridCell(lat, lon)", () => {
  it("decodes metres = byte × 28 − 450 and 255 as no data", () => {
    expect(decodeElevation(0)).toBe(-450);
    expect(decodeElevation(100)).toBe(2350);
    expect(decodeElevation(255)).toBeNull();
  });
  it("puts row 0 at the north and wraps longitudes", () => {
    expect(gridCell(89.99, -179.99)).toEqual({ row: 0, col: 0 });
    expect(gridCell(-89.99, 179.99)).toEqual({ row: 2159, col: 4319 });
    expect(gridCell(0, 180)).toEqual(gridCell(0, -180));
    // (-12.80, 28.21): row floor((90 + 12.8) × 12) = 1233, col floor(208.21 × 12) = 2498.
    expect(gridCell(-12.8, 28.21)).toEqual({ row: 1233, col: 2498 });
  });
});

describe("elevationAt(read, lat, lon) on the real grid", () => {
  let read: (row: number, col: number) => number;
  beforeAll(() => {
    read = wholeGridReader(elevationGrid());
  });
  it("gives the checked values of data/SOURCES.md", () => {
    // Escondida ≈ 3,134 m; Kiruna 530 m; the Copperbelt 1,230 m; La Paz 3,862 m.
    expect(elevationAt(read, -24.27, -69.07)).toEqual({ elevationM: 3134, from: "cell" });
    expect(elevationAt(read, 67.85, 20.2)?.elevationM).toBe(530);
    expect(elevationAt(read, -12.8, 28.21)?.elevationM).toBe(1230);
    expect(elevationAt(read, -16.5, -68.15)?.elevationM).toBe(3862);
  });
  it("says nothing in the open sea", () => {
    expect(elevationAt(read, 0, -140)).toBeNull();
  });
  it("reads a coastal site from the land cells around a sea cell", () => {
    // Find a sea cell next to land along the equator and check it takes the neighbours' mean.
    for (let col = 0; col < GRID.cols; col++) {
      const row = gridCell(0.5, 0).row;
      if (read(row, col) !== GRID.noData) continue;
      const lon = -180 + (col + 0.5) / 12;
      const at = elevationAt(read, 0.5 - 0.5 / 12 + 1 / 24, lon);
      if (at) {
        expect(at.from).toBe("neighbours");
        return;
      }
    }
    throw new Error("no coastal cell found on the equator");
  });
});

describe("buildTileFile(grid) and parseTileIndex(header)", () => {
  it("stores every land tile gzipped and leaves out all-sea tiles; a tile holds the grid's bytes", () => {
    const grid = elevationGrid();
    const file = buildTileFile(grid, (b) => gzipSync(b));
    const index = parseTileIndex(file.subarray(0, TILE_HEADER_BYTES));
    // La Paz's tile, unpacked, has La Paz's byte where tileOf puts it.
    const { row, col } = gridCell(-16.5, -68.15);
    const { tile, offset } = tileOf(row, col);
    const bytes = gunzipSync(file.subarray(index[tile].start, index[tile].start + index[tile].length));
    expect(bytes.length).toBe(TILE_CELLS * TILE_CELLS);
    expect(bytes[offset]).toBe(grid[row * GRID.cols + col]);
    // The central Pacific tile (0 N, 140 W) is all sea.
    expect(index[tileOf(gridCell(5, -145).row, gridCell(5, -145).col).tile].length).toBe(0);
    expect(() => parseTileIndex(new Uint8Array(TILE_HEADER_BYTES))).toThrow(/not a tile file/);
  });
});

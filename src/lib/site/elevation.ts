/**
 * A site's elevation from the 5′ global grid (data/geo/altitude_5arcmin_u8.bin.gz, pvlib; Mapzen terrain
 * from SRTM, GMTED2010, ETOPO1 and national sources; see data/SOURCES.md): 2160 × 4320 cells of 1/12°,
 * row 0 at the north, one byte per cell, metres = byte × 28 − 450, 255 = no data (sea). Coarse (≈ 9 km
 * cells, 28 m steps): the user's value always wins, and the page says where the elevation came from.
 *
 * For the browser the grid is cut into 10° × 10° tiles, each gzipped, behind a small index (the loader
 * src/data/elevation-tiles.bin.ts), so a page fetches one tile of a few kB instead of the 1.4 MB grid.
 */

export const GRID = { rows: 2160, cols: 4320, cellsPerDegree: 12, stepM: 28, offsetM: -450, noData: 255 } as const;

/** Tile edge, cells (10°). */
export const TILE_CELLS = 120;
export const TILE_ROWS = GRID.rows / TILE_CELLS;
export const TILE_COLS = GRID.cols / TILE_CELLS;
/** Magic bytes of the tile file ("MRSE": Mine Restoration Studio elevation) and the index's byte length. */
export const TILE_MAGIC = [0x4d, 0x52, 0x53, 0x45] as const;
export const TILE_HEADER_BYTES = 8 + TILE_ROWS * TILE_COLS * 8;

/** Metres of a grid byte, or null for no data. */
export function decodeElevation(byte: number): number | null {
  return byte === GRID.noData ? null : byte * GRID.stepM + GRID.offsetM;
}

/** The grid cell (row, col) that holds a point; longitudes wrap, latitudes clamp to the grid. */
export function gridCell(lat: number, lon: number): { row: number; col: number } {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new RangeError(`Invalid coordinate (${lat}, ${lon}).`);
  const row = Math.min(GRID.rows - 1, Math.max(0, Math.floor((90 - lat) * GRID.cellsPerDegree)));
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  const col = Math.min(GRID.cols - 1, Math.max(0, Math.floor((wrapped + 180) * GRID.cellsPerDegree)));
  return { row, col };
}

/** Where a cell sits: its tile's index (row-major) and its offset inside the tile's bytes. */
export function tileOf(row: number, col: number): { tile: number; offset: number } {
  const tileRow = Math.floor(row / TILE_CELLS);
  const tileCol = Math.floor(col / TILE_CELLS);
  return { tile: tileRow * TILE_COLS + tileCol, offset: (row % TILE_CELLS) * TILE_CELLS + (col % TILE_CELLS) };
}

/** A site's elevation from the grid, with how it was read. */
export interface GridElevation {
  elevationM: number;
  /** "cell": the site's own cell; "neighbours": the mean of the land cells around a sea cell (a coast). */
  from: "cell" | "neighbours";
}

/**
 * The elevation at (lat, lon) given a reader of grid bytes (null when a cell is not available): the site's
 * cell, else — a coastal site whose cell is sea — the mean of the land cells among its 8 neighbours, else
 * null (open sea, or no land within ≈ 9 km).
 */
export function elevationAt(read: (row: number, col: number) => number | null, lat: number, lon: number): GridElevation | null {
  const { row, col } = gridCell(lat, lon);
  const own = read(row, col);
  const value = own === null ? null : decodeElevation(own);
  if (value !== null) return { elevationM: value, from: "cell" };
  const around: number[] = [];
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      if (!dr && !dc) continue;
      const r = row + dr;
      if (r < 0 || r >= GRID.rows) continue;
      const byte = read(r, (col + dc + GRID.cols) % GRID.cols);
      const m = byte === null ? null : decodeElevation(byte);
      if (m !== null) around.push(m);
    }
  if (!around.length) return null;
  return { elevationM: around.reduce((s, x) => s + x, 0) / around.length, from: "neighbours" };
}

/** A reader over the whole grid (Node: the loaders and the case studies). */
export function wholeGridReader(grid: Uint8Array): (row: number, col: number) => number {
  if (grid.length !== GRID.rows * GRID.cols)
    throw new RangeError(`elevation grid: ${grid.length} bytes, expected ${GRID.rows * GRID.cols}`);
  return (row, col) => grid[row * GRID.cols + col];
}

/** One tile's byte range in the tile file (length 0: an all-sea tile, not stored). */
export interface TileRange {
  start: number;
  length: number;
}

/** Reads the tile file's index (its first TILE_HEADER_BYTES bytes). Throws on a file of another kind. */
export function parseTileIndex(header: Uint8Array): TileRange[] {
  if (header.length < TILE_HEADER_BYTES || TILE_MAGIC.some((b, i) => header[i] !== b))
    throw new Error("elevation tiles: not a tile file (bad header)");
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint16(4, true) !== 1 || view.getUint16(6, true) !== TILE_CELLS) throw new Error("elevation tiles: unknown version");
  const out: TileRange[] = [];
  for (let t = 0; t < TILE_ROWS * TILE_COLS; t++)
    out.push({ start: view.getUint32(8 + t * 8, true), length: view.getUint32(12 + t * 8, true) });
  return out;
}

/** The bytes of tile `tile` cut from the whole grid (row-major, TILE_CELLS × TILE_CELLS). */
export function cutTile(grid: Uint8Array, tile: number): Uint8Array {
  const tileRow = Math.floor(tile / TILE_COLS);
  const tileCol = tile % TILE_COLS;
  const out = new Uint8Array(TILE_CELLS * TILE_CELLS);
  for (let r = 0; r < TILE_CELLS; r++) {
    const from = (tileRow * TILE_CELLS + r) * GRID.cols + tileCol * TILE_CELLS;
    out.set(grid.subarray(from, from + TILE_CELLS), r * TILE_CELLS);
  }
  return out;
}

/**
 * The tile file: the index (magic, version 1, tile size, then start and length of each gzipped tile) and
 * the tiles. `gzip` compresses a tile (node:zlib in the loader). All-sea tiles are left out (length 0).
 */
export function buildTileFile(grid: Uint8Array, gzip: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const tiles: Uint8Array[] = [];
  const header = new Uint8Array(TILE_HEADER_BYTES);
  header.set(TILE_MAGIC, 0);
  const view = new DataView(header.buffer);
  view.setUint16(4, 1, true);
  view.setUint16(6, TILE_CELLS, true);
  let at = TILE_HEADER_BYTES;
  for (let t = 0; t < TILE_ROWS * TILE_COLS; t++) {
    const raw = cutTile(grid, t);
    const packed = raw.every((b) => b === GRID.noData) ? new Uint8Array(0) : gzip(raw);
    view.setUint32(8 + t * 8, packed.length ? at : 0, true);
    view.setUint32(12 + t * 8, packed.length, true);
    tiles.push(packed);
    at += packed.length;
  }
  const out = new Uint8Array(at);
  out.set(header, 0);
  let offset = TILE_HEADER_BYTES;
  for (const t of tiles) {
    out.set(t, offset);
    offset += t.length;
  }
  return out;
}

/**
 * The Köppen–Geiger 0.5° grid (Rubel et al. 2017, 1986–2010; data/climate/koppen_0p5deg.csv) as a compact
 * lookup: one character per cell of a 720 × 360 grid, rows from north (89.75° N) to south, columns from
 * 179.75° W eastwards. "." marks a cell without a class (ocean). Pure: used by the koppen loader, the site
 * page and tests alike.
 */

export const KOPPEN_COLUMNS = 720;
export const KOPPEN_ROWS = 360;
export const KOPPEN_CELL_DEG = 0.5;
/** Characters that stand for class k (k-th entry of `classes`); "." = no class. */
export const KOPPEN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const KOPPEN_NO_DATA = ".";

/** Names of the Köppen–Geiger classes (Kottek et al. 2006, Table 1; Peel et al. 2007). */
export const KOPPEN_NAMES: Readonly<Record<string, string>> = {
  Af: "Tropical rainforest",
  Am: "Tropical monsoon",
  As: "Tropical savanna, dry summer",
  Aw: "Tropical savanna, dry winter",
  BWh: "Hot desert",
  BWk: "Cold desert",
  BSh: "Hot semi-arid (steppe)",
  BSk: "Cold semi-arid (steppe)",
  Csa: "Mediterranean, hot summer",
  Csb: "Mediterranean, warm summer",
  Csc: "Mediterranean, cool summer",
  Cwa: "Humid subtropical, dry winter, hot summer",
  Cwb: "Subtropical highland, dry winter, warm summer",
  Cwc: "Subtropical highland, dry winter, cool summer",
  Cfa: "Humid subtropical, no dry season, hot summer",
  Cfb: "Oceanic, warm summer",
  Cfc: "Subpolar oceanic, cool summer",
  Dsa: "Continental, dry summer, hot summer",
  Dsb: "Continental, dry summer, warm summer",
  Dsc: "Continental, dry summer, cool summer",
  Dsd: "Continental, dry summer, very cold winter",
  Dwa: "Continental, dry winter, hot summer",
  Dwb: "Continental, dry winter, warm summer",
  Dwc: "Continental, dry winter, cool summer",
  Dwd: "Continental, dry winter, very cold winter",
  Dfa: "Continental, no dry season, hot summer",
  Dfb: "Continental, no dry season, warm summer",
  Dfc: "Subarctic, no dry season, cool summer",
  Dfd: "Subarctic, no dry season, very cold winter",
  ET: "Tundra",
  EF: "Ice cap"
};

/** The compact grid: class codes and the 720 × 360 index string. */
export interface KoppenGrid {
  classes: string[];
  index: string;
}

export interface KoppenCell {
  lat: number;
  lon: number;
  koppen: string;
}

/** Row and column of the cell holding (lat, lon), degrees; the grid's edges belong to the edge cells. */
export function koppenCell(lat: number, lon: number): { row: number; col: number } {
  if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
    throw new Error(`Köppen lookup: (${lat}, ${lon}) is not a valid latitude/longitude in degrees.`);
  }
  const row = Math.min(KOPPEN_ROWS - 1, Math.floor((90 - lat) / KOPPEN_CELL_DEG));
  const col = Math.min(KOPPEN_COLUMNS - 1, Math.floor((lon + 180) / KOPPEN_CELL_DEG));
  return { row, col };
}

/**
 * Encodes grid cells (cell centres, e.g. lat 0.25, lon 115.75) into a KoppenGrid. Throws on an unknown
 * class, a centre off the 0.5° lattice, more classes than the alphabet holds, or a cell given twice.
 */
export function encodeKoppenGrid(cells: Iterable<KoppenCell>): KoppenGrid {
  const list = [...cells];
  const classes = [...new Set(list.map((c) => c.koppen))].sort();
  if (classes.length > KOPPEN_ALPHABET.length)
    throw new Error(`Köppen grid: ${classes.length} classes, at most ${KOPPEN_ALPHABET.length} fit.`);
  for (const code of classes) if (!(code in KOPPEN_NAMES)) throw new Error(`Köppen grid: unknown class "${code}".`);
  const chars = new Array<string>(KOPPEN_ROWS * KOPPEN_COLUMNS).fill(KOPPEN_NO_DATA);
  for (const { lat, lon, koppen } of list) {
    const onLattice = (x: number) => Math.abs((x - 0.25) / KOPPEN_CELL_DEG - Math.round((x - 0.25) / KOPPEN_CELL_DEG)) < 1e-6;
    if (!onLattice(lat) || !onLattice(lon)) throw new Error(`Köppen grid: (${lat}, ${lon}) is not a 0.5° cell centre.`);
    const { row, col } = koppenCell(lat, lon);
    const k = row * KOPPEN_COLUMNS + col;
    if (chars[k] !== KOPPEN_NO_DATA) throw new Error(`Köppen grid: cell (${lat}, ${lon}) appears twice.`);
    chars[k] = KOPPEN_ALPHABET[classes.indexOf(koppen)];
  }
  return { classes, index: chars.join("") };
}

function classAt(grid: KoppenGrid, row: number, col: number): string | null {
  const ch = grid.index[row * KOPPEN_COLUMNS + ((col + KOPPEN_COLUMNS) % KOPPEN_COLUMNS)];
  if (ch === undefined || ch === KOPPEN_NO_DATA) return null;
  return grid.classes[KOPPEN_ALPHABET.indexOf(ch)] ?? null;
}

export interface KoppenLookup {
  koppen: string;
  /** Distance in cells (Chebyshev) from the cell holding the point; 0 = the point's own cell. */
  cellsAway: number;
}

/**
 * The Köppen–Geiger class at (lat, lon), degrees. A point in a cell without a class (ocean, or a coast
 * the 0.5° grid leaves out) takes the class of the nearest land cell within `searchCells` cells (default 0:
 * no search). Returns null when there is none. Longitudes wrap at the antimeridian.
 */
export function koppenAt(grid: KoppenGrid, lat: number, lon: number, searchCells = 0): KoppenLookup | null {
  if (grid.index.length !== KOPPEN_ROWS * KOPPEN_COLUMNS)
    throw new Error(`Köppen grid: index has ${grid.index.length} cells, expected ${KOPPEN_ROWS * KOPPEN_COLUMNS}.`);
  const { row, col } = koppenCell(lat, lon);
  for (let d = 0; d <= searchCells; d++) {
    let best: { koppen: string; dist2: number } | null = null;
    for (let dr = -d; dr <= d; dr++) {
      for (let dc = -d; dc <= d; dc++) {
        if (Math.max(Math.abs(dr), Math.abs(dc)) !== d) continue; // ring d only
        const r = row + dr;
        if (r < 0 || r >= KOPPEN_ROWS) continue;
        const koppen = classAt(grid, r, col + dc);
        const dist2 = dr * dr + dc * dc;
        if (koppen && (!best || dist2 < best.dist2)) best = { koppen, dist2 };
      }
    }
    if (best) return { koppen: best.koppen, cellsAway: d };
  }
  return null;
}

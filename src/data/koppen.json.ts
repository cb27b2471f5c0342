// data/koppen.json: the Köppen–Geiger 0.5° grid as a lookup (KoppenGrid + names; src/lib/data/koppen.ts, koppenAt()).
import { loadKoppenGrid } from "./_build/climate.js";
import { runLoader } from "./_build/write.js";
import { KOPPEN_CELL_DEG, KOPPEN_COLUMNS, KOPPEN_NAMES, KOPPEN_ROWS } from "../lib/data/koppen.js";

await runLoader("data/koppen.json", () => {
  const grid = loadKoppenGrid();
  const cells = grid.index.replace(/\./g, "").length;
  if (cells < 90000) throw new Error(`only ${cells} Köppen cells`);
  const names = Object.fromEntries(grid.classes.map((c) => [c, KOPPEN_NAMES[c]]));
  return JSON.stringify({
    description: "Köppen–Geiger class per 0.5° cell, 1986–2010 (Rubel et al. 2017). index: one character per cell, rows from 90° N southwards, columns from 180° W eastwards; '.' = no class (ocean). The character's position in alphabet is the class's position in classes.",
    rows: KOPPEN_ROWS,
    columns: KOPPEN_COLUMNS,
    cellDeg: KOPPEN_CELL_DEG,
    alphabet: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    classes: grid.classes,
    names,
    index: grid.index
  });
});

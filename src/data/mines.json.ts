// data/mines.json: all mines in columnar form (Columnar<Mine>); decode with decodeMines() from
// src/lib/data/mines.ts into Mine[] (src/lib/records.ts).

import { datasetInfo } from "../lib/data/catalogue.js";
import { toColumnar } from "../lib/data/columnar.js";
import { MINE_FIELDS } from "../lib/data/mines.js";
import { loadMines } from "./_build/mines.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/mines.json", () => {
  const mines = loadMines();
  if (mines.length < datasetInfo("mines").minRows) throw new Error(`only ${mines.length} mines`);
  return JSON.stringify(toColumnar(mines, MINE_FIELDS));
});

// data/elevation-tiles.bin: the 5′ elevation grid cut into gzipped 10° tiles behind an index, so a page
// fetches one tile (src/lib/site/elevation.ts buildTileFile; read by src/client/elevation.ts).
import { gzipSync } from "node:zlib";
import { buildTileFile } from "../lib/site/elevation.js";
import { elevationGrid } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/elevation-tiles.bin", () => buildTileFile(elevationGrid(), (bytes) => gzipSync(bytes, { level: 9 })));

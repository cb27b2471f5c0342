// data/botanical-areas.json: WGSRPD level-3 areas and countries, simplified and delta-encoded (decodeOutlines).
import { botanicalAreasJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/botanical-areas.json", () => JSON.stringify(botanicalAreasJson()));

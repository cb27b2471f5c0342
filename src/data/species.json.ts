// data/species.json: SpeciesRecord[] (src/lib/records.ts) for the species page — compact JSON.
import { speciesJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/species.json", () => JSON.stringify(speciesJson()));

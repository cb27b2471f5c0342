// data/species.json: SpeciesRecord[] (src/lib/records.ts) for the species page — compact JSON.
import { loadSpecies } from "./_build/species.js";
import { runLoader } from "./_build/write.js";
import { datasetInfo } from "../lib/datasets.js";

await runLoader("data/species.json", () => {
  const { records } = loadSpecies();
  if (records.length < datasetInfo("species").minRows) throw new Error(`only ${records.length} species`);
  return JSON.stringify(records);
});

// data/soil-sites.json: soil sites in compact columnar form (CompactSoilSites, src/lib/data/soil.ts);
// decode with decodeSoilSites() into SoilSite[] (src/lib/records.ts).
import { loadSoilSites } from "./_build/soil.js";
import { runLoader } from "./_build/write.js";
import { compactSoilSites } from "../lib/data/soil.js";
import { datasetInfo } from "../lib/datasets.js";

await runLoader("data/soil-sites.json", () => {
  const sites = loadSoilSites();
  if (sites.length < datasetInfo("soil-sites").minRows) throw new Error(`only ${sites.length} soil sites`);
  return JSON.stringify(compactSoilSites(sites));
});

// data/soil-sites.json: soil sites in compact columnar form (CompactSoilSites, src/lib/data/soil.ts);
// decode with decodeSoilSites() into SoilSite[] (src/lib/records.ts).
import { soilSitesJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/soil-sites.json", () => JSON.stringify(soilSitesJson()));

// data/climate-stations.json: the stations in compact columnar form (CompactStations, src/lib/data/climate.ts);
// decode with decodeStations() into ClimateStation[] (src/lib/records.ts). Load it after first paint.
import { climateStationsJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/climate-stations.json", () => JSON.stringify(climateStationsJson()));

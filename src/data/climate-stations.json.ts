// data/climate-stations.json: the stations in compact columnar form (CompactStations, src/lib/data/climate.ts);
// decode with decodeStations() into ClimateStation[] (src/lib/records.ts). Load it after first paint.
import { loadClimateStations } from "./_build/climate.js";
import { runLoader } from "./_build/write.js";
import { compactStations } from "../lib/data/climate.js";
import { datasetInfo } from "../lib/datasets.js";

await runLoader("data/climate-stations.json", () => {
  const stations = loadClimateStations();
  if (stations.length < datasetInfo("climate-stations").minRows) throw new Error(`only ${stations.length} stations`);
  return JSON.stringify(compactStations(stations));
});

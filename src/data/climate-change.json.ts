// data/climate-change.json: IPCC AR6 land regions (polygons) and annual CMIP6 warming by scenario and period
// (ClimateChangeData, src/lib/data/climate-change.ts) for climate-change presets.
import { loadRegions, loadTasDeltas } from "./_build/climate.js";
import { runLoader } from "./_build/write.js";
import { buildClimateChange } from "../lib/data/climate-change.js";

await runLoader("data/climate-change.json", () => JSON.stringify(buildClimateChange(loadRegions(), loadTasDeltas())));

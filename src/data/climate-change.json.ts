// data/climate-change.json: IPCC AR6 land regions (polygons) and annual CMIP6 warming by scenario and period
// (ClimateChangeData, src/lib/data/climate-change.ts) for climate-change presets.
import { climateChangeJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/climate-change.json", () => JSON.stringify(climateChangeJson()));

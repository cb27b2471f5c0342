// data/restoration-costs.json: Project Drawdown ranges per solution and metric (RestorationCostRange[],
// src/lib/records.ts) with the licence notice: CC BY-NC-SA 4.0, non-commercial use only.
import { restorationCostsJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/restoration-costs.json", () => JSON.stringify(restorationCostsJson()));

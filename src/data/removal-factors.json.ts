// data/removal-factors.json: RemovalFactor[] (src/lib/records.ts): plantation carbon removal, Mg C/ha/yr.
import { removalFactorsJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/removal-factors.json", () => JSON.stringify(removalFactorsJson()));

// data/removal-factors.json: RemovalFactor[] (src/lib/records.ts): plantation carbon removal, Mg C/ha/yr.
import { loadRemovalFactors } from "./_build/economics.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/removal-factors.json", () =>
  JSON.stringify(loadRemovalFactors().map(({ iso3, country, name, sciName, plantationType, removalFactor, removalFactorSd, source }) => ({ iso3, country, name, sciName, plantationType, removalFactor, removalFactorSd, source })))
);

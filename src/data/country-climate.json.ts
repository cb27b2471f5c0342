// data/country-climate.json: per country, the median Miami NPP of its weather stations (src/lib/site/productivity.ts).
import { countryClimateJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/country-climate.json", () => JSON.stringify(countryClimateJson()));

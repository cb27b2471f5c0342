// data/country-economics.json: CountryEconomics[] (src/lib/records.ts): latest GDP per capita, inflation and
// lending rate per country, each with its year.
import { countryEconomicsJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/country-economics.json", () => JSON.stringify(countryEconomicsJson()));

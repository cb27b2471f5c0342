// data/countries.json: country boundaries as a GeoJSON FeatureCollection, properties {iso3, name},
// simplified on shared borders for a small offline map (src/data/_build/mines.ts, loadCountries).
import { countriesJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/countries.json", () => JSON.stringify(countriesJson()));

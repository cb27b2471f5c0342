// data/countries.json: country boundaries as a GeoJSON FeatureCollection, properties {iso3, name},
// simplified on shared borders for a small offline map (src/data/_build/mines.ts, loadCountries).
import { loadCountries } from "./_build/mines.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/countries.json", () => {
  const countries = loadCountries();
  if (countries.features.length < 200) throw new Error(`only ${countries.features.length} countries`);
  return JSON.stringify(countries);
});

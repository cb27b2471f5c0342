// data/cases/<slug>.json: the figures of a published case study (src/lib/cases.ts), computed at build
// time through the whole chain (src/lib/case-study.ts) on exactly the datasets the pages load.
import { geoContains } from "d3";
import { decodeStations } from "../../lib/data/climate.js";
import { decodeSoilSites } from "../../lib/data/soil.js";
import { soilIndex } from "../../lib/site/assess.js";
import { stationIndex } from "../../lib/site/climate.js";
import { runCaseStudy } from "../../lib/workflow/case-study.js";
import { caseBySlug } from "../../lib/workflow/cases.js";
import { placeAt } from "../_build/native.js";
import {
  climateChangeJson,
  climateStationsJson,
  countriesJson,
  countryEconomicsJson,
  economicsSeriesJson,
  koppenJson,
  removalFactorsJson,
  restorationCostsJson,
  soilSitesJson,
  speciesJson
} from "../_build/page-data.js";
import { loaderParam, runLoader } from "../_build/write.js";

const slug = loaderParam("slug");

await runLoader(`data/cases/${slug}.json`, () => {
  const def = caseBySlug(slug);
  if (!def) throw new Error(`no case study called "${slug}" in src/lib/cases.ts`);
  // A JSON round trip, so that the values are exactly those the pages decode.
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const countries = roundTrip(countriesJson());
  const feature = countries.features.find((f) => geoContains(f, [def.mine.lon, def.mine.lat]));
  const result = runCaseStudy(def, {
    species: roundTrip(speciesJson()),
    site: {
      stations: stationIndex(decodeStations(roundTrip(climateStationsJson()))),
      koppen: roundTrip(koppenJson()),
      climateChange: roundTrip(climateChangeJson()),
      soilSites: soilIndex(decodeSoilSites(roundTrip(soilSitesJson())))
    },
    economics: {
      countryEconomics: roundTrip(countryEconomicsJson()),
      removalFactors: roundTrip(removalFactorsJson()),
      restorationCosts: roundTrip(restorationCostsJson()),
      series: roundTrip(economicsSeriesJson())
    },
    country: feature ? { iso3: feature.properties.iso3, name: feature.properties.name } : null,
    // The mine's botanical country and country from the full outlines (native-first mix).
    place: placeAt(def.mine.lat, def.mine.lon)
  });
  if (!result.species.mix.length) throw new Error(`case ${slug}: no species in the planting mix`);
  return JSON.stringify(result);
});

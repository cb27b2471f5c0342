// data/cases/<slug>.json: the figures of a published case study (src/lib/cases.ts), computed at build
// time through the whole chain (src/lib/case-study.ts) on exactly the datasets the pages load.

import { decodeStations } from "../../lib/data/climate.js";
import { toColumnar } from "../../lib/data/columnar.js";
import { featureAt } from "../../lib/data/geometry.js";
import { decodeMines, MINE_FIELDS } from "../../lib/data/mines.js";
import { decodeSoilSites } from "../../lib/data/soil.js";
import { soilIndex } from "../../lib/site/assess.js";
import { elevationAt, wholeGridReader } from "../../lib/site/elevation.js";
import { stationIndex } from "../../lib/site/stations.js";
import { runCaseStudy } from "../../lib/workflow/case-study.js";
import { caseBySlug } from "../../lib/workflow/cases.js";
import { loadMines } from "../_build/mines.js";
import { placeAt } from "../_build/native.js";
import {
  climateChangeJson,
  climateStationsJson,
  countriesJson,
  countryClimateJson,
  countryEconomicsJson,
  economicsSeriesJson,
  elevationGrid,
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
  const readElevation = wholeGridReader(elevationGrid());
  const feature = featureAt(countries.features, def.mine.lon, def.mine.lat);
  const result = runCaseStudy(def, {
    species: roundTrip(speciesJson()),
    site: {
      stations: stationIndex(decodeStations(roundTrip(climateStationsJson()))),
      koppen: roundTrip(koppenJson()),
      climateChange: roundTrip(climateChangeJson()),
      soilSites: soilIndex(decodeSoilSites(roundTrip(soilSitesJson())))
    },
    elevation: (lat, lon) => elevationAt(readElevation, lat, lon)?.elevationM ?? null,
    countryClimate: countryClimateJson(),
    economics: {
      countryEconomics: roundTrip(countryEconomicsJson()),
      removalFactors: roundTrip(removalFactorsJson()),
      restorationCosts: roundTrip(restorationCostsJson()),
      series: roundTrip(economicsSeriesJson())
    },
    country: feature ? { iso3: feature.properties.iso3, name: feature.properties.name } : null,
    // The mine's botanical country and country from the full outlines (native-first mix).
    place: placeAt(def.mine.lat, def.mine.lon),
    // The mines as the pages decode them (mines.json), for the closure estimate's mine facts.
    mines: decodeMines(roundTrip(toColumnar(loadMines(), MINE_FIELDS)))
  });
  if (!result.species.mix.length) throw new Error(`case ${slug}: no species in the planting mix`);
  return JSON.stringify(result);
});

/**
 * The synthetic monitoring demonstration (src/lib/monitoring/demo.ts) for the plan of one published case
 * study: its planting density and the species mix the chain selects for it — exactly as the case page
 * computes them (workflow/case-study.ts caseScenario, then workflow/chain.ts selectSpecies, with the mine's
 * botanical country for the native-first mix and each species' native answer).
 */

import { decodeStations } from "../../lib/data/climate.js";
import { decodeSoilSites } from "../../lib/data/soil.js";
import { DEMO, generateDemoRows } from "../../lib/monitoring/demo.js";
import { demoCsv } from "../../lib/monitoring/export.js";
import { defaultMonitoring } from "../../lib/scenario/index.js";
import { soilIndex } from "../../lib/site/assess.js";
import { stationIndex } from "../../lib/site/stations.js";
import { describeScenario, isNativeAnswer, prepareSpecies, speciesSiteFromAssessment } from "../../lib/species/index.js";
import { type CaseData, caseScenario } from "../../lib/workflow/case-study.js";
import { caseBySlug } from "../../lib/workflow/cases.js";
import { selectSpecies } from "../../lib/workflow/chain.js";
import { placeAt } from "./native.js";
import { climateChangeJson, climateStationsJson, koppenJson, soilSitesJson, speciesJson } from "./page-data.js";

/** The demonstration's plan: the case's density and species mix (ids, names, shares). */
export function demoPlan() {
  const def = caseBySlug(DEMO.caseSlug);
  if (!def) throw new Error(`no case study called "${DEMO.caseSlug}" in src/lib/workflow/cases.ts`);
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const species = roundTrip(speciesJson());
  const site: CaseData["site"] = {
    stations: stationIndex(decodeStations(roundTrip(climateStationsJson()))),
    koppen: roundTrip(koppenJson()),
    climateChange: roundTrip(climateChangeJson()),
    soilSites: soilIndex(decodeSoilSites(roundTrip(soilSitesJson())))
  };
  // caseScenario reads only the site data; the economics are not needed for the plan.
  const { scenario, assessment } = caseScenario(def, { species, site, economics: null as unknown as CaseData["economics"], country: null });
  const speciesSite = speciesSiteFromAssessment(assessment, placeAt(def.mine.lat, def.mine.lon));
  if (!speciesSite) throw new Error(`case ${def.slug}: no climate at the site`);
  const label = describeScenario(scenario.climate.warmingC, scenario.climate.rainfallPct);
  const { mix } = selectSpecies(species.map(prepareSpecies), speciesSite, {
    k: def.k,
    uses: def.uses,
    scenarioLabel: label === "no change" ? "under the scenario" : `at ${label}`
  });
  if (!mix.members.length) throw new Error(`case ${def.slug}: no species in the planting mix`);
  return {
    species: mix.members.map((m) => ({ id: String(m.id), name: m.name, share: m.share, native: isNativeAnswer(m.scored.native) })),
    densityPerHa: def.densityPerHa,
    design: defaultMonitoring().design,
    plantedOn: DEMO.plantedOn,
    surveyYears: DEMO.surveyYears,
    seed: DEMO.seed
  };
}

/** data/monitoring-demo.csv. */
export function monitoringDemoCsv(): string {
  return demoCsv(generateDemoRows(demoPlan()));
}

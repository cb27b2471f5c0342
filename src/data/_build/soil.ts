/** Reads the soil raw files and builds the soil-sites dataset. */
import { buildSoilSites, type SoilSiteRecord } from "../../lib/data/soil.js";
import { readRawText } from "./raw.js";

export function loadSoilSites(): SoilSiteRecord[] {
  const { sites, coverage: c } = buildSoilSites({
    afsisTxrf: readRawText("soil/afsis_TXRF.csv"),
    afsisWetChemistry: readRawText("soil/afsis_Wet_Chemistry_CROPNUTS.csv"),
    afsisGeoreferences: readRawText("soil/afsis_georeferences.csv"),
    afspSites: readRawText("soil/gsif_afsp_sites.csv"),
    afspHorizons: readRawText("soil/gsif_afsp_horizons.csv.gz"),
    isisSites: readRawText("soil/gsif_isis_sites.csv"),
    isisHorizons: readRawText("soil/gsif_isis_horizons.csv")
  });
  const fills = Object.entries(c.fills)
    .filter(([, f]) => f)
    .map(([k, f]) => `${k} ${f!.value} (${(100 * f!.share).toFixed(1)} %)`)
    .join(", ");
  console.warn(
    [
      `soil-sites: ${sites.length} sites — AfSIS ${c.afsis.georeferenced} samples (wet chemistry ${c.afsis.withWetChemistry}, TXRF ${c.afsis.withTxrf}); AfSP ${c.afsp.kept} of ${c.afsp.sites} profiles; ISIS ${c.isis.kept} of ${c.isis.sites}`,
      `  profiles without a topsoil (0–30 cm) value: AfSP ${c.afsp.noTopsoilValue}, ISIS ${c.isis.noTopsoilValue}; without coordinates: AfSP ${c.afsp.noCoordinates}, ISIS ${c.isis.noCoordinates}, AfSIS ${c.afsis.noCoordinates}`,
      `  detection-limit fills (censored, ${c.censoredValues} values): ${fills}`,
      `  values outside plausible limits set to null: ${JSON.stringify(c.outOfRange)}; invalid numbers ${c.numbers.invalid}`
    ].join("\n")
  );
  return sites;
}

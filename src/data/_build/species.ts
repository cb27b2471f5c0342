/** Reads the species raw files (each with its encoding) and builds the species dataset. */
import { buildSpecies, type SpeciesResult } from "../../lib/data/species.js";
import { attachNative } from "./native.js";
import { readRawText } from "./raw.js";

export function loadSpecies(): SpeciesResult {
  const result = buildSpecies({
    ecocrop: readRawText("species/EcoCrop_DB.csv", "windows-1252"),
    cropUses: readRawText("species/crop_uses.csv"),
    wcups: readRawText("species/utilised_plants_species_list.csv", "utf-8-lenient"),
    nodDb: readRawText("species/nodDB_v1.csv", "mac-roman"),
    gwdd: readRawText("species/GlobalWoodDensityDatabase.txt"),
    globunt: readRawText("species/GlobUNT_Species_2023.txt")
  });
  attachNative(result.records);
  const c = result.coverage;
  const pct = (n: number) => `${n} (${((100 * n) / c.woody).toFixed(1)} %)`;
  console.warn(
    [
      `species: ${c.woody} woody taxa of ${c.ecocropRows} Ecocrop rows; ${pct(c.withTempAndRain)} with temperature and rainfall ranges; ${c.renamed} renamed to an accepted name`,
      `  join coverage: Ecocrop detailed uses ${pct(c.ecocropUses)}; WCUPS ${pct(c.wcups)} (accepted name ${c.wcupsVia.accepted}, Ecocrop name ${c.wcupsVia.ecocropName}, via GlobUNT ${c.wcupsVia.globunt}, via synonym ${c.wcupsVia.synonym})`,
      `  NodDB genus ${pct(c.nodDbGenus)} (${c.nFixers} fixers); GWDD wood density species ${pct(c.woodDensitySpecies)}, genus ${pct(c.woodDensityGenus)}; GlobUNT ${pct(c.globunt)}`
    ].join("\n")
  );
  return result;
}

/** The species dataset as flat rows (lists joined with "; ", ranges as min/max columns) for CSV, Parquet and Arrow. */
import type { SpeciesRecord } from "./records.js";
import { USE_CLASSES } from "./records.js";
import { WCUPS_FLAGS } from "./species-fields.js";

/** One species as a flat row (lists joined with "; ", ranges as min/max columns) for CSV, Parquet, Arrow. */
export function flattenSpecies(s: SpeciesRecord): Record<string, string | number | boolean | null> {
  const list = (items: readonly string[]) => (items.length ? items.join("; ") : null);
  const row: Record<string, string | number | boolean | null> = {
    id: s.id,
    name: s.name,
    author: s.author,
    family: s.family,
    genus: s.genus,
    growthForm: s.growthForm,
    synonyms: list(s.synonyms),
    commonNames: list(s.commonNames),
    tempOptMin: s.tempOpt[0],
    tempOptMax: s.tempOpt[1],
    tempAbsMin: s.tempAbs[0],
    tempAbsMax: s.tempAbs[1],
    rainOptMin: s.rainOpt[0],
    rainOptMax: s.rainOpt[1],
    rainAbsMin: s.rainAbs[0],
    rainAbsMax: s.rainAbs[1],
    phOptMin: s.phOpt[0],
    phOptMax: s.phOpt[1],
    phAbsMin: s.phAbs[0],
    phAbsMax: s.phAbs[1],
    altitudeMax: s.altitudeMax,
    killingTempRest: s.killingTempRest,
    killingTempGrowth: s.killingTempGrowth,
    depthOpt: list(s.depthOpt),
    depthAbs: list(s.depthAbs),
    textureOpt: list(s.textureOpt),
    textureAbs: list(s.textureAbs),
    fertilityOpt: list(s.fertilityOpt),
    fertilityAbs: list(s.fertilityAbs),
    alToxicityOpt: list(s.alToxicityOpt),
    alToxicityAbs: list(s.alToxicityAbs),
    salinityOpt: list(s.salinityOpt),
    salinityAbs: list(s.salinityAbs),
    drainageOpt: list(s.drainageOpt),
    drainageAbs: list(s.drainageAbs),
    climateZones: list(s.climateZones),
    abioticTolerance: list(s.abioticTolerance),
    abioticSusceptibility: list(s.abioticSusceptibility),
    introductionRisk: list(s.introductionRisk),
    categories: list(s.categories)
  };
  for (const use of USE_CLASSES) row[`use_${use}`] = s.uses[use];
  row.useSources = list(Object.entries(s.useSources).map(([use, source]) => `${use}: ${source}`));
  for (const flag of WCUPS_FLAGS) row[`wcups_${flag}`] = s.wcups ? s.wcups[flag] : null;
  row.nFixingStatus = s.nFixingStatus;
  row.nFixer = s.nFixer;
  row.woodDensity = s.woodDensity;
  row.woodDensityLevel = s.woodDensityLevel;
  row.globunt = s.globunt;
  row.wcvpName = s.wcvp?.name ?? null;
  row.nativeAreas = s.wcvp ? list(s.wcvp.native) : null;
  row.introducedAreas = s.wcvp ? list(s.wcvp.introduced) : null;
  row.griisInvasiveIn = list(s.griis.invasive);
  row.griisAlienIn = list(s.griis.alien);
  return row;
}

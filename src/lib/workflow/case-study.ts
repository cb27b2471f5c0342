/**
 * A published case study: one fixed scenario run through the whole chain — site assessment, species
 * selection, nursery plan, investment Monte Carlo with value of information, institutional arrangements —
 * with the same functions and the same data the interactive pages use, so that the case page's "open
 * interactively" link shows the same figures. Pure: decoded datasets in, a plain JSON-able result out.
 * The loader src/data/cases/[slug].json.ts runs it at build time.
 */

import { closureEstimateCsv } from "../closure/estimate.js";
import { mineAt } from "../closure/mine.js";
import { perHectareRows } from "../closure/results.js";
import type { Mine, SpeciesRecord } from "../data/records.js";
import { type CashflowBand, type ColumnSummary, cashflowBands, runRequest } from "../decision/index.js";
import { ARRANGEMENTS, STAKEHOLDER_NAMES, STAKEHOLDERS, type Stakeholder } from "../institutions/arrangements.js";
import { institutionEstimates } from "../institutions/estimates.js";
import { gainOutput } from "../institutions/outputs.js";
import { type Advice, evpiAdvice } from "../investment/advice.js";
import { estimateCsv } from "../investment/estimates.js";
import { OPTION_IDS, OPTION_NAMES, type OptionId } from "../investment/options.js";
import { cashflowOutput, decisionOutput } from "../investment/outputs.js";
import { bestOption, feasibleOptions, optionFeasibility, paybackSummary } from "../investment/results.js";
import { planNursery } from "../nursery/plan.js";
import { defaultScenario, type Scenario, scenarioHref } from "../scenario/index.js";
import { assessSite, type SiteAssessment, type SiteData } from "../site/assess.js";
import type { SitePlace } from "../site/botanical.js";
import type { CountryClimate } from "../site/productivity.js";
import { countSpecies, describeScenario, NATIVE_LABEL, prepareSpecies, speciesSiteFromAssessment } from "../species/index.js";
import type { CaseDefinition } from "./cases.js";
import { nurseryInputFor, selectSpecies } from "./chain.js";
import { closureAtSite, type InvestmentData, investmentTable, wageFor } from "./investment-table.js";
import { getModel } from "./models.js";
import { siteChain } from "./site-chain.js";

export interface CaseData {
  species: readonly SpeciesRecord[];
  site: SiteData;
  /** Median Miami NPP of each country's stations (data/country-climate.json); omitted: global productivity only. */
  countryClimate?: CountryClimate | null;
  /** The 5′ terrain grid's elevation at a point, m, or null (src/lib/site/elevation.ts); omitted: not used. */
  elevation?: (lat: number, lon: number) => number | null;
  economics: InvestmentData["economics"];
  country: InvestmentData["country"];
  /** The mine's botanical country and country (full outlines at build time); absent = unknown. */
  place?: SitePlace;
  /** The atlas's mines (decoded mines.json), for the closure estimate's mine facts; omitted: no closure step. */
  mines?: readonly Mine[];
}

/** The figures a case page shows (plain JSON). */
export interface CaseResult {
  slug: string;
  scenario: Scenario;
  /** Links (relative to the site root, without the leading slash) that open the scenario on each page. */
  links: Record<"site" | "species" | "nursery" | "investment" | "institutions", string>;
  climate: {
    preset: { id: string; label: string; warmingC: number; warmingRange: [number, number] | null; source: string } | null;
    present: ClimateSummary;
    scenario: ClimateSummary;
    stations: { count: number; nearestKm: number; warnings: string[] };
    region: string | null;
  };
  soil: {
    sites: number;
    radiusKm: number;
    ph: number | null;
    socGkg: number | null;
    texture: string | null;
    constraints: { label: string; severity: string; value: string; threshold: string; source: string }[];
    lime: number | null;
    compost: number | null;
    coverDepthM: number | null;
    /** "respread": topsoil over plantable spoil; "cover": a full cover over hostile spoil. */
    coverKind: string | null;
  };
  species: {
    total: number;
    suitableNow: number;
    suitableScenario: number;
    lost: number;
    gained: number;
    mix: {
      id: number;
      name: string;
      percent: number;
      role: string;
      reason: string;
      nFixer: boolean | null;
      uses: string[];
      /** native (WCVP, the site's level-3 area) or exotic, and the WCVP status in words. */
      origin: string;
      nativeStatus: string;
    }[];
    /** The site's level-3 botanical country, or null when in none. */
    area: { code: string; name: string } | null;
    /** Natives viable now and under the scenario and eligible for the mix. */
    nativesAvailable: number;
    notes: string[];
  };
  nursery: {
    seedlings: number;
    toRaise: number;
    seedKg: number;
    areaM2: number;
    labourDays: number;
    costUsd: number;
    costPerSeedlingUsd: number;
    perSpecies: { name: string; dispatch: number; seedKg: number; weeksInNursery: number }[];
  };
  investment: {
    n: number;
    seed: number;
    horizonYears: number;
    areaHa: number;
    best: OptionId;
    options: { id: OptionId; name: string; decision: SummaryLite; pPositive: number; paybackMedian: number | null }[];
    baseline: SummaryLite;
    /** Yearly cash flow of the best option minus doing nothing, quantile bands (USD/ha/yr). */
    bands: CashflowBand[];
    advice: { decisionText: string; headline: string; items: { label: string; evpi: number; how: string }[]; robust: boolean };
  };
  institutions: {
    arrangement: string;
    arrangementName: string;
    option: OptionId;
    stakeholders: { id: Stakeholder; name: string; gain: SummaryLite; pWorse: number }[];
  };
  notes: string[];
}

export interface ClimateSummary {
  tMean: number | null;
  precAnnual: number | null;
  dryMonths: number | null;
  koppen: string | null;
  koppenName: string | null;
  plantingMonths: number[];
}

export type SummaryLite = Pick<ColumnSummary, "q05" | "q25" | "q50" | "q75" | "q95" | "mean" | "sd" | "p_gt0" | "p_lt0">;

function lite(s: ColumnSummary): SummaryLite {
  const { q05, q25, q50, q75, q95, mean, sd, p_gt0, p_lt0 } = s;
  return { q05, q25, q50, q75, q95, mean, sd, p_gt0, p_lt0 };
}

function climateSummary(figures: NonNullable<SiteAssessment["climate"]["present"]>): ClimateSummary {
  return {
    tMean: figures.tMean,
    precAnnual: figures.precAnnual,
    dryMonths: figures.dryMonths,
    koppen: figures.koppen,
    koppenName: figures.koppenName,
    plantingMonths: figures.plantingMonths
  };
}

/** The scenario of a case: its site, climate preset (resolved to warming), priorities and plan. */
export function caseScenario(
  def: CaseDefinition,
  data: CaseData
): { scenario: Scenario; assessment: SiteAssessment; preset: CaseResult["climate"]["preset"] } {
  const scenario = defaultScenario();
  scenario.site = { lat: def.mine.lat, lon: def.mine.lon, name: `${def.mine.name} (${def.mine.commodity}, ${def.mine.country})` };
  const gridElevation = data.elevation?.(def.mine.lat, def.mine.lon) ?? null;
  const presentOnly = assessSite({ lat: def.mine.lat, lon: def.mine.lon, gridElevation, soilRadiusKm: scenario.soil.radiusKm }, data.site);
  const found = presentOnly.climate.presets.find((p) => p.id === def.climatePreset) ?? null;
  scenario.climate = {
    ...scenario.climate,
    warmingC: found?.warmingC ?? 0,
    rainfallPct: found?.rainfallPct ?? 0,
    preset: found?.id ?? null
  };
  scenario.species.uses = [...def.uses];
  scenario.species.k = def.k;
  scenario.planting.areaHa = def.areaHa;
  scenario.planting.densityPerHa = def.densityPerHa;
  scenario.institutions.arrangement = def.arrangement;
  scenario.mc = { n: def.n, seed: def.seed };
  const assessment = assessSite(
    {
      lat: def.mine.lat,
      lon: def.mine.lon,
      gridElevation,
      warmingC: scenario.climate.warmingC,
      rainfallPct: scenario.climate.rainfallPct,
      soilRadiusKm: scenario.soil.radiusKm,
      amendments: scenario.soil.amendments
    },
    data.site
  );
  const preset = found
    ? { id: found.id, label: found.label, warmingC: found.warmingC, warmingRange: found.warmingRange, source: found.source }
    : null;
  return { scenario, assessment, preset };
}

/**
 * Runs a case study through the chain.
 * @throws Error when the site has no climate (a case must be at a site with weather stations).
 */
export function runCaseStudy(def: CaseDefinition, data: CaseData): CaseResult {
  const notes: string[] = [];
  const { scenario, assessment, preset } = caseScenario(def, data);
  const { present, scenario: future } = assessment.climate;
  const speciesSite = speciesSiteFromAssessment(assessment, data.place);
  if (!present || !future || !speciesSite) throw new Error(`case ${def.slug}: no climate at ${def.mine.lat}, ${def.mine.lon}`);
  if (!preset) notes.push(`The climate preset ${def.climatePreset} is not available for this site; the present climate is used.`);

  // Species: as the species page does it.
  const label = describeScenario(scenario.climate.warmingC, scenario.climate.rainfallPct);
  const prepared = data.species.map(prepareSpecies);
  const selection = selectSpecies(prepared, speciesSite, {
    k: def.k,
    uses: def.uses,
    scenarioLabel: label === "no change" ? "under the scenario" : `at ${label}`
  });
  const counts = countSpecies(selection.scored);
  scenario.species.mix = selection.mix.members.map((m) => ({ id: m.id, share: m.share }));
  const byId = new Map(data.species.map((s) => [s.id, s]));

  // Nursery: as the nursery page does it.
  // The chain at the site as the later pages see it (feasibility, suitability weights), and the one wage.
  const chain = siteChain(scenario, { ...data.site, prepared, place: data.place }, data.elevation?.(def.mine.lat, def.mine.lon) ?? null);
  const investmentData = {
    economics: data.economics,
    country: data.country,
    soilSites: data.site.soilSites ?? null,
    species: data.species,
    chain,
    countryClimate: data.countryClimate ?? null
  };
  const wage = wageFor(scenario, investmentData);
  const plan = planNursery(nurseryInputFor(scenario, byId, wage));

  // Closure: the estimate at the mine, simulated with the case's runs and seed, sizes the closure works and
  // the bond of the investment table (as /investment and /institutions run it in their worker).
  const site = scenario.site!;
  const closure =
    chain && data.mines
      ? closureAtSite(scenario, chain, {
          mine: mineAt(data.mines, site.lat, site.lon, site.name),
          economics: data.economics,
          countryIso3: data.country?.iso3 ?? null,
          species: data.species,
          wage
        })
      : null;
  const closurePerHa = closure
    ? perHectareRows(
        runRequest({ model: "closure", estimates: closureEstimateCsv(closure.rows), n: def.n, seed: def.seed }, getModel),
        closure
      )
    : null;

  // Investment: the estimate table, then the simulation and the value of information on the best option.
  const table = investmentTable(scenario, { ...investmentData, closure: closurePerHa });
  notes.push(...table.notes);
  const csv = estimateCsv(table.rows);
  const run = runRequest({ model: "restoration", estimates: csv, n: def.n, seed: def.seed }, getModel);
  const best = bestOption(run.summaries, feasibleOptions(optionFeasibility(chain?.feasibility ?? null, scenario.investment.irrigation)));
  const bestOutput = decisionOutput(best);
  const voi = runRequest({ model: "restoration", estimates: csv, n: def.n, seed: def.seed, evpi: [bestOutput] }, getModel);
  const labels = Object.fromEntries(table.rows.map((r) => [r.variable, r.label]));
  const advice: Advice = evpiAdvice({
    decision: voi.evpi[0].decision,
    expectedValue: voi.summaries[bestOutput].mean,
    variables: voi.evpi[0].variables,
    labels,
    subject: `${OPTION_NAMES[best].toLowerCase()} instead of doing nothing`,
    areaHa: def.areaHa
  });
  const bands = cashflowBands(run, cashflowOutput(best));

  // Institutions: the arrangement shares the best option's cash flows.
  scenario.institutions = { arrangement: def.arrangement, option: best, missingFactors: [] };
  const arrangement = ARRANGEMENTS.find((a) => a.id === def.arrangement);
  if (!arrangement) throw new Error(`case ${def.slug}: unknown arrangement ${def.arrangement}`);
  const institutionsCsv = estimateCsv([...table.rows, ...institutionEstimates(best, def.arrangement)]);
  const shares = runRequest({ model: "institutions", estimates: institutionsCsv, n: def.n, seed: def.seed }, getModel);

  const soil = assessment.soil;
  const regional = soil.regional;
  const estimate = assessment.climate.estimate;
  const stations = "stations" in estimate ? estimate.stations : [];
  return {
    slug: def.slug,
    scenario,
    links: {
      site: scenarioHref("site", scenario),
      species: scenarioHref("species", scenario),
      nursery: scenarioHref("nursery", scenario),
      investment: scenarioHref("investment", scenario),
      institutions: scenarioHref("institutions", scenario)
    },
    climate: {
      preset,
      present: climateSummary(present),
      scenario: climateSummary(future),
      stations: {
        count: stations.length,
        nearestKm: stations.length ? Math.min(...stations.map((s) => s.distanceKm)) : NaN,
        warnings: "warnings" in estimate ? [...estimate.warnings] : []
      },
      region: assessment.climate.region ? `${assessment.climate.region.name} (${assessment.climate.region.code})` : null
    },
    soil: {
      sites: regional?.topsoilSites ?? 0,
      radiusKm: scenario.soil.radiusKm,
      ph: soil.properties.ph,
      socGkg: soil.properties.soc,
      texture: soil.texture,
      constraints: soil.constraints.map((c) => ({
        label: c.label,
        severity: c.severity,
        value: c.value === null ? "not known" : `${+c.value.toPrecision(3)}${c.unit ? ` ${c.unit}` : ""}`,
        threshold: c.threshold,
        source: c.source
      })),
      lime: soil.amendments.lime?.caco3TPerHa ?? null,
      compost: soil.amendments.compost?.compostTPerHa ?? null,
      coverDepthM: soil.amendments.cover?.depthM ?? null,
      coverKind: soil.amendments.cover?.kind ?? null
    },
    species: {
      total: selection.scored.length,
      suitableNow: counts.present.suitable,
      suitableScenario: counts.scenario.suitable,
      lost: counts.change.lost,
      gained: counts.change.gained,
      mix: selection.mix.members.map((m) => {
        const record = byId.get(m.id)!;
        return {
          id: m.id,
          name: m.name,
          percent: m.percent,
          role: m.role,
          reason: m.reason,
          nFixer: record.nFixer,
          uses: Object.entries(record.uses)
            .filter(([, has]) => has)
            .map(([use]) => use),
          origin: m.origin,
          nativeStatus: NATIVE_LABEL[m.scored.native]
        };
      }),
      area: speciesSite.place?.area ? { code: speciesSite.place.area.code, name: speciesSite.place.area.name } : null,
      nativesAvailable: selection.mix.nativesAvailable,
      notes: selection.mix.notes
    },
    nursery: {
      seedlings: plan.totals.dispatch,
      toRaise: plan.totals.toRaise,
      seedKg: plan.totals.seedKg,
      areaM2: plan.area.totalM2,
      labourDays: plan.totals.labourDays.total,
      costUsd: plan.totals.costUsd.total,
      costPerSeedlingUsd: plan.totals.costPerSeedlingUsd,
      perSpecies: plan.species.map((s) => ({ name: s.name, dispatch: s.dispatch, seedKg: s.seedKg, weeksInNursery: s.weeksInNursery }))
    },
    investment: {
      n: def.n,
      seed: def.seed,
      horizonYears: scenario.investment.horizonYears,
      areaHa: def.areaHa,
      best,
      options: OPTION_IDS.map((id) => ({
        id,
        name: OPTION_NAMES[id],
        decision: lite(run.summaries[decisionOutput(id)]),
        pPositive: run.summaries[decisionOutput(id)].p_gt0,
        paybackMedian: paybackSummary(run.outputs[`Payback_${id}`], scenario.investment.horizonYears).median
      })),
      baseline: lite(run.summaries.NPV_baseline),
      bands,
      advice: {
        decisionText: advice.decisionText,
        headline: advice.headline,
        items: advice.items.map((i) => ({ label: i.label, evpi: i.evpi, how: i.how })),
        robust: advice.robust
      }
    },
    institutions: {
      arrangement: arrangement.id,
      arrangementName: arrangement.name,
      option: best,
      stakeholders: STAKEHOLDERS.map((k) => {
        const s = shares.summaries[gainOutput(arrangement.key, k)];
        return { id: k, name: STAKEHOLDER_NAMES[k], gain: lite(s), pWorse: s.p_lt0 };
      })
    },
    notes
  };
}

/**
 * The investment estimate table for a scenario, as both /investment and /institutions use it: the
 * upstream pages recomputed from the scenario (the site's soil amendments, the nursery's costs, the species
 * mix's uses), the defaults from the data (economics-estimates.ts), the readiness checklist's raised risks
 * (institutions.ts), then the user's overrides. Pure: decoded datasets in, rows and notes out.
 */

import { type ClosureEstimate, type ClosureInput, closureEstimate, economicsFor } from "../closure/estimate.js";
import type { PerHectareRow } from "../closure/results.js";
import { type KoppenGrid, koppenAt } from "../data/koppen.js";
import type { SpeciesRecord, UseClass } from "../data/records.js";
import { applyReadiness, type ReadinessChange } from "../institutions/readiness.js";
import { closureCosts } from "../investment/closure-link.js";
import { defaultEstimates } from "../investment/defaults.js";
import type { EstimateRow, NurseryRowInput, SiteCostInput } from "../investment/estimate-types.js";
import { applyValidOverrides, type EconomicsData, estimateInputsFor } from "../investment/estimates.js";
import { OPTION_IDS, OPTION_NAMES } from "../investment/options.js";
import { siteCosts } from "../investment/site-costs.js";
import { nurseryCostEstimates } from "../nursery/estimates.js";
import type { Scenario } from "../scenario/index.js";
import type { SiteData } from "../site/assess.js";
import { type CountryClimate, siteProductivity } from "../site/productivity.js";
import { assessSoil } from "../site/soil-assessment.js";
import { chainWage, type WageEstimate } from "../site/wage.js";
import { nurseryInputFor } from "./chain.js";
import type { SiteChain } from "./site-chain.js";

export interface InvestmentData {
  economics: EconomicsData;
  /** The site's country (from the boundaries), or null. */
  country: { iso3: string; name: string } | null;
  /** Soil sites (decoded, or a soil index) for the site's soil assessment, or null. */
  soilSites: SiteData["soilSites"];
  /**
   * The Köppen–Geiger grid (data/koppen.json), optional: with it the cover rule knows the site's climate
   * (humid, seasonal, arid) as the site page does; without it the dry-climate rule is used.
   */
  koppen?: KoppenGrid | null;
  /**
   * Species records (id, name, uses; growth form and N fixation for the nursery's defaults, as in
   * species.json — a record without them is costed as a tree of unknown N fixation) for the mix, or null.
   */
  species:
    | readonly {
        id: number;
        name: string;
        uses: Partial<Record<UseClass, boolean>>;
        growthForm?: SpeciesRecord["growthForm"];
        nFixer?: boolean | null;
      }[]
    | null;
  /** The chain at the site (siteChain: species step, suitability, feasibility), when the page ran it. */
  chain?: SiteChain | null;
  /** Median Miami NPP of each country's stations (data/country-climate.json), for country-relative productivity. */
  countryClimate?: CountryClimate | null;
  /** The closure estimate per ha (closure/results.ts perHectareRows of a closure run), or null without one. */
  closure?: readonly PerHectareRow[] | null;
}

/** The chain's wage: the user's (Scenario.economics.wageUsdDay), else the site country's GDP rule. */
export function wageFor(scenario: Scenario, data: Pick<InvestmentData, "country" | "economics">): WageEstimate {
  const row = data.country ? data.economics.countryEconomics.find((c) => c.iso3 === data.country?.iso3) : undefined;
  return chainWage(
    scenario.economics.wageUsdDay,
    data.country
      ? { name: row?.country ?? data.country.name, gdpPerCapitaUsd: row?.gdpPerCapitaUsd ?? null, gdpYear: row?.gdpYear ?? null }
      : null
  );
}

export interface InvestmentTable {
  /** Defaults with the readiness checklist applied: what "reset" returns to and overrides are relative to. */
  base: EstimateRow[];
  /** `base` with the scenario's overrides. */
  rows: EstimateRow[];
  /** Plain-text notes on where the estimates come from. */
  notes: string[];
  readinessChanges: ReadinessChange[];
  /** Overrides of variables the table does not have (ignored). */
  unknownOverrides: string[];
  /** Nursery work per ha planted, person-days (from the nursery plan; 0 when there is no plan). */
  nurseryDaysPerHa: number;
}

/** Site costs from the soil assessment of the scenario's site, or null (with a note) when not possible. */
export function siteCostsFor(
  scenario: Scenario,
  soilSites: SiteData["soilSites"],
  notes: string[],
  koppen: KoppenGrid | null = null
): SiteCostInput | null {
  if (!scenario.site || !soilSites) return null;
  try {
    const { lat, lon } = scenario.site;
    const climate = koppen ? (koppenAt(koppen, lat, lon, 1)?.koppen ?? null) : null;
    const soil = assessSoil(
      {
        lat,
        lon,
        soilRadiusKm: scenario.soil.radiusKm,
        spoil: scenario.soil.spoil,
        amendments: { ...scenario.soil.amendments, koppen: climate }
      },
      { stations: [], soilSites }
    );
    const a = soil.amendments;
    const severe = soil.constraints.filter((c) => c.severity === "severe").length;
    const layer = !a.cover
      ? "no growth-medium or cover depth"
      : a.cover.kind === "respread"
        ? `topsoil respread ${a.cover.depthM.toFixed(2)} m (${a.cover.depthRangeM.lower.toFixed(2)}–${a.cover.depthRangeM.upper.toFixed(2)} m) at 1–3 USD/m³`
        : `full cover ${a.cover.depthM.toFixed(2)} m (${a.coverReasons.map((r) => r.split(":")[0]).join(", ")}) at 2–6 USD/m³`;
    const amend = (status: string, text: string | null, what: string) =>
      text ?? (status === "unknown" ? `${what} not known` : `no ${what}`);
    return siteCosts(
      {
        lime: a.lime,
        compost: a.compost,
        limeStatus: a.limeStatus,
        compostStatus: a.compostStatus,
        cover: a.cover,
        coverReasons: a.coverReasons,
        severities: soil.constraints.map((c) => c.severity)
      },
      `Site assessment (/site): ${layer}; ${amend(a.limeStatus, a.lime ? `lime ${a.lime.caco3TPerHa.toFixed(1)} t CaCO₃/ha` : null, "lime")}, ${amend(a.compostStatus, a.compost ? `compost ${a.compost.compostTPerHa.toFixed(0)} t/ha` : null, "compost")}; ${severe} severe constraint(s); unit costs: docs/investment-model.md`
    );
  } catch (error) {
    notes.push(
      `The site's soil could not be assessed (${error instanceof Error ? error.message : String(error)}); assumptions stand in for cover and amendments.`
    );
    return null;
  }
}

/** The nursery's cost estimates for the scenario's mix (as /nursery computes them, at the chain's wage), or null. */
export function nurseryRowsFor(
  scenario: Scenario,
  species: InvestmentData["species"],
  notes: string[],
  wage: WageEstimate | null = null
): NurseryRowInput[] | null {
  if (!scenario.species.mix.length) return null;
  const records = new Map(
    (species ?? []).map((s) => [s.id, { id: s.id, name: s.name, growthForm: s.growthForm ?? "tree", nFixer: s.nFixer ?? null }])
  );
  try {
    return nurseryCostEstimates(nurseryInputFor(scenario, records, wage));
  } catch (error) {
    notes.push(
      `The nursery plan could not be costed (${error instanceof Error ? error.message : String(error)}); an assumption stands in for planting stock.`
    );
    return null;
  }
}

/** The scenario's estimate table and notes. */
export function investmentTable(
  scenario: Scenario,
  data: InvestmentData,
  horizonYears = scenario.investment.horizonYears
): InvestmentTable {
  const notes: string[] = [];
  if (data.country) notes.push(`Country: ${data.country.name} (${data.country.iso3}).`);
  else if (scenario.site) notes.push("The site is not inside any country's boundary in the map data: country figures are assumptions.");
  // What can grow: the species step at the site (when the page ran it) decides the mix and its yields.
  const chain = data.chain ?? null;
  if (chain) {
    notes.push(...chain.feasibility.messages);
    if (chain.mixFrom === "species step" && chain.mix.length)
      notes.push("No mix was chosen on /species: the species step's automatic mix for this site is used.");
  }
  const planned: Scenario = chain ? { ...scenario, species: { ...scenario.species, mix: chain.mix } } : scenario;
  const wage = wageFor(scenario, data);
  const site = siteCostsFor(planned, data.soilSites, notes, data.koppen ?? null);
  const nursery = nurseryRowsFor(planned, data.species, notes, wage);
  const byId = new Map((data.species ?? []).map((s) => [s.id, s]));
  const weights = new Map((chain?.feasibility.mix ?? []).map((m) => [m.id, m.yieldWeight]));
  const mix = planned.species.mix.flatMap((m) => {
    const s = byId.get(m.id);
    return s ? [{ id: m.id, name: s.name, share: m.share, uses: s.uses, yieldWeight: chain ? (weights.get(m.id) ?? 0) : 1 }] : [];
  });
  const iso3 = data.country?.iso3 ?? null;
  const closure = data.closure ? closureCosts(data.closure) : null;
  if (closure)
    notes.push(
      `Closure works and bond from the closure estimate (/closure): total ${Math.round(closure.total.median).toLocaleString("en-US")} USD/ha at the median (${Math.round(closure.total.lower).toLocaleString("en-US")}–${Math.round(closure.total.upper).toLocaleString("en-US")}, 90 %).`
    );
  const productivity = chain
    ? siteProductivity(chain.assessment.climate.present, (iso3 && data.countryClimate?.[iso3]?.nppMedian) || null)
    : null;
  if (productivity) notes.push(`Site productivity: ${productivity.text}; yields, growth and carbon uptake are scaled by it.`);
  const built = defaultEstimates(
    estimateInputsFor(data.country?.iso3 ?? null, data.economics, {
      horizonYears,
      planting: {
        densityPerHa: scenario.planting.densityPerHa,
        fieldSurvival: scenario.planting.fieldSurvival,
        replacementRate: scenario.planting.replacementRate
      },
      site,
      nursery,
      mix,
      mixKnown: chain !== null && chain.selection !== null,
      productivity,
      wage,
      discountBasis: scenario.investment.discount,
      rainFed: chain ? chain.feasibility.rainFed : null,
      irrigation: scenario.investment.irrigation,
      closure: closure
    })
  );
  notes.push(...built.notes.notes);
  for (const option of OPTION_IDS) {
    const s = built.notes.shares[option];
    if (option !== "natural" && s.from === "template")
      notes.push(`${OPTION_NAMES[option]}: ${s.reason}, so the option's template shares of products are used.`);
  }
  const readiness = applyReadiness(built.rows, scenario.institutions.missingFactors);
  if (readiness.changes.length)
    notes.push(
      `The readiness checklist (institutions page) marks ${scenario.institutions.missingFactors.length} success factor(s) missing; raised: ${[...new Set(readiness.changes.map((c) => c.variable))].join(", ")}.`
    );
  const applied = applyValidOverrides(readiness.rows, scenario.investment.estimates);
  if (applied.unknown.length) notes.push(`Edits of inputs this model does not have were ignored: ${applied.unknown.join(", ")}.`);
  if (applied.rejected.length)
    notes.push(`Edits that do not give a valid estimate were not used (the default stands): ${applied.rejected.join("; ")}.`);
  const labour = nursery?.find((r) => r.variable === "nursery_labour_days");
  const nurseryDaysPerHa = labour ? labour.median / scenario.planting.areaHa : 0;
  return {
    base: readiness.rows,
    rows: applied.rows,
    notes,
    readinessChanges: readiness.changes,
    unknownOverrides: applied.unknown,
    nurseryDaysPerHa
  };
}

/**
 * The closure estimate at the site for the chain's mix (what /closure computes): the chain's site
 * assessment, the mine the atlas knows there, the country's and the USA's GDP (labour-cost adjustment), US
 * inflation and the nursery's rows at the chain's wage. /investment and /institutions simulate it in their
 * worker, the case studies in Node; its per-hectare rows then size the closure works and the bond.
 */
export function closureAtSite(
  scenario: Scenario,
  chain: SiteChain,
  data: {
    mine: ClosureInput["mine"];
    economics: Pick<InvestmentData["economics"], "countryEconomics" | "series">;
    countryIso3: string | null;
    species: InvestmentData["species"];
    wage: WageEstimate;
  }
): ClosureEstimate {
  const planned: Scenario = { ...scenario, species: { ...scenario.species, mix: chain.mix } };
  const { countryEconomics, series } = data.economics;
  return closureEstimate({
    scenario: planned,
    assessment: chain.assessment,
    mine: data.mine,
    nursery: nurseryRowsFor(planned, data.species, [], data.wage),
    country: economicsFor(countryEconomics, data.countryIso3),
    usa: economicsFor(countryEconomics, "USA"),
    usInflationPct: series.usInflationPct
  });
}

/**
 * The Scenario: the one typed, versioned state that flows through the workflow pages (site → species →
 * nursery → closure → investment → institutions). It holds the user's INPUTS only; every page recomputes what it
 * shows from these inputs with the pure functions in src/lib, so a link reopens exactly the same figures.
 *
 * URL form (see docs/scenario-urls.md):
 *   ?lat=-12.8&lon=28.21&site=Kansanshi#s=1.<base64url(JSON)>
 * - readable query parameters for the site (lat, lon, optional name);
 * - everything else that differs from the defaults in a compact, versioned hash `s=<version>.<payload>`.
 *
 * Decoding never trusts its input: every field is checked (type, range, pattern); a bad field falls back
 * to its default and yields a notice naming it; a bad or unknown-version hash falls back to all defaults.
 * Values are only ever used as data; pages must render them as text, never as HTML.
 */

import type { UseClass } from "../data/records.js";
import type { AmendmentSettings } from "./amendments.js";
import { type ClosureSettings, defaultClosureSettings } from "./closure.js";
import type { ArrangementId, DiscountBasis, OptionChoice, TechnologyId } from "./ids.js";
import { defaultMonitoring, type MonitoringSettings } from "./monitoring.js";

export const SCENARIO_VERSION = 1;

export interface SiteChoice {
  /** Decimal degrees, WGS84. */
  lat: number;
  lon: number;
  /** Display name (e.g. a mine's name), plain text. */
  name: string | null;
}

export interface MixEntry {
  /** Species id (Ecocrop EcoPortCode, as in the species dataset). */
  id: number;
  /** Share of planted stems, 0–1. */
  share: number;
}

export interface EstimateOverride {
  lower?: number;
  upper?: number;
  median?: number;
  distribution?: string;
}

/**
 * Substrate properties a user can enter for the site, with units and plausible ranges (for validation):
 * pH in water; EC dS/m; SOC g/kg; clay and sand weight %; bulk density t/m³; metals total mg/kg.
 */
export const SPOIL_FIELDS = {
  ph: { label: "pH (water)", unit: "", min: 1.5, max: 12 },
  ecDsM: { label: "Electrical conductivity", unit: "dS/m", min: 0, max: 200 },
  socGkg: { label: "Organic carbon", unit: "g/kg", min: 0, max: 600 },
  clayPct: { label: "Clay", unit: "%", min: 0, max: 100 },
  sandPct: { label: "Sand", unit: "%", min: 0, max: 100 },
  bulkDensity: { label: "Bulk density", unit: "t/m³", min: 0.1, max: 2.8 },
  Cu: { label: "Copper", unit: "mg/kg", min: 0, max: 1e6 },
  Zn: { label: "Zinc", unit: "mg/kg", min: 0, max: 1e6 },
  Pb: { label: "Lead", unit: "mg/kg", min: 0, max: 1e6 },
  Cd: { label: "Cadmium", unit: "mg/kg", min: 0, max: 1e6 },
  As: { label: "Arsenic", unit: "mg/kg", min: 0, max: 1e6 },
  Ni: { label: "Nickel", unit: "mg/kg", min: 0, max: 1e6 },
  Cr: { label: "Chromium", unit: "mg/kg", min: 0, max: 1e6 }
} as const;
export type SpoilField = keyof typeof SPOIL_FIELDS;

export interface Scenario {
  site: SiteChoice | null;
  climate: {
    /** Warming added to present temperatures, °C. */
    warmingC: number;
    /** Change in annual and monthly rainfall, % of present. */
    rainfallPct: number;
    /**
     * Id of the preset the values come from, or null when set by hand. The default is SSP2-4.5 2041–2060
     * (DEFAULT_CLIMATE_PRESET in src/lib/site/climate-change.ts): pages resolve it to the site's regional
     * warming (resolveClimate), so the species step is climate-smart unless the user picks "present".
     */
    preset: string | null;
    /**
     * Site elevation, m a.s.l., for the lapse-rate correction of station temperatures; null = use the
     * nearby stations' distance-weighted elevation (src/lib/site/climate.ts).
     */
    elevationM: number | null;
  };
  soil: {
    /** Radius for nearby soil profiles and samples, km. */
    radiusKm: number;
    /**
     * Measured values of the mine substrate (spoil, overburden, tailings) entered by hand; they take
     * precedence over regional soil data. Keys and units: see SPOIL_FIELDS.
     */
    spoil: Partial<Record<SpoilField, number>>;
    /** Amendment and cover settings the user changed on /site (see AMENDMENT_FIELDS); absent = the default. */
    amendments: AmendmentSettings;
  };
  species: {
    /** Number of species in the planting mix. */
    k: number;
    /** Species ids that must be in the mix. */
    mustHave: number[];
    /** Use classes the user prioritises (see UseClass in src/lib/data/records.ts). */
    uses: UseClass[];
    /** The chosen planting mix. */
    mix: MixEntry[];
    /**
     * Let exotic species compete with natives in the automatic mix. Default false: natives first (SER
     * International Principles 2019), exotics only to fill; see src/lib/species/native.ts.
     */
    allowExotics: boolean;
  };
  planting: {
    /** Area to plant, ha. */
    areaHa: number;
    /** Planting density, stems/ha. */
    densityPerHa: number;
    /** Expected field survival of planted seedlings, 0–1. */
    fieldSurvival: number;
    /** Replacement (beating-up) planting, fraction of the initial planting, 0–1. */
    replacementRate: number;
  };
  nursery: {
    /** Container / production technology (see TECHNOLOGIES in src/lib/nursery/technologies.ts). */
    technology: TechnologyId;
    /** Inoculate seedlings (rhizobia for N-fixers, mycorrhiza otherwise). */
    inoculation: boolean;
    /**
     * Replacement planting replaces the expected dead once (1 − field survival after the technology and
     * inoculation effects); planting.replacementRate is then ignored by the nursery page.
     */
    replacementFromSurvival: boolean;
    /** Per-species parameter overrides: species id → parameter name → value. */
    params: Record<string, Record<string, number>>;
    /**
     * A planting window set by hand (months 1–12; length in months), overriding the site's rainy-season
     * window; null: take it from the site's climate.
     */
    window: { startMonth: number; months: number } | null;
  };
  /** Closure cost estimate (/closure): the user's edits of its quantities, rates and percentages (src/lib/scenario/closure.ts). */
  closure: ClosureSettings;
  investment: {
    /** Time horizon, years. */
    horizonYears: number;
    /** Overrides of the estimate table, by variable name. */
    estimates: Record<string, EstimateOverride>;
    /** Discount rate of the decision NPV: "social" (default) or "lending" (the commercial rate, a sensitivity). */
    discount: DiscountBasis;
    /**
     * Price irrigation or water harvesting for establishment where there is no rain-fed planting window
     * (src/lib/species/feasibility.ts); off: planting options there are "not feasible rain-fed".
     */
    irrigation: boolean;
    /** The option the value-of-information analysis is for. */
    voi: OptionChoice;
  };
  institutions: {
    /** Institutional arrangement shown in detail (ARRANGEMENTS in src/lib/institutions/arrangements.ts). */
    arrangement: ArrangementId;
    /** Restoration option whose cash flows the arrangements share; "best": the one /investment rates best. */
    option: OptionChoice;
    /** Readiness checklist: ids of the key success factors that are missing (READINESS_FACTORS in src/lib/institutions/readiness.ts). */
    missingFactors: string[];
  };
  /** Economic settings shared by every step that prices labour or money. */
  economics: {
    /**
     * Daily wage for field and nursery work incl. on-costs, USD/person-day; null = the site country's
     * (src/lib/site/wage.ts). One value for nursery, closure, investment and institutions.
     */
    wageUsdDay: number | null;
  };
  /** Completion criteria, hand ratings, planting date and survey design (src/lib/scenario/monitoring.ts). */
  monitoring: MonitoringSettings;
  /** Monte Carlo settings. */
  mc: {
    n: number;
    seed: number;
  };
}

export function defaultScenario(): Scenario {
  return {
    site: null,
    climate: { warmingC: 0, rainfallPct: 0, preset: "ssp245-2041-2060", elevationM: null },
    soil: { radiusKm: 50, spoil: {}, amendments: {} },
    species: { k: 6, mustHave: [], uses: [], mix: [], allowExotics: false },
    planting: { areaHa: 100, densityPerHa: 1100, fieldSurvival: 0.8, replacementRate: 0.2 },
    nursery: { technology: "polybag", inoculation: true, replacementFromSurvival: true, params: {}, window: null },
    closure: defaultClosureSettings(),
    investment: { horizonYears: 30, estimates: {}, discount: "social", irrigation: false, voi: "best" },
    institutions: { arrangement: "company-run", option: "best", missingFactors: [] },
    economics: { wageUsdDay: null },
    mc: { n: 10000, seed: 42 },
    monitoring: defaultMonitoring()
  };
}

/** The result of decoding: a valid scenario, and a plain-text notice for everything that was rejected. */
export interface DecodedScenario {
  scenario: Scenario;
  notices: string[];
}

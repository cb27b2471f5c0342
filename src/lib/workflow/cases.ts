/**
 * The published case studies: three real mines from the bundled data, in three countries and climates.
 * Each is a fixed scenario (site, climate preset, priorities, planting plan, arrangement, seed) that
 * src/lib/case-study.ts runs through the whole chain at build time. Facts about the mines here come from
 * the datasets named in `source`; everything else on a case page is computed.
 */

import type { UseClass } from "../data/records.js";
import type { ArrangementId } from "../scenario/index.js";

export interface CaseDefinition {
  /** URL segment: /cases/<slug>. */
  slug: string;
  /** Page title. */
  title: string;
  /** Sidebar name. */
  shortName: string;
  /** One-line question the brief answers. */
  question: string;
  mine: {
    name: string;
    country: string;
    iso3: string;
    commodity: string;
    lat: number;
    lon: number;
    /** Dataset and record the mine comes from. */
    source: string;
    /** Further facts from the same record, as plain sentences. */
    facts: string[];
  };
  /** Climate-change preset id (src/lib/climate.ts climatePresets); the present climate when absent. */
  climatePreset: string;
  /** Uses the people around the mine need, for the species ranking and mix. */
  uses: UseClass[];
  /** Number of species in the planting mix. */
  k: number;
  /** Area to restore, ha, and planting density, stems/ha. */
  areaHa: number;
  densityPerHa: number;
  /** Institutional arrangement compared on the institutions page (src/lib/institutions.ts ARRANGEMENTS). */
  arrangement: ArrangementId;
  /** Why this arrangement fits the case, one sentence. */
  arrangementWhy: string;
  /** Monte Carlo settings: fixed, so the published figures are the same on every load. */
  n: number;
  seed: number;
}

/** The date the case figures are computed for (the nursery calendar counts from it). */
export const CASES_PUBLISHED = "2026-11-27";

export const CASES: CaseDefinition[] = [
  {
    slug: "zambia-copperbelt-copper",
    shortName: "Zambia: copper",
    title: "Copper waste land on the Zambian Copperbelt",
    question: "What would it take to turn 150 ha of copper-mine waste land near Kitwe into productive woodland?",
    mine: {
      name: "Mopani",
      country: "Zambia",
      iso3: "ZMB",
      commodity: "copper",
      lat: -12.79458671,
      lon: 28.18808156,
      source: "ICMM Global Mining Dataset, September 2025 (asset “Mopani”, mine and smelter, confidence High)",
      facts: ["ICMM lists Mopani as a copper mine with a smelter on the Copperbelt near Kitwe."]
    },
    climatePreset: "ssp245-2041-2060",
    uses: ["fruit", "fuelwood", "nFixation", "erosionControl"],
    k: 6,
    areaHa: 150,
    densityPerHa: 1100,
    arrangement: "cooperative-nursery",
    arrangementWhy:
      "A cooperative nursery with an offtake contract keeps the seedling money with the neighbouring community and ties it to the planting programme's demand.",
    n: 10000,
    seed: 42
  },
  {
    slug: "indonesia-sulawesi-nickel",
    shortName: "Indonesia: nickel",
    title: "A nickel mine in the humid tropics of Sulawesi",
    question: "Which trees can restore 200 ha of nickel-mine land in Sulawesi, and who should earn from the carbon?",
    mine: {
      name: "Soroako",
      country: "Indonesia",
      iso3: "IDN",
      commodity: "nickel",
      lat: -2.49817,
      lon: 121.499,
      source: "ICMM Global Mining Dataset, September 2025 (asset “Soroako Pt Inco”, mine, confidence Very Low)",
      facts: ["ICMM lists Soroako, in South Sulawesi, as a nickel mine; its location confidence is “very low”, so the site is approximate."]
    },
    climatePreset: "ssp245-2041-2060",
    uses: ["timber", "fruit", "nFixation", "revegetation"],
    k: 8,
    areaHa: 200,
    densityPerHa: 1100,
    arrangement: "carbon-sharing",
    arrangementWhy:
      "Fast-growing humid-tropics plantings accrue carbon quickly, so how carbon revenue is shared with neighbouring communities decides who gains.",
    n: 10000,
    seed: 42
  },
  {
    slug: "india-korba-coal",
    shortName: "India: coal",
    title: "Open-cast coal overburden in central India",
    question: "Can 250 ha of coal overburden dumps at Korba pay for their own restoration with fodder, fuel and oil trees?",
    mine: {
      name: "Gevra",
      country: "India",
      iso3: "IND",
      commodity: "coal",
      lat: 22.336312,
      lon: 82.545748,
      source: "Global Energy Monitor, Global Coal Mine Tracker, July 2022 (“Gevra Coal Mine”, Chhattisgarh, open pit, operating)",
      facts: [
        "The Global Coal Mine Tracker lists Gevra in Chhattisgarh as an operating open-pit coal mine with an annual output of 41 Mt and a mine area of 40 km²."
      ]
    },
    climatePreset: "ssp245-2041-2060",
    uses: ["fodder", "fuelwood", "oil", "bioenergy", "nFixation"],
    k: 6,
    areaHa: 250,
    densityPerHa: 1600,
    arrangement: "community-concession",
    arrangementWhy:
      "A concession gives neighbouring villages the fodder, fuel and oil of the planting in return for protecting it, while the company pays for establishment.",
    n: 10000,
    seed: 42
  }
];

export function caseBySlug(slug: string): CaseDefinition | undefined {
  return CASES.find((c) => c.slug === slug);
}

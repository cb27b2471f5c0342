/**
 * Small hand-made inputs for the closure tests: a site assessment with just what the closure defaults read
 * (present climate; the soil's cover design and reasons), and mines of each kind.
 */

import type { ClosureInput } from "../../../src/lib/closure/estimate.js";
import type { MineFacts } from "../../../src/lib/closure/mine.js";
import { defaultScenario, type Scenario } from "../../../src/lib/scenario/index.js";
import type { SiteAssessment } from "../../../src/lib/site/assess.js";
import { coverClimate, coverDesign } from "../../../src/lib/site/cover.js";

export function assessmentFor({
  koppen,
  precAnnual,
  purpose = "growth medium",
  availableWater = 0.15,
  coverReasons = []
}: {
  koppen: string | null;
  precAnnual: number | null;
  purpose?: "growth medium" | "isolation" | "root zone";
  availableWater?: number | null;
  coverReasons?: string[];
}): SiteAssessment {
  const climate = coverClimate(koppen);
  const design = coverDesign({ purpose, availableWater, climate });
  return {
    site: { lat: 0, lon: 0 },
    climate: { present: koppen === null && precAnnual === null ? null : { koppen, precAnnual, plantingMonths: [] } },
    soil: { amendments: { cover: { ...design, texture: null, from: "test", climate }, coverReasons } }
  } as unknown as SiteAssessment;
}

export const COPPER_PIT: MineFacts = {
  name: "Test copper",
  source: "ICMM",
  commodities: ["Copper", "Gold"],
  openPit: true,
  areaKm2: null,
  distanceKm: 0.5
};
export const IRON_UNDERGROUND: MineFacts = { ...COPPER_PIT, name: "Test iron", commodities: ["Iron ore"], openPit: false };

/** A scenario at a site with 100 ha to restore (the default). */
export function scenarioAt(): Scenario {
  const s = defaultScenario();
  s.site = { lat: -12.8, lon: 28.21, name: "Test" };
  return s;
}

export const US = { name: "United States", gdpPerCapitaUsd: 81250, gdpYear: 2023 }; // 81,250 / 250 = 325 USD/day
export const ZAMBIA = { name: "Zambia", gdpPerCapitaUsd: 1350, gdpYear: 2023 }; // 5.4 USD/day
export const US_CPI = [
  { year: 2020, value: 1.2 },
  { year: 2021, value: 4.7 },
  { year: 2022, value: 8.0 },
  { year: 2023, value: 4.1 }
];
/** 1.047 × 1.080 × 1.041 */
export const PRICE_FACTOR = 1.17712116;

export function inputFor(overrides: Partial<ClosureInput> = {}): ClosureInput {
  return {
    scenario: scenarioAt(),
    assessment: assessmentFor({ koppen: "Cwa", precAnnual: 1200 }),
    mine: COPPER_PIT,
    country: ZAMBIA,
    usa: US,
    usInflationPct: US_CPI,
    nursery: null,
    ...overrides
  };
}

/**
 * Unit rates of closure works: each a 90 % range (lower = 5 %, upper = 95 % of a lognormal) in US dollars
 * of about 2020 as US contractors and regulators price the work, the share of the rate that is labour
 * (what the country adjustment scales by the wage), and the source. Rates no publication fixes are marked
 * as assumptions to replace. Sources in full: docs/closure-cost.md, "Unit rates".
 *
 * Country adjustment (countryFactor): rate × ((1 − labour share) + labour share × site wage / US wage),
 * where both wages come from the same rule (src/lib/site/wage.ts: GDP per capita / 250 working days, or the
 * user's wage): equipment, fuel and materials are taken at world (US) prices — an assumption stated on the
 * page — and only the labour share follows the local wage.
 */
import type { ClosureRateId } from "../scenario/index.js";

export interface RateDef {
  id: ClosureRateId;
  label: string;
  unit: string;
  /** 90 % range, USD of about 2020 (US basis, before the country adjustment). */
  lower: number;
  upper: number;
  /** Share of the rate that is labour, 0–1. */
  labourShare: number;
  /** Where the range comes from. */
  source: string;
  /** Where the labour share comes from. */
  labourSource: string;
  /** True when no publication fixes the range: the page marks it as an assumption to replace. */
  assumption: boolean;
}

/** Year the rates' dollars are taken to be in (escalated to the latest US CPI year: usPriceFactor). */
export const RATE_BASE_YEAR = 2020;

const DRMS = "Colorado DRMS reclamation bond estimates (dnrweblink.state.co.us)";
/** SRCE 1.4.1 cost summary of a Colorado permit amendment (DRMS doc 1334562, 2019): labour / total by group. */
const SRCE_EARTHWORK = "SRCE 1.4.1 summary, DRMS doc 1334562 (2019): earthwork labour 22,423 of 79,080 USD = 0.28";
const SRCE_REVEG = "SRCE 1.4.1 summary, DRMS doc 1334562 (2019): revegetation labour 3,319 of 14,847 USD = 0.22";

export const RATES: Record<ClosureRateId, RateDef> = {
  dozerPush: {
    id: "dozerPush",
    label: "Re-profiling by dozer push (≤ 150 m)",
    unit: "USD/m³",
    lower: 0.4,
    upper: 1.2,
    labourShare: 0.28,
    source: `${DRMS}: 0.31 USD/loose yd³ at a 300 ft push (doc 771472), 0.40 USD/yd³ regrading to 3H:1V (Fairplay Au Pit 2017, doc 1178889), 0.44 USD/yd³ D8 highwall reduction (Warren Pit 2012, doc 955109), 0.84 USD/yd³ overburden replacement (doc 747300) = 0.41–1.10 USD/m³`,
    labourSource: SRCE_EARTHWORK,
    assumption: false
  },
  loadHaul: {
    id: "loadHaul",
    label: "Load, haul and place (truck or scraper, 1–5 km)",
    unit: "USD/m³",
    lower: 2,
    upper: 6,
    labourShare: 0.28,
    source:
      "San Luis mine reclamation estimate (Colorado, 2006): D-8 dozer 135, 627 scraper 175, 980 loader 130 USD/h moving 50–80 m³/h = 2–3 USD/m³ on short hauls; 1.25 USD/yd³ haul and place (Fairplay Au Pit 2017, DRMS doc 1178889); longer truck hauls and compaction control raise it (upper end: assumption)",
    labourSource: SRCE_EARTHWORK,
    assumption: false
  },
  growthMedium: {
    id: "growthMedium",
    label: "Growth medium (topsoil) from stockpile, spread",
    unit: "USD/m³",
    lower: 1,
    upper: 3,
    labourShare: 0.28,
    source: `${DRMS}: topsoil spread by dozer or loader 0.75–0.80 USD/yd³ (docs 769335, 955109), haul and place 1.25 USD/yd³ (doc 1178889), 6 inches of growth medium 1.50 USD/yd³ (Young Ranch 2020, doc 1322793) = 1.0–2.0 USD/m³; upper end widened for remote sites (assumption)`,
    labourSource: SRCE_EARTHWORK,
    assumption: false
  },
  coverPlacement: {
    id: "coverPlacement",
    label: "Full cover: borrow, haul, place in lifts",
    unit: "USD/m³",
    lower: 2,
    upper: 6,
    labourShare: 0.28,
    source:
      "As load, haul and place (San Luis mine estimate, Colorado 2006: 2–3 USD/m³ on short hauls), with compaction control and longer borrow hauls at the upper end (assumption)",
    labourSource: SRCE_EARTHWORK,
    assumption: false
  },
  ripping: {
    id: "ripping",
    label: "Ripping / scarifying compacted ground",
    unit: "USD/ha",
    lower: 350,
    upper: 1800,
    labourShare: 0.67,
    source: `${DRMS}: scarify 150 USD/acre (doc 747300), rip to 2 ft 283 USD/acre (Warren Pit 2012, doc 955109), scarify compacted areas 725 USD/acre (doc 503131) = 370–1,790 USD/ha`,
    labourSource: "BLM Nevada SRCE-based notice-level model (2007): ripping 7.00 USD labour of 10.50 USD = 0.67",
    assumption: false
  },
  seeding: {
    id: "seeding",
    label: "Seeding, fertilising and mulching",
    unit: "USD/ha",
    lower: 1000,
    upper: 3000,
    labourShare: 0.22,
    source:
      "BLM Nevada SRCE-based notice-level model (2007): revegetation 414.50 USD/acre; Colorado DRMS: drill seed, mulch, fertilise 983 USD/acre (Warren Pit 2012, doc 955109), 820 USD/acre native seed mix (Young Ranch 2020, doc 1322793) = 1,020–2,430 USD/ha; upper end for hydromulch and steep slopes (assumption)",
    labourSource: SRCE_REVEG,
    assumption: false
  },
  plantingStock: {
    id: "plantingStock",
    label: "Planting stock (seedlings from the nursery)",
    unit: "USD/seedling",
    lower: 0.15,
    upper: 0.6,
    labourShare: 0,
    source:
      "Assumption when there is no nursery plan: 0.15–0.6 USD per seedling incl. replacements (as the investment page); with a plan on /nursery its cost per seedling is used",
    labourSource: "Nursery costs are priced locally by the nursery planner: not adjusted again",
    assumption: true
  },
  plantingLabour: {
    id: "plantingLabour",
    label: "Planting (pitting and planting)",
    unit: "USD/seedling",
    lower: 1,
    upper: 3,
    labourShare: 1,
    source:
      "Colorado DRMS, Young Ranch 2020 (doc 1322793): 2 USD planting cost per tubeling with US labour; range 1–3 (assumption). At a US field wage of about 300 USD/day this is 100–300 seedlings per person-day",
    labourSource: "Planting is hand work: all labour",
    assumption: false
  },
  fencing: {
    id: "fencing",
    label: "Safety fence or bund along the pit",
    unit: "USD/m",
    lower: 2,
    upper: 12,
    labourShare: 0.5,
    source:
      "Assumption: a stock fence costs 2–5 USD/m (the investment page's assumption); a safety bund or a security fence along a pit crest costs more. The Queensland ERC calculator prices safety bunding and fencing per metre: replace with its rate or a local quote",
    labourSource: "Assumption",
    assumption: true
  },
  demolition: {
    id: "demolition",
    label: "Demolition of buildings and plant (floor area)",
    unit: "USD/m²",
    lower: 40,
    upper: 160,
    labourShare: 0.4,
    source:
      "US demolition contractors' guidance: commercial demolition 4–8 USD/ft² (Rigo Demolition 2024) to 6–15 USD/ft² (demolition321.com) = 43–161 USD/m² of floor area; mine plant with heavy steel and hazardous materials can cost more (assumption: replace with a quote)",
    labourSource: "Assumption",
    assumption: true
  },
  concrete: {
    id: "concrete",
    label: "Breaking out and burying concrete foundations",
    unit: "USD/m³",
    lower: 50,
    upper: 150,
    labourShare: 0.3,
    source: `${DRMS}: remove concrete base 65 USD/yd³ = 85 USD/m³ (doc 747300); range around it (assumption)`,
    labourSource: SRCE_EARTHWORK,
    assumption: false
  },
  waterTreatment: {
    id: "waterTreatment",
    label: "Water treatment (lime neutralisation), operating",
    unit: "USD/m³",
    lower: 0.27,
    upper: 2.24,
    labourShare: 0.35,
    source:
      "Survey of alkali (lime) treatment plants for acid rock drainage: 0.27 USD/m³ at acidity < 800 mg/L to 2.24 USD/m³ above 4,000 mg/L (abstract: discovery.researcher.life/article/acac586e4ebe3be78b93af4aee027ff9); MEND Report 3.43.1 survey of > 100 sites: 1.54 per m³ on average (Canadian Mining Journal). Operating cost only: a plant's capital (median 3.8 M USD in the same survey) is not included",
    labourSource: "SRCE 1.4.1 summary, DRMS doc 1334562 (2019): detoxification / water treatment labour 905 of 2,600 USD = 0.35",
    assumption: false
  },
  monitoring: {
    id: "monitoring",
    label: "Monitoring after the works (per ha and year)",
    unit: "USD/ha/yr",
    lower: 20,
    upper: 150,
    labourShare: 0.7,
    source:
      "Assumption: inspections, vegetation and erosion surveys, water sampling and reporting. Used only when monitoring years are set: by default the Queensland 5 % maintenance-and-monitoring allowance prices it",
    labourSource: "Assumption",
    assumption: true
  },
  mobilisation: {
    id: "mobilisation",
    label: "Mobilisation and demobilisation of the fleet",
    unit: "USD (lump sum)",
    lower: 20000,
    upper: 300000,
    labourShare: 0.3,
    source:
      "Colorado DRMS, Young Ranch 2020 (doc 1322793): 20,000 USD for a site < 45 miles from the fleet; SRCE prices mob/demob by distance and equipment (NDEP mob/demob calculator). Upper end for a remote site: assumption",
    labourSource: SRCE_EARTHWORK,
    assumption: false
  }
};

/** The factor turning a US-basis rate into the site's: (1 − s) + s × wage / reference wage. */
export function countryFactor(labourShare: number, wageUsdDay: number, referenceWageUsdDay: number): number {
  if (!(referenceWageUsdDay > 0)) throw new RangeError(`The reference wage must be > 0 USD/day (got ${referenceWageUsdDay}).`);
  if (!(labourShare >= 0 && labourShare <= 1)) throw new RangeError(`A labour share must be in [0, 1] (got ${labourShare}).`);
  return 1 - labourShare + (labourShare * wageUsdDay) / referenceWageUsdDay;
}

/**
 * US price level of the latest year with CPI data relative to `baseYear`: Π (1 + π/100) over the years
 * after it (World Bank FP.CPI.TOTL.ZG, United States). Null when a year is missing or there is none.
 */
export function usPriceFactor(
  inflation: readonly { year: number; value: number }[] | null,
  baseYear = RATE_BASE_YEAR
): { factor: number; toYear: number } | null {
  if (!inflation?.length) return null;
  const byYear = new Map(inflation.filter((d) => Number.isFinite(d.value)).map((d) => [d.year, d.value]));
  const last = Math.max(...byYear.keys());
  if (!(last > baseYear)) return null;
  let factor = 1;
  for (let y = baseYear + 1; y <= last; y++) {
    const value = byYear.get(y);
    if (value === undefined) return null;
    factor *= 1 + value / 100;
  }
  return { factor, toYear: last };
}

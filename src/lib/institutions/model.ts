/**
 * Who pays and who earns: institutional arrangements allocate the investment model's cash-flow streams
 * (economics.ts) among four stakeholders — the mining company, the community or cooperative, the
 * government and an investor or carbon buyer — by documented rules; a readiness checklist after the
 * WRI/IUCN Restoration Diagnostic turns missing key success factors into higher risks in the model; labour
 * coefficients turn the plan into jobs. Rules, coefficients and the factor → risk mapping:
 * docs/institutions.md.
 */

import { type EstimateRow, round3 } from "../investment/estimates.js";
import {
  baselineStreams,
  completionMet,
  discountFactors,
  drawStates,
  gompertzCurve,
  type Inputs,
  type ModelHelpers,
  type ModelOutputs,
  OPTION_IDS,
  type OptionId,
  optionStreams,
  type Params,
  PRODUCTS,
  type Product,
  presentValue,
  readParams,
  releaseYear,
  type Streams,
  stocking,
  totalCashflow
} from "../investment/model.js";

import type { ArrangementId } from "../scenario/index.js";

export const STAKEHOLDERS = ["company", "community", "government", "investor"] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

export const STAKEHOLDER_NAMES: Record<Stakeholder, string> = {
  company: "Mining company",
  community: "Community / cooperative",
  government: "Government",
  investor: "Investor / carbon buyer"
};

export interface Arrangement {
  /** Id as stored in the scenario (scenario.institutions.arrangement). */
  id: ArrangementId;
  /** Short key used in model output names (R-syntactic). */
  key: string;
  name: string;
  /** The allocation rules in plain words (the same rules as allocate()). */
  rules: string[];
}

const COMMON_RULES = [
  "The government receives its take (government_take) on product and carbon income earned by the company or the investor, and the environmental penalties.",
  "Local workers (a share local_wage_share of all wages) are counted as community income.",
  "Ecosystem services, when valued, accrue to the community."
];

export const ARRANGEMENTS: Arrangement[] = [
  {
    id: "company-run",
    key: "companyRun",
    name: "Company-run, bond released at closure",
    rules: [
      "The company pays every cost (works, planting stock, wages, monitoring, upkeep, penalties, bond fee, carbon project) and keeps the product and carbon income and the bond release.",
      "The whole bond is released in the completion year if the completion criteria are met.",
      ...COMMON_RULES
    ]
  },
  {
    id: "community-concession",
    key: "concession",
    name: "Community concession with company funding",
    rules: [
      "The company funds the works, the planting stock, the bond, the upkeep and all wages up to the handover year (handover_year), and keeps the bond release.",
      "From the year after handover the community manages the site: it pays the wages (its own members' share stays in the community) and keeps all product income (untaxed, informal sales).",
      "Carbon income is split: the community gets concession_carbon_share, the company the rest; the company pays the carbon project costs.",
      ...COMMON_RULES
    ]
  },
  {
    id: "cooperative-nursery",
    key: "coopNursery",
    name: "Cooperative nursery with offtake contract",
    rules: [
      "As company-run, but the planting stock is bought from a community cooperative nursery under an offtake contract at cost plus a margin (coop_margin).",
      "The cooperative earns the margin and its members' nursery wages (nursery_wage_share of the stock cost); the company pays cost × (1 + margin).",
      ...COMMON_RULES
    ]
  },
  {
    id: "carbon-sharing",
    key: "carbonSharing",
    name: "Carbon benefit sharing with an investor",
    rules: [
      "An investor (or carbon buyer paying in advance) funds establishment — planting stock and the wages of years 1–3 — and the carbon project costs (start-up, MRV).",
      "Carbon income is shared: the community gets community_carbon_share, the government its take, the investor the rest.",
      "The company pays the works, upkeep, bond and later wages, and keeps the product income (taxed) and the bond release.",
      ...COMMON_RULES
    ]
  },
  {
    id: "progressive-bond",
    key: "progressiveBond",
    name: "Company-run, bond released progressively",
    rules: [
      "As company-run, but the bond is released in tranches: bond_tranche_works after the works (year 2), bond_tranche_establishment at the establishment check (establishment_check_year) if the criteria are met, the rest at completion if they are met.",
      "The bond fee is paid on the part still held.",
      ...COMMON_RULES
    ]
  }
];

export function arrangementById(id: string): Arrangement | undefined {
  return ARRANGEMENTS.find((a) => a.id === id);
}

/** Income streams of the community, as the page lists them. */
export const COMMUNITY_STREAMS = [
  "nursery",
  "fruit",
  "fodder",
  "honey",
  "fuelwood",
  "timber",
  "oil",
  "carbon",
  "wages",
  "ecosystem"
] as const;
export type CommunityStream = (typeof COMMUNITY_STREAMS)[number];

/** Institutional parameters of one run (from the estimate table's Institutions rows). */
export interface InstitutionParams {
  localWageShare: number;
  governmentTake: number;
  handoverYear: number;
  concessionCarbonShare: number;
  coopMargin: number;
  nurseryWageShare: number;
  communityCarbonShare: number;
  bondTrancheWorks: number;
  bondTrancheEstablishment: number;
  establishmentCheckYear: number;
}

function need(x: Inputs, name: string): number {
  const value = x[name];
  if (typeof value !== "number" || Number.isNaN(value))
    throw new Error(`institutions model: input "${name}" is missing from the estimate table`);
  return value;
}

export function readInstitutionParams(x: Inputs): InstitutionParams {
  return {
    localWageShare: need(x, "local_wage_share"),
    governmentTake: need(x, "government_take"),
    handoverYear: Math.round(need(x, "handover_year")),
    concessionCarbonShare: need(x, "concession_carbon_share"),
    coopMargin: need(x, "coop_margin"),
    nurseryWageShare: need(x, "nursery_wage_share"),
    communityCarbonShare: need(x, "community_carbon_share"),
    bondTrancheWorks: need(x, "bond_tranche_works"),
    bondTrancheEstablishment: need(x, "bond_tranche_establishment"),
    establishmentCheckYear: Math.round(need(x, "establishment_check_year"))
  };
}

/** The bond's timing facts for one option and run. */
export interface BondContext {
  bond: number;
  feePct: number;
  /** Completion year (1-based). */
  release: number;
  /** Completion criteria met (within the horizon or not). */
  met: boolean;
}

export function bondContext(p: Params, states: Parameters<typeof completionMet>[1], option: OptionId): BondContext {
  return { bond: p.bond, feePct: p.bondFeePct, release: releaseYear(p, option), met: completionMet(p, states, option) === 1 };
}

/**
 * Progressive release: a tranche after the works (year 2), a tranche at the establishment check if the
 * criteria are met, the rest at completion if met. As for a single release, the fee of a year is due on
 * what is still held after that year's release (so a bond released in year r costs fees in years 1..r−1).
 * Returns the fee (−) and release (+) series.
 */
export function progressiveBond(b: BondContext, inst: InstitutionParams, n: number): { fee: number[]; release: number[] } {
  const release = new Array<number>(n).fill(0);
  const works = Math.min(1, Math.max(0, inst.bondTrancheWorks));
  const establishment = Math.min(1 - works, Math.max(0, inst.bondTrancheEstablishment));
  const add = (year: number, amount: number) => {
    if (year >= 1 && year <= n) release[year - 1] += amount;
  };
  add(2, works * b.bond);
  if (b.met) {
    add(Math.min(inst.establishmentCheckYear, b.release), establishment * b.bond);
    add(b.release, (1 - works - establishment) * b.bond);
  }
  const fee = new Array<number>(n);
  let held = b.bond;
  for (let i = 0; i < n; i++) {
    held -= release[i];
    fee[i] = held > 1e-9 * b.bond ? -(held * b.feePct) / 100 : 0;
  }
  return { fee, release };
}

/** Each stakeholder's cash flow per year (USD/ha), plus the community's income by stream. */
export interface Allocation {
  flows: Record<Stakeholder, number[]>;
  community: Record<CommunityStream, number[]>;
}

function emptyAllocation(n: number): Allocation {
  const zeros = () => new Array<number>(n).fill(0);
  const flows = { company: zeros(), community: zeros(), government: zeros(), investor: zeros() };
  const community = {} as Record<CommunityStream, number[]>;
  for (const s of COMMUNITY_STREAMS) community[s] = zeros();
  return { flows, community };
}

/**
 * Allocates an option's streams among the stakeholders under an arrangement (rules: ARRANGEMENTS and
 * docs/institutions.md). Transfers between stakeholders net out; payments to outsiders (contractors,
 * banks, non-local workers) are costs of the payer only.
 */
export function allocate(arrangementKey: string, s: Streams, bond: BondContext, inst: InstitutionParams): Allocation {
  const n = s.works.length;
  const a = emptyAllocation(n);
  const { company, community, government, investor } = a.flows;
  const take = inst.governmentTake;
  let bondFee = s.bondFee;
  let bondRelease = s.bondRelease;
  if (arrangementKey === "progressiveBond") {
    const progressive = progressiveBond(bond, inst, n);
    bondFee = progressive.fee;
    bondRelease = progressive.release;
  } else if (!["companyRun", "concession", "coopNursery", "carbonSharing"].includes(arrangementKey)) {
    throw new Error(`institutions: unknown arrangement "${arrangementKey}"`);
  }

  for (let i = 0; i < n; i++) {
    const year = i + 1;
    let productIncome = 0;
    for (const p of PRODUCTS) productIncome += s.products[p][i];
    const wages = -s.labour[i]; // ≥ 0: wages paid this year
    const localWages = wages * inst.localWageShare;
    const penaltiesPaid = -s.penalties[i];
    // Common: government receives penalties; community earns local wages and ecosystem services.
    government[i] += penaltiesPaid;
    community[i] += localWages + s.ecosystem[i];
    a.community.wages[i] += localWages;
    a.community.ecosystem[i] += s.ecosystem[i];
    const fixedCompanyCosts = s.works[i] + s.monitoring[i] + s.upkeep[i] + s.penalties[i] + bondFee[i] + bondRelease[i];

    if (arrangementKey === "concession") {
      const companyPaysWages = year <= inst.handoverYear;
      company[i] += fixedCompanyCosts + s.stock[i] + s.carbonCost[i] + (companyPaysWages ? s.labour[i] : 0);
      if (!companyPaysWages) community[i] += s.labour[i];
      const communityCarbon = s.carbon[i] * inst.concessionCarbonShare;
      const companyCarbon = s.carbon[i] - communityCarbon;
      company[i] += companyCarbon * (1 - take);
      community[i] += communityCarbon * (1 - take) + productIncome;
      government[i] += take * s.carbon[i];
      a.community.carbon[i] += communityCarbon * (1 - take);
      for (const p of PRODUCTS) a.community[p as CommunityStream][i] += s.products[p][i];
    } else if (arrangementKey === "carbonSharing") {
      const establishment = year <= 3;
      const investorFunds = s.stock[i] + (establishment ? s.labour[i] : 0) + s.carbonCost[i];
      investor[i] += investorFunds;
      company[i] += fixedCompanyCosts + (establishment ? 0 : s.labour[i]) + productIncome * (1 - take);
      const communityCarbon = s.carbon[i] * inst.communityCarbonShare;
      const governmentCarbon = s.carbon[i] * take;
      investor[i] += s.carbon[i] - communityCarbon - governmentCarbon;
      community[i] += communityCarbon;
      government[i] += governmentCarbon + productIncome * take;
      a.community.carbon[i] += communityCarbon;
    } else {
      // companyRun, progressiveBond, coopNursery: the company runs the site.
      let stock = s.stock[i];
      if (arrangementKey === "coopNursery") {
        const cost = -s.stock[i]; // ≥ 0
        stock = -cost * (1 + inst.coopMargin);
        const cooperative = cost * (inst.coopMargin + inst.nurseryWageShare);
        community[i] += cooperative;
        a.community.nursery[i] += cooperative;
      }
      company[i] += fixedCompanyCosts + stock + s.labour[i] + s.carbonCost[i] + (productIncome + s.carbon[i]) * (1 - take);
      government[i] += take * (productIncome + s.carbon[i]);
    }
  }
  return a;
}

/** Doing nothing, per stakeholder: the company pays upkeep, penalties and the bond fee; the government receives the penalties. */
export function allocateBaseline(s: Streams): Record<Stakeholder, number[]> {
  const n = s.works.length;
  const company = new Array<number>(n);
  const government = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    company[i] = s.upkeep[i] + s.penalties[i] + s.bondFee[i];
    government[i] = -s.penalties[i];
  }
  return { company, community: new Array<number>(n).fill(0), government, investor: new Array<number>(n).fill(0) };
}

/**
 * The institutions model (decisionSupport model function). Inputs: the investment estimate table plus the
 * Institutions rows (institutionEstimates). Outputs, per ha, USD (real), for the option chosen by
 * `option_index` (1–4, OPTION_IDS order):
 * NPV_option; Gain_<arrangement>_<stakeholder> for every arrangement (NPV under the arrangement minus under
 * doing nothing); for the arrangement chosen by `arrangement_index` (1–5, ARRANGEMENTS order):
 * NPV_<stakeholder>, Income_<stream> (community income NPV by stream), Cashflow_<stakeholder> (yearly
 * change vs doing nothing → Cashflow_<stakeholder>1..n).
 */
export function institutionsModel(x: Inputs, h: ModelHelpers): ModelOutputs {
  const states = drawStates(x, h);
  const p = readParams(x);
  const inst = readInstitutionParams(x);
  const option = OPTION_IDS[Math.round(need(x, "option_index")) - 1];
  const shown = ARRANGEMENTS[Math.round(need(x, "arrangement_index")) - 1];
  if (!option) throw new Error("institutions model: option_index must be 1–4");
  if (!shown) throw new Error(`institutions model: arrangement_index must be 1–${ARRANGEMENTS.length}`);
  const factors = discountFactors(need(x, "discount_rate"), states.n);
  const streams = optionStreams(p, states, option);
  const baseline = allocateBaseline(baselineStreams(p, states));
  const bond = bondContext(p, states, option);
  const baselineNpv = {} as Record<Stakeholder, number>;
  for (const s of STAKEHOLDERS) baselineNpv[s] = presentValue(baseline[s], factors);

  const out: ModelOutputs = { NPV_option: presentValue(totalCashflow(streams), factors) };
  const shownAllocation = allocate(shown.key, streams, bond, inst);
  for (const arrangement of ARRANGEMENTS) {
    const allocation = arrangement === shown ? shownAllocation : allocate(arrangement.key, streams, bond, inst);
    for (const s of STAKEHOLDERS) out[`Gain_${arrangement.key}_${s}`] = presentValue(allocation.flows[s], factors) - baselineNpv[s];
  }
  for (const s of STAKEHOLDERS) out[`NPV_${s}`] = presentValue(shownAllocation.flows[s], factors);
  for (const stream of COMMUNITY_STREAMS) out[`Income_${stream}`] = presentValue(shownAllocation.community[stream], factors);
  for (const s of STAKEHOLDERS) out[`Cashflow_${s}`] = shownAllocation.flows[s].map((v, i) => v - baseline[s][i]);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Estimate rows of the institutional parameters

const ASSUME = "Assumption (team estimate; replace with the terms of the actual agreement)";

/** The Institutions rows appended to the investment table for the institutions model. */
export function institutionEstimates(option: OptionId, arrangementId: string): EstimateRow[] {
  const optionIndex = OPTION_IDS.indexOf(option) + 1;
  const arrangementIndex = ARRANGEMENTS.findIndex((a) => a.id === arrangementId) + 1;
  if (optionIndex < 1) throw new RangeError(`option: "${option}" is not one of ${OPTION_IDS.join(", ")}`);
  if (arrangementIndex < 1)
    throw new RangeError(`arrangement: "${arrangementId}" is not one of ${ARRANGEMENTS.map((a) => a.id).join(", ")}`);
  const g = "Institutions" as EstimateRow["group"];
  const r = (
    variable: string,
    distribution: string,
    lower: number,
    upper: number,
    unit: string,
    label: string,
    description: string,
    source: string
  ): EstimateRow => ({
    variable,
    distribution,
    lower,
    median: null,
    upper,
    unit,
    label,
    description,
    source,
    group: g
  });
  return [
    r(
      "local_wage_share",
      "tnorm_0_1",
      0.6,
      0.95,
      "fraction",
      "Local share of wages",
      "Share of all wages paid to workers from the local community",
      ASSUME
    ),
    r(
      "government_take",
      "tnorm_0_1",
      0.05,
      0.25,
      "fraction",
      "Government take on formal income",
      "Royalties, levies and taxes on product and carbon income of the company or the investor",
      ASSUME
    ),
    r(
      "handover_year",
      "const",
      3,
      3,
      "year",
      "Concession: handover year",
      "Last year in which the company pays the wages before the community takes over",
      ASSUME
    ),
    r(
      "concession_carbon_share",
      "tnorm_0_1",
      0.3,
      0.7,
      "fraction",
      "Concession: community carbon share",
      "Share of carbon income the community keeps under the concession",
      ASSUME
    ),
    r(
      "coop_margin",
      "posnorm",
      0.1,
      0.35,
      "fraction",
      "Cooperative nursery margin",
      "Margin over cost in the seedling offtake price",
      ASSUME
    ),
    r(
      "nursery_wage_share",
      "tnorm_0_1",
      0.25,
      0.5,
      "fraction",
      "Wages in the nursery cost",
      "Share of the planting-stock cost that is nursery wages (paid to cooperative members)",
      "Nursery planner labour share is typically a quarter to a half of the cost (assumption; see /nursery)"
    ),
    r(
      "community_carbon_share",
      "tnorm_0_1",
      0.2,
      0.5,
      "fraction",
      "Carbon sharing: community share",
      "Share of carbon income paid to the community under benefit sharing",
      ASSUME
    ),
    r(
      "bond_tranche_works",
      "const",
      0.3,
      0.3,
      "fraction",
      "Progressive bond: tranche after works",
      "Share of the bond released after the works (year 2)",
      ASSUME
    ),
    r(
      "bond_tranche_establishment",
      "const",
      0.3,
      0.3,
      "fraction",
      "Progressive bond: tranche at establishment",
      "Share of the bond released at the establishment check when criteria are met",
      ASSUME
    ),
    r(
      "establishment_check_year",
      "const",
      5,
      5,
      "year",
      "Progressive bond: establishment check (year)",
      "Year of the establishment check",
      ASSUME
    ),
    r(
      "option_index",
      "const",
      optionIndex,
      optionIndex,
      "index",
      "Option analysed",
      `Restoration option (1–4: ${OPTION_IDS.join(", ")})`,
      "Chosen on the page"
    ),
    r(
      "arrangement_index",
      "const",
      arrangementIndex,
      arrangementIndex,
      "index",
      "Arrangement shown",
      `Arrangement whose cash flows are returned (1–${ARRANGEMENTS.length}: ${ARRANGEMENTS.map((a) => a.id).join(", ")})`,
      "Chosen on the page"
    )
  ];
}

// ---------------------------------------------------------------------------------------------------
// Readiness checklist (after the WRI/IUCN Restoration Diagnostic's key success factors)

export type Theme = "Motivate" | "Enable" | "Implement";

/** How a missing factor changes an estimate row: bounds × factor, or + a value (shares kept in (0, 1)). */
export interface RiskEffect {
  variable: string;
  multiply?: number;
  add?: number;
}

export interface ReadinessFactor {
  id: string;
  theme: Theme;
  feature: string;
  /** The key success factor, as the Diagnostic words it (paraphrased). */
  text: string;
  /** The named risk a missing factor raises, or null when it has no link in the model. */
  risk: string | null;
  effects: RiskEffect[];
}

const f = (id: string, theme: Theme, feature: string, text: string, risk: string | null, effects: RiskEffect[] = []): ReadinessFactor => ({
  id,
  theme,
  feature,
  text,
  risk,
  effects
});

/**
 * The 31 key success factors of the Restoration Diagnostic (Hanson et al. 2015, WRI/IUCN), in its three
 * themes and 14 features. Where a factor bears on something the model represents, a missing factor
 * raises that risk (docs/institutions.md explains each link); the others are context.
 */
export const READINESS_FACTORS: ReadinessFactor[] = [
  f("benefits-economic", "Motivate", "Benefits", "Restoration generates economic benefits", null),
  f("benefits-social", "Motivate", "Benefits", "Restoration generates social benefits", null),
  f("benefits-environmental", "Motivate", "Benefits", "Restoration generates environmental benefits", null),
  f("awareness-communicated", "Motivate", "Awareness", "Benefits of restoration are publicly communicated", null),
  f("awareness-opportunities", "Motivate", "Awareness", "Opportunities for restoration are identified", null),
  f("crisis-leveraged", "Motivate", "Crisis events", "Crisis events are leveraged", null),
  f(
    "law-exists",
    "Motivate",
    "Legal requirements",
    "Law requiring restoration exists",
    "Penalties for leaving the site unreclaimed are less likely",
    [{ variable: "p_penalty", multiply: 0.5 }]
  ),
  f(
    "law-enforced",
    "Motivate",
    "Legal requirements",
    "Law requiring restoration is broadly understood and enforced",
    "Penalties less likely; completion sign-off later",
    [
      { variable: "p_penalty", multiply: 0.5 },
      { variable: "release_year", add: 2 }
    ]
  ),
  f(
    "ecology-suitable",
    "Enable",
    "Ecological conditions",
    "Soil, water, climate and fire conditions are suitable for restoration",
    "More drought and fire",
    [
      { variable: "p_drought", multiply: 1.5 },
      { variable: "p_fire", multiply: 1.5 }
    ]
  ),
  f(
    "ecology-no-impeding",
    "Enable",
    "Ecological conditions",
    "Plants and animals that can impede restoration are absent",
    "More browsing and pest damage",
    [{ variable: "p_grazing", multiply: 2 }]
  ),
  f(
    "ecology-seed",
    "Enable",
    "Ecological conditions",
    "Native seeds, seedlings or source populations are readily available",
    "Dearer planting stock, lower survival, slower natural regeneration",
    [
      { variable: "planting_stock_usd_ha", multiply: 1.3 },
      { variable: "field_survival", add: -0.1 },
      { variable: "p_regen_success", multiply: 0.6 }
    ]
  ),
  f(
    "market-competing-demands",
    "Enable",
    "Market conditions",
    "Competing demands (e.g. food, fuel) for degraded land are declining",
    "Land-use conflict and grazing pressure",
    [
      { variable: "p_tenure_conflict", multiply: 1.5 },
      { variable: "p_grazing", multiply: 1.5 }
    ]
  ),
  f(
    "market-value-chains",
    "Enable",
    "Market conditions",
    "Value chains for products from restored land exist",
    "Price collapse more likely and deeper",
    [
      { variable: "p_price_collapse", multiply: 2 },
      { variable: "price_collapse_loss", add: 0.1 }
    ]
  ),
  f("policy-tenure", "Enable", "Policy conditions", "Land and natural-resource tenure are secure", "Tenure conflict much more likely", [
    { variable: "p_tenure_conflict", multiply: 3 }
  ]),
  f(
    "policy-aligned",
    "Enable",
    "Policy conditions",
    "Policies affecting restoration are aligned and streamlined",
    "Completion sign-off and bond release later",
    [{ variable: "release_year", add: 2 }]
  ),
  f(
    "policy-clearing-restricted",
    "Enable",
    "Policy conditions",
    "Restrictions on clearing remaining natural forests exist",
    "More illegal cutting of the restored stand",
    [{ variable: "p_theft", multiply: 1.3 }]
  ),
  f(
    "policy-clearing-enforced",
    "Enable",
    "Policy conditions",
    "Forest clearing restrictions are enforced",
    "More illegal cutting of the restored stand",
    [{ variable: "p_theft", multiply: 1.3 }]
  ),
  f(
    "social-empowered",
    "Enable",
    "Social conditions",
    "Local people are empowered to make decisions about restoring their land",
    "Conflict over the land and its use",
    [
      { variable: "p_tenure_conflict", multiply: 1.5 },
      { variable: "p_theft", multiply: 1.3 }
    ]
  ),
  f(
    "social-benefit",
    "Enable",
    "Social conditions",
    "Local people are able to benefit from restoration",
    "Theft, livestock incursion and arson",
    [
      { variable: "p_theft", multiply: 2 },
      { variable: "p_grazing", multiply: 1.5 },
      { variable: "p_fire", multiply: 1.3 }
    ]
  ),
  f(
    "institutions-roles",
    "Enable",
    "Institutional conditions",
    "Roles and responsibilities for restoration are clearly defined",
    "Higher management and monitoring effort",
    [
      { variable: "management_days_ha", multiply: 1.3 },
      { variable: "monitoring_usd_ha", multiply: 1.3 }
    ]
  ),
  f(
    "institutions-coordination",
    "Enable",
    "Institutional conditions",
    "Effective institutional coordination is in place",
    "Completion sign-off and bond release later",
    [{ variable: "release_year", add: 1 }]
  ),
  f("leadership-champions", "Implement", "Leadership", "National and/or local restoration champions exist", null),
  f("leadership-commitment", "Implement", "Leadership", "Sustained political commitment exists", null),
  f("knowledge-exists", "Implement", "Knowledge", "Restoration know-how relevant to the site exists", "Lower field survival", [
    { variable: "field_survival", add: -0.1 }
  ]),
  f(
    "knowledge-transmitted",
    "Implement",
    "Knowledge",
    "Restoration know-how is transmitted via peers or extension services",
    "More establishment care needed",
    [{ variable: "care_days_ha", multiply: 1.2 }]
  ),
  f(
    "design-grounded",
    "Implement",
    "Technical design",
    "Restoration design is technically grounded and climate-resilient",
    "Deeper drought losses",
    [
      { variable: "drought_loss", add: 0.1 },
      { variable: "p_drought", multiply: 1.2 }
    ]
  ),
  f(
    "design-leakage",
    "Implement",
    "Technical design",
    "Restoration limits leakage (displaced clearing elsewhere)",
    "Larger carbon buffer withheld",
    [{ variable: "carbon_buffer_share", add: 0.05 }]
  ),
  f(
    "finance-incentives",
    "Implement",
    "Finance and incentives",
    "Positive incentives and funds for restoration outweigh negative incentives",
    "Higher cost of capital",
    [{ variable: "discount_rate", add: 1 }]
  ),
  f("finance-accessible", "Implement", "Finance and incentives", "Incentives and funds are readily accessible", "Higher cost of capital", [
    { variable: "discount_rate", add: 2 }
  ]),
  f(
    "feedback-monitoring",
    "Implement",
    "Feedback",
    "An effective performance monitoring and evaluation system is in place",
    "Completion cannot be shown in time; dearer carbon verification",
    [
      { variable: "release_year", add: 2 },
      { variable: "carbon_mrv_usd_ha", multiply: 1.5 }
    ]
  ),
  f("feedback-early-wins", "Implement", "Feedback", "Early wins are communicated", null)
];

export interface ReadinessChange {
  factor: string;
  risk: string;
  variable: string;
  from: [number, number];
  to: [number, number];
}

const SHARE_DISTRIBUTIONS = new Set(["tnorm_0_1"]);

/**
 * The estimate table with the effects of the missing factors applied (in checklist order, each effect on
 * lower, upper and median). Shares (tnorm_0_1 rows and p_* chances) stay inside (0.001, 0.999) with
 * lower < upper; unknown factor ids are reported.
 */
export function applyReadiness(
  rows: readonly EstimateRow[],
  missing: readonly string[]
): { rows: EstimateRow[]; changes: ReadinessChange[]; unknown: string[] } {
  const known = new Set(READINESS_FACTORS.map((x) => x.id));
  const unknown = missing.filter((id) => !known.has(id));
  const missingSet = new Set(missing);
  const out = rows.map((r) => ({ ...r }));
  const byName = new Map(out.map((r) => [r.variable, r]));
  const changes: ReadinessChange[] = [];
  for (const factor of READINESS_FACTORS) {
    if (!missingSet.has(factor.id)) continue;
    for (const effect of factor.effects) {
      const r = byName.get(effect.variable);
      if (!r) continue;
      const from: [number, number] = [r.lower, r.upper];
      const apply = (v: number) => (effect.multiply !== undefined ? v * effect.multiply : v) + (effect.add ?? 0);
      let lower = apply(r.lower);
      let upper = apply(r.upper);
      let median = r.median === null ? null : apply(r.median);
      const isShare = SHARE_DISTRIBUTIONS.has(r.distribution) || /^p_/.test(r.variable);
      if (isShare) {
        lower = Math.min(0.98, Math.max(0.001, lower));
        upper = Math.min(0.999, Math.max(lower + 0.001, upper));
        if (median !== null) median = Math.min(upper, Math.max(lower, median));
      }
      if (r.distribution === "const") upper = lower;
      r.lower = round3(lower);
      r.upper = r.distribution === "const" ? r.lower : round3(upper);
      r.median = median === null ? null : round3(median);
      r.source = `${r.source}; readiness: "${factor.text}" missing`;
      changes.push({ factor: factor.id, risk: factor.risk ?? "", variable: effect.variable, from, to: [r.lower, r.upper] });
    }
  }
  return { rows: out, changes, unknown };
}

// ---------------------------------------------------------------------------------------------------
// Jobs (person-days per ha and year) from labour coefficients

/**
 * Labour coefficients for harvesting at maturity, person-days per ha per year for a fully stocked stand
 * of the product (before the share of stems and growth): assumptions after typical smallholder work
 * norms, documented in docs/institutions.md. Wood: person-days per m³ cut and stacked.
 */
export const HARVEST_LABOUR = {
  timberDaysPerM3: 0.5,
  fuelwoodDaysPerM3: 1,
  fruitDaysPerHa: 40,
  fodderDaysPerHa: 20,
  honeyDaysPerHa: 4
};

export interface JobsByActivity {
  nursery: number[];
  planting: number[];
  care: number[];
  management: number[];
  harvest: number[];
  total: number[];
}

/**
 * Person-days per ha per year for an option at planning values (interval midpoints of the table's rows,
 * geometric for lnorm), no risks: nursery work (nursery labour days per ha, year 1), planting and
 * beating-up, establishment care (years 1–3), management (every year) and harvesting (coefficients above
 * × share × growth × timing curve; oil seed picked at oil_harvest_kg_day).
 * @param curves timing curves of the products (0–1 per year), e.g. from gompertzCurve
 * @param nurseryDaysPerHa nursery labour per ha planted (from /nursery), or 0 when unknown
 */
export function jobsPerHa(
  rows: readonly EstimateRow[],
  option: OptionId,
  curves: Record<Product, number[]>,
  nurseryDaysPerHa: number
): JobsByActivity {
  const mid = new Map(rows.map((r) => [r.variable, r.distribution === "lnorm" ? Math.sqrt(r.lower * r.upper) : (r.lower + r.upper) / 2]));
  const v = (name: string) => {
    const value = mid.get(name);
    if (value === undefined) throw new Error(`jobs: "${name}" is missing from the estimate table`);
    return value;
  };
  const n = Math.round(v("n_years"));
  const zeros = () => new Array<number>(n).fill(0);
  const jobs: JobsByActivity = {
    nursery: zeros(),
    planting: zeros(),
    care: zeros(),
    management: zeros(),
    harvest: zeros(),
    total: zeros()
  };
  const planted = option !== "natural";
  const growth = v("spoil_growth_factor") * (planted ? stocking(v("field_survival"), v("replacement_rate")) : v("natural_growth_factor"));
  if (planted) {
    const replacement = v("replacement_rate");
    const seedlings = v("seedlings_per_ha");
    jobs.nursery[0] = nurseryDaysPerHa;
    jobs.planting[0] = seedlings / (1 + replacement) / v("planting_rate");
    if (n >= 2) jobs.planting[1] = (seedlings * replacement) / (1 + replacement) / v("planting_rate");
    for (let i = 0; i < Math.min(3, n); i++) jobs.care[i] = v("care_days_ha");
  }
  for (let i = 0; i < n; i++) jobs.management[i] = v("management_days_ha");
  const perHa: Record<Product, number> = {
    timber: v("wood_mai_m3_ha") * HARVEST_LABOUR.timberDaysPerM3,
    fuelwood: v("wood_mai_m3_ha") * HARVEST_LABOUR.fuelwoodDaysPerM3,
    fruit: HARVEST_LABOUR.fruitDaysPerHa,
    fodder: HARVEST_LABOUR.fodderDaysPerHa,
    honey: HARVEST_LABOUR.honeyDaysPerHa,
    oil: (v("oil_seed_t_ha") * 1000) / v("oil_harvest_kg_day")
  };
  for (const p of PRODUCTS) {
    const share = mid.get(`share_${option}_${p}`) ?? 0;
    if (!(share > 0)) continue;
    for (let i = 0; i < n; i++) jobs.harvest[i] += perHa[p] * share * growth * curves[p][i];
  }
  for (let i = 0; i < n; i++) jobs.total[i] = jobs.nursery[i] + jobs.planting[i] + jobs.care[i] + jobs.management[i] + jobs.harvest[i];
  return jobs;
}

/**
 * Jobs of an option straight from its estimate table: the products' timing curves from the table's
 * `<product>_first_year` / `<product>_full_year` (10 % and 90 % of the mature yield, no variation) over
 * `n_years`, then jobsPerHa.
 */
export function jobsForOption(rows: readonly EstimateRow[], option: OptionId, nurseryDaysPerHa: number): JobsByActivity {
  const value = (name: string) => {
    const row = rows.find((r) => r.variable === name);
    if (!row) throw new Error(`jobs: "${name}" is missing from the estimate table`);
    return row.lower;
  };
  const n = value("n_years");
  const curves = Object.fromEntries(
    PRODUCTS.map((p) => [p, gompertzCurve(1, value(`${p}_first_year`), value(`${p}_full_year`), 10, 90, n)])
  ) as Record<Product, number[]>;
  return jobsPerHa(rows, option, curves, nurseryDaysPerHa);
}

/** Working days of one full-time job a year (planning value). */
export const WORKING_DAYS_PER_YEAR = 220;

export interface JobsSummary {
  /** Person-days over the whole area in year 1. */
  yearOne: number;
  /** Full-time jobs in year 1 (yearOne ÷ WORKING_DAYS_PER_YEAR). */
  fullTimeJobsYearOne: number;
  /** Person-days a year once mature: mean of the last five years (or all, when shorter). */
  maturePerYear: number;
  /** Person-days over the horizon. */
  total: number;
  /** Years in the horizon. */
  years: number;
}

/** The jobs of an option over `areaHa` hectares, as the institutions page states them. */
export function jobsSummary(jobs: JobsByActivity, areaHa: number): JobsSummary {
  const years = jobs.total.length;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const yearOne = (jobs.total[0] ?? 0) * areaHa;
  return {
    yearOne,
    fullTimeJobsYearOne: yearOne / WORKING_DAYS_PER_YEAR,
    maturePerYear: (sum(jobs.total.slice(-5)) / Math.min(5, years)) * areaHa,
    total: sum(jobs.total) * areaHa,
    years
  };
}

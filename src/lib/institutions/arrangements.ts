/**
 * The stakeholders and the institutional arrangements that share a restoration's cash flows among them,
 * with their rules in plain words (docs/institutions.md). Arrangement ids are the Scenario's (ARRANGEMENT_IDS).
 */

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

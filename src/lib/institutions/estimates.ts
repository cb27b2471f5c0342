/**
 * Estimate rows of the institutional parameters (government take, local wage share, bond terms, …) for an
 * option and arrangement, each with its source or marked as an assumption (docs/institutions.md).
 */

import type { EstimateRow } from "../investment/estimate-types.js";
import { OPTION_IDS, type OptionId } from "../investment/options.js";

import { ARRANGEMENTS } from "./arrangements.js";

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

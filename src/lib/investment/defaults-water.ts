/**
 * Default estimate rows for establishment water where the site has no rain-fed planting window and the
 * user switched irrigation on (Scenario.investment.irrigation): the planting options then pay to water
 * their seedlings for the first years. Without these rows (the switch off) the page marks those options
 * "not feasible rain-fed" and keeps them out of "best". Sources and reasoning: docs/investment-model.md,
 * "Feasibility and establishment water".
 */
import { ASSUME, constant, positive } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

/** Years seedlings are watered before they must live on rain (assumption: establishment only). */
export const IRRIGATION_YEARS = 3;

export function waterRows(): EstimateRow[] {
  const G = "Planting and care";
  return [
    positive(
      G,
      "irrigation_capex_usd_ha",
      300,
      3000,
      "USD/ha",
      "Establishment water: set-up (USD/ha)",
      "Water harvesting or irrigation for the seedlings: micro-catchments (half-moons, planting pits, bunds) at the low end, a tank with drip lines at the high end",
      `${ASSUME}: micro-catchment costs as in the WOCAT water-harvesting case studies (Mekdaschi Studer & Liniger 2013, Water Harvesting: Guidelines to Good Practice, CDE/RAIN/MetaMeta/IFAD) to small drip systems; get a local quote`,
      "lnorm"
    ),
    positive(
      G,
      "irrigation_usd_ha_yr",
      150,
      1500,
      "USD/ha/yr",
      "Establishment water: yearly cost (USD/ha/yr)",
      "Water delivered and labour to water the seedlings through each dry season while they establish",
      `${ASSUME}: trucked or pumped water and watering labour for 1,000–2,000 seedlings/ha; replace with the local water price`,
      "lnorm"
    ),
    constant(
      G,
      "irrigation_years",
      IRRIGATION_YEARS,
      "years",
      "Establishment water: years watered",
      "Years the seedlings are watered before they must live on rain",
      `${ASSUME}: watering for establishment only; trees that need it longer do not suit the site`
    )
  ];
}

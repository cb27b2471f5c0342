/**
 * Model D of the decisionSupport reference fixtures (shared/reference/decisionsupport/D.R): a community
 * cooperative raises native seedlings for a mine's rehabilitation programme and sells carbon credits from
 * its own 60 ha woodlot, versus the status quo of casual-labour income. 20 years, discounted at 8 %.
 * Translated statement by statement, so the random draws happen in R's order. Inputs: D.csv.
 */
import type { ModelHelpers } from "../../decision/index.js";

export default function cooperativeNursery(x: Record<string, number>, h: ModelHelpers) {
  const n = x.n_years;
  // Seedlings sold: the mine's order with an absolute trend, kept within [0, nursery capacity].
  const sold = h.vv(x.seedling_demand, x.var_CV, n, { absoluteTrend: x.demand_trend, lowerLimit: 0, upperLimit: x.nursery_capacity });
  const price = h.vv(x.seedling_price, x.var_CV, n);
  // Disease outbreaks: an independent chance each year; the share lost varies with var_CV.
  const lostShare = h.chanceEvent(x.p_disease, x.disease_loss, 0, n, { cvIf: x.var_CV });
  const labour = h.vv(x.fixed_labour, x.var_CV, n, { relativeTrend: x.wage_growth });
  // Woodlot carbon stock (tCO2/ha) on a Gompertz curve; credits on each year's increase.
  const stock = h.gompertzYield({
    maxHarvest: x.max_carbon_t_ha,
    timeToFirstYield: x.carbon_first_year,
    timeToSecondYield: x.carbon_second_year,
    firstYieldPercent: x.carbon_first_pct,
    secondYieldPercent: x.carbon_second_pct,
    nYears: n
  });
  const statusQuo = h.vv(x.status_quo_income, x.var_CV, n);
  const nursery = new Array<number>(n);
  const decision = new Array<number>(n);
  for (let t = 0; t < n; t++) {
    const margin = sold[t] * (1 - lostShare[t]) * price[t] - sold[t] * x.production_cost;
    const increment = stock[t] - (t === 0 ? 0 : stock[t - 1]);
    const carbonIncome = increment * x.woodlot_ha * x.carbon_price - x.verification_cost;
    nursery[t] = margin - labour[t] + carbonIncome;
  }
  nursery[0] = nursery[0] - x.nursery_capex - x.woodlot_cost_ha * x.woodlot_ha;
  for (let t = 0; t < n; t++) decision[t] = nursery[t] - statusQuo[t];
  return {
    NPV_nursery: h.discount(nursery, x.discount_rate, true),
    NPV_status_quo: h.discount(statusQuo, x.discount_rate, true),
    NPV_decision: h.discount(decision, x.discount_rate, true),
    Cashflow_decision: decision
  };
}

/** D.csv (shared/reference/decisionsupport), the estimate table the model was written for. */
export const cooperativeNurseryEstimates = `variable,distribution,lower,median,upper,label,Description
n_years,const,20,,20,Time horizon (years),"Years covered by the comparison"
var_CV,const,10,,10,Year-to-year variation (%),"Coefficient of variation used for annual fluctuations"
discount_rate,const,8,,8,Discount rate (%/yr),"Discount rate of the cooperative, percent per year"
woodlot_ha,const,60,,60,Community woodlot (ha),"Area the cooperative plants with its own seedlings for carbon credits"
carbon_first_year,const,5,,5,Year of first carbon stock (yr),"Year in which the woodlot holds its first notable carbon stock"
carbon_second_year,const,14,,14,Year of near-full carbon stock (yr),"Year in which the woodlot holds most of its long-term carbon stock"
carbon_first_pct,const,10,,10,Stock share at first year (%),"Percent of the long-term carbon stock reached in the first year above"
carbon_second_pct,const,80,,80,Stock share at near-full year (%),"Percent of the long-term carbon stock reached in the near-full year"
nursery_capex,posnorm,30000,,60000,Nursery set-up (USD),"Shade house, beds, water tank and tools"
nursery_capacity,posnorm,150000,,250000,Nursery capacity (seedlings/yr),"Most seedlings the nursery can raise in a year"
seedling_demand,posnorm,120000,,300000,Seedling demand in year 1 (seedlings),"Seedlings ordered by the mine's rehabilitation programme in the first year"
demand_trend,norm,-12000,,2000,Demand change (seedlings/yr),"Absolute change of the yearly order, negative as rehabilitation winds down"
seedling_price,posnorm,0.4,,0.9,Seedling price (USD/seedling),"Price paid per seedling sold"
production_cost,posnorm,0.12,,0.3,Production cost (USD/seedling),"Seed, substrate, containers and water per seedling raised"
fixed_labour,posnorm,15000,,30000,Nursery staff (USD/yr),"Wages of permanent nursery staff in year 1"
wage_growth,norm,1,,5,Wage growth (%/yr),"Real annual growth of wages"
p_disease,tnorm_0_1,0.05,,0.25,Disease outbreak chance (per yr),"Chance of a damping-off or pest outbreak in a year"
disease_loss,tnorm_0_1,0.2,,0.6,Stock lost in an outbreak (share),"Share of the year's seedlings lost in an outbreak"
woodlot_cost_ha,posnorm,600,,1500,Woodlot planting (USD/ha),"Site preparation and planting of the community woodlot, per hectare"
max_carbon_t_ha,posnorm,80,,200,Long-term carbon stock (tCO2/ha),"Carbon dioxide stored per hectare once the woodlot matures"
carbon_price,unif,5,,25,Carbon price (USD/tCO2),"Price received per verified tonne of carbon dioxide"
verification_cost,posnorm,2000,,5000,Carbon verification (USD/yr),"Yearly monitoring, reporting and verification cost of the carbon project"
status_quo_income,posnorm,10000,,25000,Status-quo income (USD/yr),"Casual-labour income the members earn if no nursery is set up"
`;

/**
 * Model D of the decisionSupport reference fixtures (shared/reference/decisionsupport/D.R): a community
 * cooperative raises native seedlings for a mine's rehabilitation programme and sells carbon credits from
 * its own 60 ha woodlot, versus the status quo of casual-labour income. 20 years, discounted at 8 %.
 * Translated statement by statement, so the random draws happen in R's order. Inputs: D.csv.
 */
import type { ModelHelpers } from "../helpers.js";

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

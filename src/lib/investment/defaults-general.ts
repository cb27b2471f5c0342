import type { SectionContext } from "./defaults-context.js";
import { realDiscountRange } from "./discount.js";
import { ASSUME, constant, positive, round3, row, share01 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

export function generalRows({ inputs, notes, countryName, H }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const country = inputs.country;
  rows.push(
    constant("General", "n_years", H, "years", "Time horizon (years)", "Years covered by the comparison", "Scenario: investment horizon")
  );
  rows.push(
    constant(
      "General",
      "var_CV",
      10,
      "%",
      "Year-to-year variation (%)",
      "Coefficient of variation of yearly prices, yields, carbon price and upkeep",
      `${ASSUME}: 10 % as in decisionSupport's examples`
    )
  );
  const discount = country ? realDiscountRange(country.lendingRatePct, country.inflationPct) : null;
  if (discount) {
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        round3(discount.lower),
        round3(discount.upper),
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) discount rate of the investor",
        `World Bank WDI: ${countryName} lending rate (FR.INR.LEND) and CPI inflation, real rate (1+i)/(1+π)−1 for ${discount.years[0]}–${discount.years[1]}: P10–P90, floored at 1 %`
      )
    );
  } else {
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        3,
        10,
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) discount rate of the investor",
        `${ASSUME}: no recent lending-rate and inflation data for ${countryName}`
      )
    );
    notes.push(`No recent World Bank lending rate and inflation for ${countryName}: the discount rate is an assumption (3–10 %).`);
  }
  const gdp = country?.gdpPerCapitaUsd;
  if (gdp && gdp.value > 0) {
    const perDay = gdp.value / 250;
    rows.push(
      positive(
        "General",
        "wage_usd_day",
        perDay * 0.5,
        perDay * 1.5,
        "USD/person-day",
        "Daily wage (USD/person-day)",
        "Wage of a day of field work incl. on-costs",
        `World Bank WDI: ${countryName} GDP per capita ${Math.round(gdp.value)} US$ (${gdp.year}) / 250 working days, ×0.5–×1.5 (assumption)`
      )
    );
  } else {
    rows.push(
      positive(
        "General",
        "wage_usd_day",
        3,
        12,
        "USD/person-day",
        "Daily wage (USD/person-day)",
        "Wage of a day of field work incl. on-costs",
        `${ASSUME}: no GDP per capita for ${countryName}`
      )
    );
  }
  const spoil = inputs.site?.spoilGrowthFactor;
  rows.push(
    spoil
      ? share01(
          "General",
          "spoil_growth_factor",
          spoil.lower,
          spoil.upper,
          "fraction",
          "Growth on spoil vs ordinary land",
          "Tree growth and yields on the reclaimed spoil relative to ordinary land",
          inputs.site!.source
        )
      : share01(
          "General",
          "spoil_growth_factor",
          0.4,
          0.85,
          "fraction",
          "Growth on spoil vs ordinary land",
          "Tree growth and yields on the reclaimed spoil relative to ordinary land (literature rates are for ordinary land)",
          `${ASSUME}: mine soils are shallow, compacted and poor`
        )
  );

  return rows;
}

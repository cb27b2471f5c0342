import { countryWage } from "../site/wage.js";
import type { SectionContext } from "./defaults-context.js";
import { LENDING_DISCOUNT_BOUNDS, realDiscountRange, SOCIAL_DISCOUNT } from "./discount.js";
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
  const lending = country ? realDiscountRange(country.lendingRatePct, country.inflationPct) : null;
  if ((inputs.discountBasis ?? "social") === "social") {
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        SOCIAL_DISCOUNT.lower,
        SOCIAL_DISCOUNT.upper,
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) social discount rate of the decision (the lending-based rate is a sensitivity)",
        SOCIAL_DISCOUNT.source
      )
    );
    if (lending)
      notes.push(
        `Discounting at a social rate, 2–6 %/yr (public guidance). ${countryName}'s lending rate implies a real ${round3(lending.lower)}–${round3(lending.upper)} %/yr: choose it as a sensitivity.`
      );
  } else if (lending) {
    const [lo, hi] = LENDING_DISCOUNT_BOUNDS;
    const discount = {
      ...lending,
      lower: Math.min(hi - 1, Math.max(lo, lending.lower)),
      upper: Math.max(lo + 1, Math.min(hi, lending.upper))
    };
    if (discount.lower !== lending.lower || discount.upper !== lending.upper)
      notes.push(
        `${countryName}'s lending rate implies a real ${round3(lending.lower)}–${round3(lending.upper)} %/yr, outside ${lo}–${hi} %/yr: bounded to ${round3(discount.lower)}–${round3(discount.upper)} %/yr.`
      );
    rows.push(
      row(
        "General",
        "discount_rate",
        "norm",
        round3(discount.lower),
        round3(discount.upper),
        "%/yr",
        "Real discount rate (%/yr)",
        "Real (inflation-adjusted) discount rate of a private borrower (a sensitivity, not the decision's rate)",
        `World Bank WDI: ${countryName} lending rate (FR.INR.LEND) and CPI inflation, real rate (1+i)/(1+π)−1 for ${discount.years[0]}–${discount.years[1]}: P10–P90, bounded to ${LENDING_DISCOUNT_BOUNDS[0]}–${LENDING_DISCOUNT_BOUNDS[1]} %`
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
        "Real (inflation-adjusted) discount rate of a private borrower (a sensitivity)",
        `${ASSUME}: no recent lending-rate and inflation data for ${countryName}`
      )
    );
    notes.push(
      `No recent World Bank lending rate and inflation for ${countryName}: the lending-based discount rate is an assumption (3–10 %).`
    );
  }
  // One wage for the chain (src/lib/site/wage.ts): the user's, else the country's GDP rule.
  const wage =
    inputs.wage ??
    countryWage(
      country
        ? { name: countryName, gdpPerCapitaUsd: country.gdpPerCapitaUsd?.value ?? null, gdpYear: country.gdpPerCapitaUsd?.year ?? null }
        : null
    );
  rows.push(
    positive(
      "General",
      "wage_usd_day",
      wage.lower,
      wage.upper,
      "USD/person-day",
      "Daily wage (USD/person-day)",
      "Wage of a day of field work incl. on-costs (the same wage the nursery plan uses)",
      wage.source
    )
  );
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

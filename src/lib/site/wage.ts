/**
 * The one daily wage of the chain (nursery labour, closure works, investment and institutions): the
 * user's value when set (Scenario.economics.wageUsdDay), else the site country's, from GDP per capita.
 *
 * The country rule: a day of field work including on-costs ≈ GDP per capita / 250 working days, with a 90 %
 * range of × 0.5 to × 1.5 (assumption, labelled as such on every page that shows it). GDP per capita over
 * working days is the average output per worker-day; unskilled rural labour earns less, but on-costs
 * (social charges, supervision, tools, transport) add to the cash wage, so the central value is kept and the
 * wide range carries the doubt. Where the country has no GDP figure: 3–12 USD/day (assumption).
 */

/** A wage with its 90 % interval and where it came from, USD per person-day. */
export interface WageEstimate {
  lower: number;
  median: number;
  upper: number;
  /** What the value rests on, for the page and the estimate table's source column. */
  source: string;
  /** "user" when typed by the user, "country" from World Bank data, "assumption" without data. */
  basis: "user" | "country" | "assumption";
}

/** Working days per year over which GDP per capita is spread (assumption). */
export const WORKING_DAYS_FOR_WAGE = 250;

/** The country's daily field wage from its GDP per capita (current US$), or the no-data assumption. */
export function countryWage(country: { name: string; gdpPerCapitaUsd: number | null; gdpYear: number | null } | null): WageEstimate {
  const gdp = country?.gdpPerCapitaUsd;
  if (country && gdp !== null && gdp !== undefined && Number.isFinite(gdp) && gdp > 0) {
    const perDay = gdp / WORKING_DAYS_FOR_WAGE;
    return {
      lower: perDay * 0.5,
      median: perDay,
      upper: perDay * 1.5,
      source: `World Bank WDI: ${country.name} GDP per capita ${Math.round(gdp).toLocaleString("en-US")} US$ (${country.gdpYear ?? "year not given"}) / ${WORKING_DAYS_FOR_WAGE} working days, ×0.5–×1.5 (assumption)`,
      basis: "country"
    };
  }
  return {
    lower: 3,
    median: 6,
    upper: 12,
    source: `Assumption: no GDP per capita for ${country?.name ?? "the site's country"}; replace with the local rate`,
    basis: "assumption"
  };
}

/**
 * The wage the chain uses: the user's (a positive number, USD/person-day; its range ± 25 %, assumption)
 * when set, else the country's.
 */
export function chainWage(userWageUsdDay: number | null, country: Parameters<typeof countryWage>[0]): WageEstimate {
  if (userWageUsdDay !== null && Number.isFinite(userWageUsdDay) && userWageUsdDay > 0)
    return {
      lower: userWageUsdDay * 0.75,
      median: userWageUsdDay,
      upper: userWageUsdDay * 1.25,
      source: "Set by the user (range ±25 %, assumption)",
      basis: "user"
    };
  return countryWage(country);
}

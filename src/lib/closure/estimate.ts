/**
 * The closure estimate: activities (quantity × unit rate), each rate adjusted to the site's country by its
 * labour share and the chain's wage, escalated from 2020 dollars by US CPI, as a decisionSupport estimate
 * table the closure model (./model.ts) runs. Pure: plain records in, rows out.
 * Methods and sources: docs/closure-cost.md.
 */
import type { YearValue } from "../data/records.js";
import { type Estimate, writeEstimateCsv } from "../decision/index.js";
import type { NurseryEstimateRow } from "../nursery/estimates.js";
import { CLOSURE_PERCENT_FIELDS, type ClosurePercentId, type ClosureRateId } from "../scenario/index.js";
import { chainWage, countryWage, type WageEstimate } from "../site/wage.js";
import { ACTIVITIES, type ActivityId, activityQuantities } from "./activities.js";
import { closureQuantities, type Quantities, type QuantityInput } from "./quantities.js";
import { countryFactor, RATE_BASE_YEAR, RATES, usPriceFactor } from "./rates.js";

/** Regulator-style percentages of the direct costs: the Queensland ERC calculator's defaults. */
export const QUEENSLAND_PERCENTAGES: Record<ClosurePercentId, number> = { projectManagementPct: 10, maintenancePct: 5, contingencyPct: 10 };
export const QUEENSLAND_SOURCE =
  "Queensland ERC calculator (2022 edition), training module 5 (business.qld.gov.au): project management 10 %, environmental maintenance and monitoring 5 %, contingency 10 % of the estimate";

/** US field wage when the data have no US GDP per capita (assumption), USD/person-day. */
export const FALLBACK_REFERENCE_WAGE = 300;

/** A row of the closure estimate table: a decisionSupport row with what it means and where it comes from. */
export interface ClosureEstimateRow {
  variable: string;
  distribution: "const" | "lnorm" | "posnorm";
  lower: number;
  median: number | null;
  upper: number;
  label: string;
  unit: string;
  description: string;
  source: string;
}

/** A unit rate as the page shows it: the US-basis range in current dollars and at the site. */
export interface RateRow {
  id: ClosureRateId;
  label: string;
  unit: string;
  lower: number;
  upper: number;
  /** The default range (what "reset" returns to), same unit. */
  defaultLower: number;
  defaultUpper: number;
  labourShare: number;
  source: string;
  assumption: boolean;
  edited: boolean;
  /** Country factor at the median wage, and the range at the site (× factor). */
  factor: number;
  siteLower: number;
  siteUpper: number;
}

/** One activity: its quantity, the rate it uses, and its cost at the median rate and wage (USD). */
export interface ActivityRow {
  id: ActivityId;
  label: string;
  quantity: number;
  unit: string;
  rateId: ClosureRateId;
  /** Cost at the rate's median (√(lower·upper)) and the median wage, USD. */
  medianCost: number;
}

export interface ClosureInput extends Omit<QuantityInput, "nurserySeedlingsPerHa"> {
  /** The site's country and the United States as the economics data give them (GDP per capita). */
  country: { name: string; gdpPerCapitaUsd: number | null; gdpYear: number | null } | null;
  usa: { name: string; gdpPerCapitaUsd: number | null; gdpYear: number | null } | null;
  /** US CPI inflation by year (World Bank, economics-series usInflationPct), or null. */
  usInflationPct: YearValue[] | null;
  /** The nursery's cost rows for the scenario's mix (nurseryCostEstimates), or null without a plan. */
  nursery: NurseryEstimateRow[] | null;
}

export interface ClosureEstimate {
  quantities: Quantities;
  activities: ActivityRow[];
  rates: RateRow[];
  percentages: Record<ClosurePercentId, number>;
  /** The decisionSupport table the model runs. */
  rows: ClosureEstimateRow[];
  wage: WageEstimate;
  referenceWage: { value: number; source: string };
  price: { factor: number; toYear: number } | null;
  notes: string[];
}

const geo = (l: number, u: number) => Math.sqrt(l * u);

/**
 * 12 significant digits: the table's numbers then survive the CSV (the engine's reader keeps 15), so the
 * page, the CLI and R all run exactly the numbers shown.
 */
export function signif12(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

/** The site's closure estimate: quantities, rates, activities and the table for the model. */
export function closureEstimate(input: ClosureInput): ClosureEstimate {
  const { scenario } = input;
  const nurserySeedlings = input.nursery?.find((r) => r.variable === "seedlings_per_ha")?.median ?? null;
  const quantities = closureQuantities({ ...input, nurserySeedlingsPerHa: nurserySeedlings });
  const notes = [...quantities.notes];
  const wage = chainWage(scenario.economics.wageUsdDay, input.country);
  const usWage = countryWage(input.usa);
  const referenceWage =
    usWage.basis === "country"
      ? { value: usWage.median, source: `US field wage by the same rule: ${usWage.source.replace(", ×0.5–×1.5 (assumption)", "")}` }
      : { value: FALLBACK_REFERENCE_WAGE, source: "Assumption: no US GDP per capita in the data" };
  const price = usPriceFactor(input.usInflationPct, RATE_BASE_YEAR);
  if (!price) notes.push(`No US inflation series: rates stay in ${RATE_BASE_YEAR} dollars.`);
  const priceFactor = price?.factor ?? 1;

  // Rates: defaults × price factor; the user's ranges as typed; the nursery's seedling cost when planned.
  const perSeedling = input.nursery?.find((r) => r.variable === "nursery_cost_per_seedling") ?? null;
  const rates = Object.values(RATES).map((def): RateRow => {
    const edit = scenario.closure.rates[def.id];
    let lower = def.lower * priceFactor;
    let upper = def.upper * priceFactor;
    let source = def.source;
    let labourShare = def.labourShare;
    if (def.id === "plantingStock" && perSeedling) {
      lower = perSeedling.lower;
      upper = perSeedling.upper;
      source = perSeedling.source;
      labourShare = 0;
    }
    const defaultLower = lower;
    const defaultUpper = upper;
    if (edit) {
      source = `Set by the user (default: ${source})`;
      lower = edit.lower;
      upper = edit.upper;
    }
    const factor = countryFactor(labourShare, wage.median, referenceWage.value);
    return {
      id: def.id,
      label: def.label,
      unit: def.unit,
      lower,
      upper,
      defaultLower,
      defaultUpper,
      labourShare,
      source,
      assumption: def.assumption && !edit && !(def.id === "plantingStock" && perSeedling),
      edited: !!edit,
      factor,
      siteLower: lower * factor,
      siteUpper: upper * factor
    };
  });
  const rateOf = new Map(rates.map((r) => [r.id, r]));

  const percentages = { ...QUEENSLAND_PERCENTAGES, ...scenario.closure.percentages };
  const amounts = activityQuantities(quantities.values);
  const activities = ACTIVITIES.map((a): ActivityRow => {
    const { quantity, rateId } = amounts[a.id];
    const r = rateOf.get(rateId)!;
    return { id: a.id, label: a.label, quantity, unit: a.unit, rateId, medianCost: quantity * geo(r.lower, r.upper) * r.factor };
  });

  // The table: wage, then per activity its quantity, rate and labour share; the percentages; the area.
  const rows: ClosureEstimateRow[] = [];
  const wageRow = wage.upper > wage.lower;
  rows.push({
    variable: "wage_usd_day",
    distribution: wageRow ? "posnorm" : "const",
    lower: wage.lower,
    median: wageRow ? null : wage.median,
    upper: wage.upper,
    label: "Daily wage at the site",
    unit: "USD/person-day",
    description: "Field wage incl. on-costs: scales the labour share of every rate",
    source: wage.source
  });
  rows.push(
    constant(
      "wage_ref_usd_day",
      referenceWage.value,
      "Reference (US) daily wage",
      "USD/person-day",
      "The wage the US rates were priced at",
      referenceWage.source
    )
  );
  for (const a of activities) {
    const r = rateOf.get(a.rateId)!;
    rows.push(
      constant(
        `qty_${a.id}`,
        a.quantity,
        `${a.label}: quantity`,
        a.unit,
        "Quantity of work (/closure quantities)",
        "Closure quantities (/closure)"
      )
    );
    // A lognormal needs 0 < lower < upper; equal bounds are a constant (the sanitiser and the upload
    // refuse 0 = lower < upper, so the midpoint fallback only guards against a hand-made table).
    const sure = !(r.upper > r.lower) || !(r.lower > 0);
    const point = r.upper > r.lower ? (r.lower + r.upper) / 2 : r.upper;
    if (r.upper > r.lower && !(r.lower > 0)) notes.push(`${r.label}: a range from ${r.lower} is not lognormal; its midpoint is used.`);
    rows.push({
      variable: `rate_${a.id}`,
      distribution: sure ? "const" : "lnorm",
      lower: sure ? point : r.lower,
      median: sure ? point : null,
      upper: sure ? point : r.upper,
      label: `${a.label}: ${r.label}`,
      unit: `${r.unit} (US basis)`,
      description: `Unit rate, 90 % range, US dollars of ${price?.toYear ?? RATE_BASE_YEAR} before the country adjustment`,
      source: r.source
    });
    rows.push(
      constant(
        `labour_${a.id}`,
        r.labourShare,
        `${a.label}: labour share`,
        "fraction",
        "Share of the rate that is labour",
        RATES[r.id].labourSource
      )
    );
  }
  for (const id of Object.keys(CLOSURE_PERCENT_FIELDS) as ClosurePercentId[]) {
    const f = CLOSURE_PERCENT_FIELDS[id];
    const edited = scenario.closure.percentages[id] !== undefined;
    rows.push(
      constant(
        PERCENT_VARIABLES[id],
        percentages[id],
        f.label,
        "%",
        `${f.label}, ${f.unit}`,
        edited ? "Set by the user" : QUEENSLAND_SOURCE
      )
    );
  }
  rows.push(constant("area_ha", quantities.totalHa, "Disturbed area", "ha", "Sum of the domains' areas", "Closure quantities (/closure)"));
  for (const r of rows) {
    r.lower = signif12(r.lower);
    r.upper = signif12(r.upper);
    r.median = r.median === null ? null : signif12(r.median);
  }
  return { quantities, activities, rates, percentages, rows, wage, referenceWage, price, notes };
}

/** A country's GDP figures (for the chain wage) from the country-economics rows, by ISO3 code; null when absent. */
export function economicsFor(
  rows: readonly { iso3: string; country: string; gdpPerCapitaUsd: number | null; gdpYear: number | null }[],
  iso3: string | null | undefined
): ClosureInput["country"] {
  const c = iso3 ? rows.find((r) => r.iso3 === iso3) : undefined;
  return c ? { name: c.country, gdpPerCapitaUsd: c.gdpPerCapitaUsd, gdpYear: c.gdpYear } : null;
}

/** Variable names of the percentages in the estimate table. */
export const PERCENT_VARIABLES: Record<ClosurePercentId, string> = {
  projectManagementPct: "pct_project_management",
  maintenancePct: "pct_maintenance",
  contingencyPct: "pct_contingency"
};

function constant(variable: string, value: number, label: string, unit: string, description: string, source: string): ClosureEstimateRow {
  return { variable, distribution: "const", lower: value, median: value, upper: value, label, unit, description, source };
}

/** Column order of the closure estimate CSV: decisionSupport's columns, then label, Description, unit, source. */
export const CLOSURE_CSV_COLUMNS = ["variable", "distribution", "lower", "median", "upper", "label", "Description", "unit", "source"];

/** The rows as the engine's Estimate (for the simulation and the CSV writer). */
export function toEngineEstimate(rows: readonly ClosureEstimateRow[]): Estimate {
  return {
    columns: CLOSURE_CSV_COLUMNS,
    rows: rows.map((r, k) => ({
      variable: r.variable,
      distribution: r.distribution,
      lower: r.lower,
      median: r.median,
      upper: r.upper,
      extra: { label: r.label, Description: r.description, unit: r.unit, source: r.source },
      line: k + 2
    }))
  };
}

/** The estimate as a decisionSupport CSV (R's estimate_read_csv and `npm run mc` read it). */
export function closureEstimateCsv(rows: readonly ClosureEstimateRow[]): string {
  return writeEstimateCsv(toEngineEstimate(rows));
}

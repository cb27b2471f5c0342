import type { SectionContext } from "./defaults-context.js";
import { ASSUME, constant, positive, round3, row, share01 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

export function plantingRows({ inputs, notes }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const _country = inputs.country;
  const { densityPerHa, fieldSurvival, replacementRate } = inputs.planting;
  const nursery = new Map((inputs.nursery ?? []).map((r) => [r.variable, r]));
  const fromNursery = (variable: string) => nursery.get(variable);
  const stock = fromNursery("planting_stock_cost_per_ha");
  const seedlings = fromNursery("seedlings_per_ha");
  if (stock && stock.upper > stock.lower) {
    rows.push(
      row(
        "Planting and care",
        "planting_stock_usd_ha",
        "lnorm",
        round3(stock.lower),
        round3(stock.upper),
        "USD/ha",
        "Planting stock (USD/ha)",
        "Seedlings from the nursery incl. replacements",
        stock.source,
        round3(stock.median)
      )
    );
  } else {
    const count = densityPerHa * (1 + replacementRate);
    rows.push(
      positive(
        "Planting and care",
        "planting_stock_usd_ha",
        count * 0.15,
        count * 0.6,
        "USD/ha",
        "Planting stock (USD/ha)",
        "Seedlings from the nursery incl. replacements",
        `${ASSUME}: 0.15–0.6 USD per seedling × ${Math.round(count)} seedlings/ha (plan the nursery for a costed figure)`,
        "lnorm"
      )
    );
    notes.push("Planting stock cost is an assumption until the nursery is planned (choose a species mix).");
  }
  const seedlingCount = seedlings ? seedlings.median : densityPerHa * (1 + replacementRate);
  rows.push(
    constant(
      "Planting and care",
      "seedlings_per_ha",
      round3(seedlingCount),
      "seedlings/ha",
      "Seedlings planted per ha",
      "Seedlings planted per ha incl. the replacement planting",
      seedlings ? seedlings.source : "Scenario: density × (1 + replacement rate)"
    )
  );
  const survival = fromNursery("field_survival");
  if (survival && survival.distribution === "tnorm_0_1") {
    rows.push(
      share01(
        "Planting and care",
        "field_survival",
        survival.lower,
        survival.upper,
        "fraction",
        "Field survival",
        "Share of planted seedlings that survive establishment",
        survival.source
      )
    );
  } else {
    const lo = Math.max(0.05, fieldSurvival - 0.1);
    const hi = Math.min(0.98, fieldSurvival + 0.1);
    rows.push(
      share01(
        "Planting and care",
        "field_survival",
        round3(lo),
        round3(hi),
        "fraction",
        "Field survival",
        "Share of planted seedlings that survive establishment",
        "Scenario planting plan ± 0.1 (assumption)"
      )
    );
  }
  rows.push(
    constant(
      "Planting and care",
      "replacement_rate",
      replacementRate,
      "fraction",
      "Replacement planting",
      "Replacement (beating-up) planting as a fraction of the initial planting",
      "Scenario planting plan"
    )
  );
  // Work rates divide into labour (days = quantity ÷ rate): lognormal, because a posnorm draw can come
  // arbitrarily close to 0 and make one run's labour bill explode (a 0.07 kg/day picking rate cost
  // 1.1 M USD/ha in one Korba run and tripled the bioenergy NPV's sd).
  rows.push(
    positive(
      "Planting and care",
      "planting_rate",
      100,
      250,
      "seedlings/person-day",
      "Planting rate (seedlings/person-day)",
      "Pitting and planting on compacted spoil",
      `${ASSUME}: manual pitting on hard ground`,
      "lnorm"
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "care_days_ha",
      8,
      30,
      "person-days/ha/yr",
      "Establishment care (person-days/ha/yr)",
      "Weeding, watering, mulching, firebreaks in years 1–3",
      ASSUME
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "management_days_ha",
      1,
      5,
      "person-days/ha/yr",
      "Management and patrols (person-days/ha/yr)",
      "Supervision, patrols, fence and firebreak upkeep, every year",
      ASSUME
    )
  );
  rows.push(
    positive(
      "Planting and care",
      "monitoring_usd_ha",
      5,
      40,
      "USD/ha/yr",
      "Monitoring (USD/ha/yr)",
      "Vegetation and soil monitoring until completion",
      ASSUME
    )
  );
  rows.push(
    share01(
      "Planting and care",
      "natural_growth_factor",
      0.2,
      0.6,
      "fraction",
      "Natural regeneration: growth vs plantation",
      "Growth, yields and carbon uptake of natural regrowth relative to a plantation",
      ASSUME
    )
  );
  rows.push(regenerationChance(inputs.productivity?.global ?? null));

  return rows;
}

/** The chance that natural regrowth meets the completion criteria, before the site's climate: 0.2–0.7. */
export const REGEN_SUCCESS = { lower: 0.2, upper: 0.7 } as const;

/**
 * The chance that natural regeneration meets the completion criteria at this site: 0.2–0.7 (assumption:
 * seed sources are often far from mine sites) × the site's climate productivity against the warm moist
 * reference (Miami NPP ratio, capped at 1; src/lib/site/productivity.ts). Regrowth is slower and less
 * certain where the climate produces less: recovery rates of secondary forests rise with water
 * availability (Poorter et al. 2016, Nature 530: 211–214) and natural regeneration succeeds less in drier
 * regions (Crouzeilles et al. 2017, Science Advances 3: e1701345). The proportional scaling is this
 * studio's assumption. A hyper-arid site (factor ≈ 0.03) gets about 1–2 %, not the humid tropics' 20–70 %.
 */
export function regenerationChance(productivityFactor: number | null): EstimateRow {
  const label = "Natural regeneration meets criteria";
  const description = "Chance that natural regrowth meets the completion criteria";
  const base = `${ASSUME}: seed sources are often far from mine sites`;
  if (productivityFactor === null || !(productivityFactor < 1))
    return share01(
      "Planting and care",
      "p_regen_success",
      REGEN_SUCCESS.lower,
      REGEN_SUCCESS.upper,
      "probability",
      label,
      description,
      base
    );
  const f = Math.max(0, productivityFactor);
  const lower = round3(REGEN_SUCCESS.lower * f);
  const upper = round3(REGEN_SUCCESS.upper * f);
  const source = `${base}; × ${f.toFixed(2)} for this site's climate (Miami NPP ÷ the warm moist reference: regrowth is slower and less certain where less grows; Poorter et al. 2016, Crouzeilles et al. 2017; proportional scaling assumed)`;
  if (!(lower > 0) || !(upper > lower))
    return constant("Planting and care", "p_regen_success", 0, "probability", label, description, source);
  return share01("Planting and care", "p_regen_success", lower, upper, "probability", label, description, source);
}

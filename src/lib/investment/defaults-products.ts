/** Default estimate rows, Products: wood increment, timber and fuelwood values, fruit, fodder, honey, oil seed, ecosystem services. Sources and reasoning: docs/investment-model.md. */
import { removalFactorRange, removalRowsFor } from "./carbon-rates.js";
import type { SectionContext } from "./defaults-context.js";
import { ASSUME, atSiteProductivity, constant, positive, range90 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";
import { drawdownRange, drawdownSource } from "./products.js";

export function productRows({ inputs, countryName, mixGenera }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const P = "Products";
  // Yields at this site's climate: country figures (SDPT) against the country's median station, global
  // figures (Drawdown, assumptions) against the reference climate (src/lib/site/productivity.ts).
  const productivity = inputs.productivity ?? null;
  const why = productivity?.text ?? "";
  const byCountry = (r: EstimateRow) => atSiteProductivity(r, productivity?.country ?? productivity?.global, why);
  const byGlobal = (r: EstimateRow) => atSiteProductivity(r, productivity?.global, why);
  const forestRows = removalRowsFor("forest", inputs.removalFactors, mixGenera);
  const mai = forestRows.map((r) => r.maiMean).filter((v): v is number => v !== null && v > 0);
  const forestRf = removalFactorRange(forestRows);
  if (mai.length) {
    const m = range90(mai);
    const centre = m.median;
    rows.push(
      byCountry(
        positive(
          P,
          "wood_mai_m3_ha",
          Math.min(m.lower, centre * 0.6),
          Math.max(m.upper, centre * 1.4),
          "m³/ha/yr",
          "Wood increment (m³/ha/yr)",
          "Mean annual increment of a fully stocked stand on ordinary land",
          `SDPT v2 (WRI) MAI of planted forests in ${countryName}, ${mai.length} row(s), ±40 % at least`
        )
      )
    );
  } else if (forestRf) {
    // MAI = RF / (wood density × BEF × (1 + root:shoot) × carbon fraction) with IPCC 2006 tropical defaults.
    const perM3 = 0.5 * 1.3 * 1.25 * 0.47;
    rows.push(
      byCountry(
        positive(
          P,
          "wood_mai_m3_ha",
          forestRf.lower / perM3,
          forestRf.upper / perM3,
          "m³/ha/yr",
          "Wood increment (m³/ha/yr)",
          "Mean annual increment of a fully stocked stand on ordinary land",
          `From the SDPT v2 removal factor of ${countryName} ÷ ${perM3.toFixed(3)} Mg C/m³ (wood density 0.5, BEF 1.3, root:shoot 0.25, C fraction 0.47: IPCC 2006 defaults)`
        )
      )
    );
  } else {
    rows.push(
      byGlobal(
        positive(
          P,
          "wood_mai_m3_ha",
          4,
          20,
          "m³/ha/yr",
          "Wood increment (m³/ha/yr)",
          "Mean annual increment of a fully stocked stand on ordinary land",
          `${ASSUME}: no SDPT rows for ${countryName}`
        )
      )
    );
  }
  rows.push(
    positive(
      P,
      "timber_net_usd_m3",
      5,
      35,
      "USD/m³",
      "Timber value net of harvest (USD/m³)",
      "Stumpage: sawlog price minus felling, extraction and haulage",
      ASSUME
    )
  );
  rows.push(
    positive(
      P,
      "fuelwood_net_usd_m3",
      2,
      12,
      "USD/m³",
      "Fuelwood value net of harvest (USD/m³)",
      "Fuelwood and charcoal wood at roadside minus cutting costs",
      ASSUME
    )
  );
  const fruit = drawdownRange(inputs, "multistrataagroforestry", "net_profit");
  rows.push(
    byGlobal(
      fruit
        ? positive(
            P,
            "fruit_net_usd_ha",
            fruit.lower,
            fruit.upper,
            "USD/ha/yr",
            "Fruit net income at maturity (USD/ha/yr)",
            "Net income of a fully stocked fruit-tree stand on ordinary land, after its operating costs",
            drawdownSource("multistrataagroforestry", "net_profit", fruit),
            "lnorm"
          )
        : positive(
            P,
            "fruit_net_usd_ha",
            100,
            2000,
            "USD/ha/yr",
            "Fruit net income at maturity (USD/ha/yr)",
            "Net income of a fully stocked fruit-tree stand on ordinary land, after its operating costs",
            ASSUME,
            "lnorm"
          )
    )
  );
  const fodder = drawdownRange(inputs, "silvopasture", "net_profit");
  rows.push(
    byGlobal(
      fodder
        ? positive(
            P,
            "fodder_net_usd_ha",
            fodder.lower,
            fodder.upper,
            "USD/ha/yr",
            "Fodder net income at maturity (USD/ha/yr)",
            "Net income from fodder and livestock on a fully stocked silvopastoral stand",
            drawdownSource("silvopasture", "net_profit", fodder),
            "lnorm"
          )
        : positive(
            P,
            "fodder_net_usd_ha",
            50,
            1000,
            "USD/ha/yr",
            "Fodder net income at maturity (USD/ha/yr)",
            "Net income from fodder and livestock on a fully stocked silvopastoral stand",
            ASSUME,
            "lnorm"
          )
    )
  );
  rows.push(
    byGlobal(
      positive(
        P,
        "honey_net_usd_ha",
        10,
        80,
        "USD/ha/yr",
        "Honey net income at maturity (USD/ha/yr)",
        "Hives on bee forage, net of hive costs",
        `${ASSUME}: 1–3 hives/ha × 5–15 kg × 2–4 USD/kg, net`
      )
    )
  );
  rows.push(
    byGlobal(
      positive(
        P,
        "oil_seed_t_ha",
        0.3,
        2,
        "t/ha/yr",
        "Oil-seed yield at maturity (t/ha/yr)",
        "Seed yield of mature Jatropha/Pongamia/Croton-type trees on marginal land",
        `${ASSUME}: marginal-land yields far below plantation claims`
      )
    )
  );
  rows.push(positive(P, "oil_seed_usd_t", 100, 300, "USD/t", "Oil-seed price (USD/t)", "Farm-gate price of oil seed", ASSUME));
  rows.push(
    positive(
      P,
      "oil_harvest_kg_day",
      20,
      60,
      "kg/person-day",
      "Seed picking (kg/person-day)",
      "Seed picked and dehulled per person-day",
      ASSUME,
      "lnorm"
    )
  );
  rows.push(
    constant(
      P,
      "es_value_usd_ha",
      0,
      "USD/ha/yr",
      "Ecosystem services (USD/ha/yr)",
      "Optional value of ecosystem services at maturity (water regulation, erosion control, biodiversity); 0 = not counted",
      "Off by default: enter a range to count it"
    )
  );

  return rows;
}

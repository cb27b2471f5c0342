/** Default estimate rows, Carbon: removal factors by option, accrual, price, buffer, MRV and start-up. Sources and reasoning: docs/investment-model.md. */
import { removalFactorRange, removalRowsFor } from "./carbon-rates.js";
import type { SectionContext } from "./defaults-context.js";
import { ASSUME, atSiteProductivity, constant, positive, row, share01 } from "./estimate-rows.js";
import type { EstimateRow, RemovalFactorInput } from "./estimate-types.js";

export function carbonRows({ inputs, notes, countryName, mixGenera }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const _country = inputs.country;
  const C = "Carbon";
  const rfSource = (rowsUsed: RemovalFactorInput[]) =>
    `SDPT v2 (WRI, draft 2023) removal factors for ${countryName}: ${rowsUsed.length} row(s) (${[...new Set(rowsUsed.map((r) => r.sciName ?? r.name))].slice(0, 3).join(", ")}), ±1.645 SD`;
  const rfRow = (
    variable: string,
    kind: "forest" | "agroforestry" | "oil",
    label: string,
    description: string,
    fallback: [number, number]
  ) => {
    const used = removalRowsFor(kind, inputs.removalFactors, mixGenera);
    const r = removalFactorRange(used);
    const p = inputs.productivity ?? null;
    if (r)
      return atSiteProductivity(
        positive(C, variable, r.lower, r.upper, "Mg C/ha/yr", label, description, rfSource(used)),
        p?.country ?? p?.global,
        p?.text ?? ""
      );
    notes.push(`No SDPT removal factor for ${countryName} (${kind}): an assumption is used.`);
    return atSiteProductivity(
      positive(C, variable, fallback[0], fallback[1], "Mg C/ha/yr", label, description, `${ASSUME}: no SDPT rows for ${countryName}`),
      p?.global,
      p?.text ?? ""
    );
  };
  rows.push(
    rfRow(
      "rf_plantation",
      "forest",
      "Removal factor, plantation (Mg C/ha/yr)",
      "Carbon removal (above + below ground) of planted forest on ordinary land; natural regrowth uses a fraction",
      [2, 8]
    )
  );
  rows.push(
    rfRow(
      "rf_agroforestry",
      "agroforestry",
      "Removal factor, agroforestry (Mg C/ha/yr)",
      "Carbon removal of tree crops / multistrata systems on ordinary land",
      [1.5, 5]
    )
  );
  rows.push(
    rfRow("rf_bioenergy", "oil", "Removal factor, oil trees (Mg C/ha/yr)", "Carbon removal of oil-tree crops on ordinary land", [1, 4])
  );
  rows.push(
    constant(
      C,
      "carbon_accrual_years",
      20,
      "years",
      "Years to long-term carbon stock",
      "Years over which the stand accumulates its long-term (creditable) carbon stock",
      `${ASSUME}: long-term average stock reached in about 20 years`
    )
  );
  rows.push(
    row(
      C,
      "carbon_price_usd_t",
      "unif",
      5,
      30,
      "USD/t CO2",
      "Carbon price (USD/t CO2)",
      "Price received per verified tonne of CO2 removed",
      `${ASSUME}: voluntary-market range for removal credits; get a buyer's quote`
    )
  );
  rows.push(
    share01(
      C,
      "carbon_buffer_share",
      0.1,
      0.25,
      "fraction",
      "Buffer pool share",
      "Share of credits withheld against reversal (non-permanence buffer)",
      `${ASSUME}: typical AFOLU buffer contributions`
    )
  );
  rows.push(
    positive(
      C,
      "carbon_mrv_usd_ha",
      2,
      15,
      "USD/ha/yr",
      "Carbon MRV (USD/ha/yr)",
      "Yearly monitoring, reporting and verification of the carbon project",
      ASSUME
    )
  );
  rows.push(
    positive(
      C,
      "carbon_start_usd_ha",
      10,
      80,
      "USD/ha",
      "Carbon project start-up (USD/ha)",
      "Project design, validation and registration",
      ASSUME
    )
  );

  return rows;
}

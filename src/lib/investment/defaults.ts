/**
 * The default estimate table of the restoration model (./model.ts): every input with its 90 % interval,
 * distribution, unit and source, filled from the data where the data have it, from the upstream pages (site
 * amendments, nursery costs, planting plan, species mix) and otherwise from stated assumptions. The sections
 * are in ./defaults-*.ts; their order is the order of the random draws. Sources: docs/investment-model.md.
 */

import { carbonRows } from "./defaults-carbon.js";
import type { SectionContext } from "./defaults-context.js";
import { generalRows } from "./defaults-general.js";
import { liabilityRows } from "./defaults-liability.js";
import { plantingRows } from "./defaults-planting.js";
import { productRows } from "./defaults-products.js";
import { riskRows } from "./defaults-risks.js";
import { waterRows } from "./defaults-water.js";
import { worksRows } from "./defaults-works.js";
import { ASSUME, constant, round3 } from "./estimate-rows.js";
import type { EstimateInputs, EstimateRow } from "./estimate-types.js";
import { OPTION_IDS, OPTION_PRODUCTS, type OptionId, PRODUCTS } from "./options.js";
import { type OptionShares, optionShares, PRODUCT_TIMING } from "./products.js";

export interface EstimateNotes {
  notes: string[];
  shares: Record<OptionId, OptionShares>;
}

/**
 * The default estimate table for the restoration model, and notes on what was filled from where.
 * @throws RangeError when the horizon is not 5–60 years
 */
export function defaultEstimates(inputs: EstimateInputs): { rows: EstimateRow[]; notes: EstimateNotes } {
  const H = inputs.horizonYears;
  if (!Number.isInteger(H) || H < 5 || H > 60) throw new RangeError(`horizon: ${H} years is outside 5–60`);
  const notes: string[] = [];
  const rows: EstimateRow[] = [];
  const countryName = inputs.country?.name ?? "the site's country";
  const mixGenera = new Set(inputs.mix.map((m) => m.name.split(/\s+/)[0].toLowerCase()));
  const ctx: SectionContext = { inputs, notes, countryName, H, mixGenera };
  // The order of the rows is the order of the random draws: keep it (R parity of published figures).
  rows.push(...generalRows(ctx), ...worksRows(ctx), ...plantingRows(ctx), ...liabilityRows(ctx));
  rows.push(...productRows(ctx), ...carbonRows(ctx), ...riskRows(ctx));

  // Timing --------------------------------------------------------------------------------------------
  for (const p of PRODUCTS) {
    const t = PRODUCT_TIMING[p];
    rows.push(
      constant(
        "Timing",
        `${p}_first_year`,
        t.first,
        "year",
        `${p}: year of 10 % yield`,
        `Year in which ${p} reaches 10 % of its mature yield`,
        `${ASSUME}: ${t.note}`
      )
    );
    rows.push(
      constant(
        "Timing",
        `${p}_full_year`,
        t.full,
        "year",
        `${p}: year of 90 % yield`,
        `Year in which ${p} reaches 90 % of its mature yield`,
        `${ASSUME}: ${t.note}`
      )
    );
  }

  // Species mix shares --------------------------------------------------------------------------------
  const shares = {} as Record<OptionId, OptionShares>;
  for (const option of OPTION_IDS) {
    const s = optionShares(option, inputs.mix, inputs.mixKnown ?? inputs.mix.length > 0);
    shares[option] = s;
    for (const p of OPTION_PRODUCTS[option]) {
      const value = round3(s.shares[p] ?? 0);
      const source =
        s.from === "mix"
          ? "Species mix (/species): stems of species with this use, split among the option's products"
          : `Option template (${s.reason}); docs/investment-model.md`;
      rows.push(
        constant(
          "Species mix shares",
          `share_${option}_${p}`,
          value,
          "fraction",
          `${option}: stems yielding ${p}`,
          `Share of stems of the ${option} option harvested for ${p}`,
          source
        )
      );
    }
  }

  // Establishment water, last so that the draws of every other row stay where they were.
  if (inputs.rainFed === false && inputs.irrigation) rows.push(...waterRows());
  return { rows, notes: { notes, shares } };
}

import { bondRatioFromClosure } from "./closure-link.js";
import type { SectionContext } from "./defaults-context.js";
import { ASSUME, constant, positive, share01 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

export function liabilityRows({ inputs, H }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const _country = inputs.country;
  const D = "Doing nothing (closure liability)";
  rows.push(
    positive(
      D,
      "liability_upkeep_usd_ha",
      40,
      300,
      "USD/ha/yr",
      "Upkeep of the unreclaimed site (USD/ha/yr)",
      "Erosion and sediment control, dust suppression, drainage and security of an unreclaimed site",
      ASSUME
    )
  );
  rows.push(
    share01(
      D,
      "p_penalty",
      0.03,
      0.2,
      "probability/yr",
      "Environmental penalty chance (per yr)",
      "Chance of an environmental incident with a fine or order in a year",
      ASSUME
    )
  );
  rows.push(
    positive(
      D,
      "penalty_usd_ha",
      100,
      1500,
      "USD/ha",
      "Penalty per incident (USD/ha)",
      "Fine and clean-up cost of an incident, per ha",
      ASSUME
    )
  );
  // The bond is the regulator's estimate of the third-party cost of the closure works, i.e. the direct
  // works (earthworks, cover, amendments) plus indirect costs: the model multiplies the run's works by
  // this ratio, so the bond follows the works instead of being drawn independently of them.
  // With a closure estimate, the bond is its total (at the median of the works; it follows each run's works).
  const closure = inputs.closure ?? null;
  const amendments = inputs.site?.amendmentsUsdHa?.median ?? Math.sqrt(100 * 1200);
  const direct = closure
    ? (closure.earthworks?.median ?? 0) + (closure.cover?.median ?? inputs.site?.coverUsdHa?.median ?? 0) + amendments
    : 0;
  const ratio = closure ? bondRatioFromClosure(closure, direct) : null;
  if (ratio)
    rows.push(
      positive(
        D,
        "bond_ratio",
        ratio.lower,
        ratio.upper,
        "× direct works",
        "Closure bond ÷ direct works",
        "Financial assurance as a multiple of the direct closure works (earthworks + cover + amendments), held until completion: the closure estimate's total over its median direct works",
        `${closure!.source}: total ${Math.round(closure!.total.lower).toLocaleString("en-US")}–${Math.round(closure!.total.upper).toLocaleString("en-US")} USD/ha ÷ median direct works ${Math.round(direct).toLocaleString("en-US")} USD/ha`,
        "lnorm"
      )
    );
  else
    rows.push(
      positive(
        D,
        "bond_ratio",
        1.1,
        1.5,
        "× direct works",
        "Closure bond ÷ direct works",
        "Financial assurance as a multiple of the direct closure works (earthworks + cover + amendments), held until completion; 0 where no bond is required",
        "Bonds are sized to the regulator's estimate of the third-party cost of the closure plan (30 CFR 800.14(b); NAC 519A.360; Queensland ERC; Zambia EPF on the audited liability): direct works plus indirect costs (Colorado DRMS adds 19.5–28 % of direct costs; mobilisation, revegetation). Range: assumption within these; set yours to your bond ÷ your works estimate"
      )
    );
  rows.push(positive(D, "bond_fee_pct", 0.5, 3, "%/yr", "Bond fee (%/yr)", "Yearly premium of the bank guarantee or surety", ASSUME));
  rows.push(
    share01(
      D,
      "residual_liability_share",
      0.1,
      0.4,
      "fraction",
      "Residual upkeep after works",
      "Share of upkeep and penalties that remains after the works until completion",
      ASSUME
    )
  );
  rows.push(
    constant(
      D,
      "release_year",
      Math.min(10, H),
      "year",
      "Completion and bond release (year)",
      "Year in which completion criteria are assessed and the bond released",
      `${ASSUME}: 5–10 years of monitoring after planting`
    )
  );
  rows.push(
    constant(
      D,
      "natural_release_delay",
      5,
      "years",
      "Natural regeneration: later completion (years)",
      "Extra years natural regrowth needs to meet the criteria",
      ASSUME
    )
  );
  rows.push(
    constant(
      D,
      "completion_stocking",
      0.7,
      "fraction",
      "Completion criterion: stocking",
      "Surviving stems as a share of the target density needed for completion",
      `${ASSUME}: typical stocking criterion`
    )
  );

  return rows;
}

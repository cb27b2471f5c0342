import type { SectionContext } from "./defaults-context.js";
import { ASSUME, share01 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

export function riskRows({ inputs }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const _country = inputs.country;
  const R = "Risks";
  const risk = (name: string, pLow: number, pHigh: number, lossLow: number, lossHigh: number, what: string, effect: string) => {
    rows.push(
      share01(R, `p_${name}`, pLow, pHigh, "probability/yr", `${what} chance (per yr)`, `Chance of ${what.toLowerCase()} in a year`, ASSUME)
    );
    rows.push(share01(R, `${name}_loss`, lossLow, lossHigh, "fraction", `${what} loss`, effect, ASSUME));
  };
  risk(
    "drought",
    0.1,
    0.3,
    0.1,
    0.4,
    "Drought",
    "Share of the year's yield and carbon uptake lost; in years 1–2, share of seedlings to replant"
  );
  risk(
    "fire",
    0.03,
    0.15,
    0.2,
    0.6,
    "Fire",
    "Share of the year's yield and carbon uptake lost; in years 1–2, share of seedlings to replant"
  );
  risk("grazing", 0.05, 0.25, 0.05, 0.3, "Grazing", "Share of the year's yield browsed; in years 1–2, share of seedlings to replant");
  risk("theft", 0.05, 0.25, 0.05, 0.3, "Theft", "Share of the year's products stolen");
  rows.push(
    share01(
      R,
      "p_tenure_conflict",
      0.01,
      0.06,
      "probability/yr",
      "Tenure conflict chance (per yr)",
      "Chance that a land or resource-use conflict starts in a year",
      ASSUME
    )
  );
  rows.push(
    share01(
      R,
      "tenure_loss",
      0.3,
      0.9,
      "fraction",
      "Tenure conflict loss",
      "Share of product and carbon income lost from the conflict's start to the end of the horizon",
      ASSUME
    )
  );
  rows.push(
    share01(
      R,
      "p_price_collapse",
      0.01,
      0.06,
      "probability/yr",
      "Price collapse chance (per yr)",
      "Chance that product prices collapse in a year (and stay low)",
      ASSUME
    )
  );
  rows.push(
    share01(R, "price_collapse_loss", 0.2, 0.6, "fraction", "Price collapse depth", "Share of product prices lost after a collapse", ASSUME)
  );

  return rows;
}

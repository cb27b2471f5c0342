/**
 * Readiness checklist after the WRI/IUCN Restoration Diagnostic's key success factors: a missing factor
 * raises risks in the estimate table (the factor → risk mapping is in docs/institutions.md).
 */

import { round3 } from "../investment/estimate-rows.js";
import type { EstimateRow } from "../investment/estimate-types.js";

export type Theme = "Motivate" | "Enable" | "Implement";

/** How a missing factor changes an estimate row: bounds × factor, or + a value (shares kept in (0, 1)). */
export interface RiskEffect {
  variable: string;
  multiply?: number;
  add?: number;
}

export interface ReadinessFactor {
  id: string;
  theme: Theme;
  feature: string;
  /** The key success factor, as the Diagnostic words it (paraphrased). */
  text: string;
  /** The named risk a missing factor raises, or null when it has no link in the model. */
  risk: string | null;
  effects: RiskEffect[];
}

const f = (id: string, theme: Theme, feature: string, text: string, risk: string | null, effects: RiskEffect[] = []): ReadinessFactor => ({
  id,
  theme,
  feature,
  text,
  risk,
  effects
});

/**
 * The 31 key success factors of the Restoration Diagnostic (Hanson et al. 2015, WRI/IUCN), in its three
 * themes and 14 features. Where a factor bears on something the model represents, a missing factor
 * raises that risk (docs/institutions.md explains each link); the others are context.
 */
export const READINESS_FACTORS: ReadinessFactor[] = [
  f("benefits-economic", "Motivate", "Benefits", "Restoration generates economic benefits", null),
  f("benefits-social", "Motivate", "Benefits", "Restoration generates social benefits", null),
  f("benefits-environmental", "Motivate", "Benefits", "Restoration generates environmental benefits", null),
  f("awareness-communicated", "Motivate", "Awareness", "Benefits of restoration are publicly communicated", null),
  f("awareness-opportunities", "Motivate", "Awareness", "Opportunities for restoration are identified", null),
  f("crisis-leveraged", "Motivate", "Crisis events", "Crisis events are leveraged", null),
  f(
    "law-exists",
    "Motivate",
    "Legal requirements",
    "Law requiring restoration exists",
    "Penalties for leaving the site unreclaimed are less likely",
    [{ variable: "p_penalty", multiply: 0.5 }]
  ),
  f(
    "law-enforced",
    "Motivate",
    "Legal requirements",
    "Law requiring restoration is broadly understood and enforced",
    "Penalties less likely; completion sign-off later",
    [
      { variable: "p_penalty", multiply: 0.5 },
      { variable: "release_year", add: 2 }
    ]
  ),
  f(
    "ecology-suitable",
    "Enable",
    "Ecological conditions",
    "Soil, water, climate and fire conditions are suitable for restoration",
    "More drought and fire",
    [
      { variable: "p_drought", multiply: 1.5 },
      { variable: "p_fire", multiply: 1.5 }
    ]
  ),
  f(
    "ecology-no-impeding",
    "Enable",
    "Ecological conditions",
    "Plants and animals that can impede restoration are absent",
    "More browsing and pest damage",
    [{ variable: "p_grazing", multiply: 2 }]
  ),
  f(
    "ecology-seed",
    "Enable",
    "Ecological conditions",
    "Native seeds, seedlings or source populations are readily available",
    "Dearer planting stock, lower survival, slower natural regeneration",
    [
      { variable: "planting_stock_usd_ha", multiply: 1.3 },
      { variable: "field_survival", add: -0.1 },
      { variable: "p_regen_success", multiply: 0.6 }
    ]
  ),
  f(
    "market-competing-demands",
    "Enable",
    "Market conditions",
    "Competing demands (e.g. food, fuel) for degraded land are declining",
    "Land-use conflict and grazing pressure",
    [
      { variable: "p_tenure_conflict", multiply: 1.5 },
      { variable: "p_grazing", multiply: 1.5 }
    ]
  ),
  f(
    "market-value-chains",
    "Enable",
    "Market conditions",
    "Value chains for products from restored land exist",
    "Price collapse more likely and deeper",
    [
      { variable: "p_price_collapse", multiply: 2 },
      { variable: "price_collapse_loss", add: 0.1 }
    ]
  ),
  f("policy-tenure", "Enable", "Policy conditions", "Land and natural-resource tenure are secure", "Tenure conflict much more likely", [
    { variable: "p_tenure_conflict", multiply: 3 }
  ]),
  f(
    "policy-aligned",
    "Enable",
    "Policy conditions",
    "Policies affecting restoration are aligned and streamlined",
    "Completion sign-off and bond release later",
    [{ variable: "release_year", add: 2 }]
  ),
  f(
    "policy-clearing-restricted",
    "Enable",
    "Policy conditions",
    "Restrictions on clearing remaining natural forests exist",
    "More illegal cutting of the restored stand",
    [{ variable: "p_theft", multiply: 1.3 }]
  ),
  f(
    "policy-clearing-enforced",
    "Enable",
    "Policy conditions",
    "Forest clearing restrictions are enforced",
    "More illegal cutting of the restored stand",
    [{ variable: "p_theft", multiply: 1.3 }]
  ),
  f(
    "social-empowered",
    "Enable",
    "Social conditions",
    "Local people are empowered to make decisions about restoring their land",
    "Conflict over the land and its use",
    [
      { variable: "p_tenure_conflict", multiply: 1.5 },
      { variable: "p_theft", multiply: 1.3 }
    ]
  ),
  f(
    "social-benefit",
    "Enable",
    "Social conditions",
    "Local people are able to benefit from restoration",
    "Theft, livestock incursion and arson",
    [
      { variable: "p_theft", multiply: 2 },
      { variable: "p_grazing", multiply: 1.5 },
      { variable: "p_fire", multiply: 1.3 }
    ]
  ),
  f(
    "institutions-roles",
    "Enable",
    "Institutional conditions",
    "Roles and responsibilities for restoration are clearly defined",
    "Higher management and monitoring effort",
    [
      { variable: "management_days_ha", multiply: 1.3 },
      { variable: "monitoring_usd_ha", multiply: 1.3 }
    ]
  ),
  f(
    "institutions-coordination",
    "Enable",
    "Institutional conditions",
    "Effective institutional coordination is in place",
    "Completion sign-off and bond release later",
    [{ variable: "release_year", add: 1 }]
  ),
  f("leadership-champions", "Implement", "Leadership", "National and/or local restoration champions exist", null),
  f("leadership-commitment", "Implement", "Leadership", "Sustained political commitment exists", null),
  f("knowledge-exists", "Implement", "Knowledge", "Restoration know-how relevant to the site exists", "Lower field survival", [
    { variable: "field_survival", add: -0.1 }
  ]),
  f(
    "knowledge-transmitted",
    "Implement",
    "Knowledge",
    "Restoration know-how is transmitted via peers or extension services",
    "More establishment care needed",
    [{ variable: "care_days_ha", multiply: 1.2 }]
  ),
  f(
    "design-grounded",
    "Implement",
    "Technical design",
    "Restoration design is technically grounded and climate-resilient",
    "Deeper drought losses",
    [
      { variable: "drought_loss", add: 0.1 },
      { variable: "p_drought", multiply: 1.2 }
    ]
  ),
  f(
    "design-leakage",
    "Implement",
    "Technical design",
    "Restoration limits leakage (displaced clearing elsewhere)",
    "Larger carbon buffer withheld",
    [{ variable: "carbon_buffer_share", add: 0.05 }]
  ),
  f(
    "finance-incentives",
    "Implement",
    "Finance and incentives",
    "Positive incentives and funds for restoration outweigh negative incentives",
    "Higher cost of capital",
    [{ variable: "discount_rate", add: 1 }]
  ),
  f("finance-accessible", "Implement", "Finance and incentives", "Incentives and funds are readily accessible", "Higher cost of capital", [
    { variable: "discount_rate", add: 2 }
  ]),
  f(
    "feedback-monitoring",
    "Implement",
    "Feedback",
    "An effective performance monitoring and evaluation system is in place",
    "Completion cannot be shown in time; dearer carbon verification",
    [
      { variable: "release_year", add: 2 },
      { variable: "carbon_mrv_usd_ha", multiply: 1.5 }
    ]
  ),
  f("feedback-early-wins", "Implement", "Feedback", "Early wins are communicated", null)
];

export interface ReadinessChange {
  factor: string;
  risk: string;
  variable: string;
  from: [number, number];
  to: [number, number];
}

const SHARE_DISTRIBUTIONS = new Set(["tnorm_0_1"]);

/**
 * The estimate table with the effects of the missing factors applied (in checklist order, each effect on
 * lower, upper and median). Shares (tnorm_0_1 rows and p_* chances) stay inside (0.001, 0.999) with
 * lower < upper; unknown factor ids are reported.
 */
export function applyReadiness(
  rows: readonly EstimateRow[],
  missing: readonly string[]
): { rows: EstimateRow[]; changes: ReadinessChange[]; unknown: string[] } {
  const known = new Set(READINESS_FACTORS.map((x) => x.id));
  const unknown = missing.filter((id) => !known.has(id));
  const missingSet = new Set(missing);
  const out = rows.map((r) => ({ ...r }));
  const byName = new Map(out.map((r) => [r.variable, r]));
  const changes: ReadinessChange[] = [];
  for (const factor of READINESS_FACTORS) {
    if (!missingSet.has(factor.id)) continue;
    for (const effect of factor.effects) {
      const r = byName.get(effect.variable);
      if (!r) continue;
      const from: [number, number] = [r.lower, r.upper];
      const apply = (v: number) => (effect.multiply !== undefined ? v * effect.multiply : v) + (effect.add ?? 0);
      let lower = apply(r.lower);
      let upper = apply(r.upper);
      let median = r.median === null ? null : apply(r.median);
      const isShare = SHARE_DISTRIBUTIONS.has(r.distribution) || /^p_/.test(r.variable);
      if (isShare) {
        lower = Math.min(0.98, Math.max(0.001, lower));
        upper = Math.min(0.999, Math.max(lower + 0.001, upper));
        if (median !== null) median = Math.min(upper, Math.max(lower, median));
      }
      if (r.distribution === "const") upper = lower;
      r.lower = round3(lower);
      r.upper = r.distribution === "const" ? r.lower : round3(upper);
      r.median = median === null ? null : round3(median);
      r.source = `${r.source}; readiness: "${factor.text}" missing`;
      changes.push({ factor: factor.id, risk: factor.risk ?? "", variable: effect.variable, from, to: [r.lower, r.upper] });
    }
  }
  return { rows: out, changes, unknown };
}

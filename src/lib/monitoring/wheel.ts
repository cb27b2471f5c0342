/**
 * The Recovery Wheel of the SER International Principles and Standards for the Practice of Ecological
 * Restoration, 2nd edition (Gann G.D. et al. 2019, Restoration Ecology 27(S1): S1–S46; Table 4 and the
 * "recovery wheel" figure): six ecosystem attributes, three sub-attributes each, every sub-attribute rated
 * 0–5 stars for its similarity to the reference ecosystem. SER's proforma averages the three sub-attribute
 * ratings into the attribute's rating.
 *
 * The Standards rate by expert judgement against their star descriptions. Where this studio has field
 * evidence for a sub-attribute (a completion criterion with an estimate), it turns the evidence into stars
 * by the rule in `starsFromRatio` — an assumption of the studio, written out in docs/monitoring.md, that a
 * user can override by rating the sub-attribute by hand.
 */

import { MAX_STARS } from "../scenario/index.js";
import { ATTRIBUTES, type Attribute, SUB_ATTRIBUTES, type SubAttribute } from "./wheel-labels.js";

/**
 * Stars from the share of the reference (or target) achieved, 0–1 or more: one star per full fifth,
 * capped at five (ratio ≥ 1 → 5 stars; 0.6 ≤ ratio < 0.8 → 3 stars; below 0.2 → 0 stars).
 * An assumption of the studio (see the module comment). Not finite → null.
 */
export function starsFromRatio(ratio: number): number | null {
  if (!Number.isFinite(ratio)) return null;
  // The small tolerance keeps 0.6 (written as 0.6000000000000001 after a division) at 3 stars.
  return Math.max(0, Math.min(MAX_STARS, Math.floor(ratio * MAX_STARS + 1e-9)));
}

export interface WheelInput {
  /** Stars from evidence by sub-attribute (several criteria on one sub-attribute: pass each). */
  evidence: readonly { sub: string; stars: number }[];
  /** Ratings given by hand (expert judgement), by sub-attribute id. */
  ratings: Readonly<Record<string, number>>;
}

export interface WheelSegment {
  sub: SubAttribute;
  attribute: Attribute;
  /** 0–5, or null when the sub-attribute is not assessed. */
  stars: number | null;
  basis: "evidence" | "expert" | "not assessed";
}

export interface WheelSummary {
  segments: WheelSegment[];
  /** Mean stars of each attribute's assessed sub-attributes (null when none is assessed). */
  attributes: { attribute: Attribute; stars: number | null; assessed: number }[];
}

/**
 * The wheel: each sub-attribute's stars from its evidence (the lowest when several criteria bear on it:
 * a sub-attribute is only as recovered as its weakest measured indicator), otherwise from a hand rating,
 * otherwise not assessed. Attribute ratings are the mean of their assessed sub-attributes (SER's proforma).
 */
export function recoveryWheel({ evidence, ratings }: WheelInput): WheelSummary {
  const segments = SUB_ATTRIBUTES.map((s): WheelSegment => {
    const attribute = ATTRIBUTES.find((a) => a.id === s.attribute)!;
    const fromEvidence = evidence.filter((e) => e.sub === s.id).map((e) => e.stars);
    if (fromEvidence.length) return { sub: s, attribute, stars: Math.min(...fromEvidence), basis: "evidence" };
    const rating = Object.hasOwn(ratings, s.id) ? ratings[s.id] : undefined;
    if (rating !== undefined) return { sub: s, attribute, stars: rating, basis: "expert" };
    return { sub: s, attribute, stars: null, basis: "not assessed" };
  });
  const attributes = ATTRIBUTES.map((attribute) => {
    const rated = segments.filter((g) => g.attribute.id === attribute.id && g.stars !== null).map((g) => g.stars!);
    return { attribute, stars: rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null, assessed: rated.length };
  });
  return { segments, attributes };
}

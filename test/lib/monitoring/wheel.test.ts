import { describe, expect, it } from "vitest";
import { recoveryWheel, starsFromRatio } from "../../../src/lib/monitoring/wheel.js";
import { ATTRIBUTES, SUB_ATTRIBUTES } from "../../../src/lib/monitoring/wheel-labels.js";

describe("the Recovery Wheel's attributes", () => {
  it("has the SER Standards' six attributes with three sub-attributes each", () => {
    expect(ATTRIBUTES.map((a) => a.label)).toEqual([
      "Absence of threats",
      "Physical conditions",
      "Species composition",
      "Structural diversity",
      "Ecosystem function",
      "External exchanges"
    ]);
    expect(SUB_ATTRIBUTES).toHaveLength(18);
    for (const a of ATTRIBUTES) expect(SUB_ATTRIBUTES.filter((s) => s.attribute === a.id)).toHaveLength(3);
    expect(new Set(SUB_ATTRIBUTES.map((s) => s.id)).size).toBe(18);
  });
});

describe("starsFromRatio(ratio)", () => {
  it("gives one star per full fifth of the reference, capped at five", () => {
    expect([0, 0.19, 0.2, 0.39, 0.4, 0.6, 0.79, 0.8, 0.99, 1, 1.4].map(starsFromRatio)).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    expect(starsFromRatio(3 / 5)).toBe(3);
    expect(starsFromRatio(-0.5)).toBe(0);
    expect(starsFromRatio(Number.NaN)).toBeNull();
  });
});

describe("recoveryWheel({evidence, ratings})", () => {
  it("takes the weakest evidence of a sub-attribute, else a hand rating, else leaves it unassessed", () => {
    const wheel = recoveryWheel({
      evidence: [
        { sub: "composition.plants", stars: 4 },
        { sub: "composition.plants", stars: 2 },
        { sub: "structure.strata", stars: 5 }
      ],
      ratings: { "composition.plants": 5, "composition.animals": 1 }
    });
    const of = (id: string) => wheel.segments.find((s) => s.sub.id === id)!;
    expect(of("composition.plants")).toMatchObject({ stars: 2, basis: "evidence" });
    expect(of("composition.animals")).toMatchObject({ stars: 1, basis: "expert" });
    expect(of("composition.noUndesirable")).toMatchObject({ stars: null, basis: "not assessed" });
    // Attribute: the mean of its assessed sub-attributes (SER proforma): (2 + 1)/2.
    expect(wheel.attributes.find((a) => a.attribute.id === "composition")).toMatchObject({ stars: 1.5, assessed: 2 });
    expect(wheel.attributes.find((a) => a.attribute.id === "threats")).toMatchObject({ stars: null, assessed: 0 });
  });
});

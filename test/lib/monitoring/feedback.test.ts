import { describe, expect, it } from "vitest";
import { nurserySurvivalFromObserved } from "../../../src/lib/monitoring/feedback.js";
import { effectiveSurvival } from "../../../src/lib/nursery/plan.js";
import { inoculationFor, TECHNOLOGIES } from "../../../src/lib/nursery/technologies.js";

describe("nurserySurvivalFromObserved(observed, technology, inoculated)", () => {
  it("removes the technology's and inoculation's effects, so the nursery page gives back the observed survival", () => {
    // Root trainers (+5 points) and inoculation (+3 points): 0.68 observed → 0.60 for polybag stock.
    const reference = nurserySurvivalFromObserved(0.68, "root-trainer", true);
    expect(reference).toBeCloseTo(0.6, 10);
    expect(effectiveSurvival(reference, TECHNOLOGIES["root-trainer"], inoculationFor({ nFixer: false }))).toBeCloseTo(0.68, 10);
  });

  it("adds back what bare-root stock loses, and keeps the result within 0.01–1", () => {
    expect(nurserySurvivalFromObserved(0.5, "bare-root", false)).toBeCloseTo(0.6, 10);
    expect(nurserySurvivalFromObserved(0.95, "bare-root", false)).toBe(1);
    expect(nurserySurvivalFromObserved(0.02, "air-pruning", true)).toBe(0.01);
  });

  it("treats an unknown technology as polybags and rejects an impossible survival", () => {
    expect(nurserySurvivalFromObserved(0.7, "constructor", false)).toBe(0.7);
    expect(() => nurserySurvivalFromObserved(1.2, "polybag", false)).toThrow(RangeError);
  });
});

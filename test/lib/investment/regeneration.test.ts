/** Natural regeneration's chance of meeting the completion criteria follows the site's climate (worked by hand). */
import { describe, expect, it } from "vitest";
import { REGEN_SUCCESS, regenerationChance } from "../../../src/lib/investment/defaults-planting.js";

describe("regenerationChance(productivityFactor)", () => {
  it("keeps 0.2–0.7 where the climate is as productive as the reference, or unknown", () => {
    for (const f of [null, 1, 1.2]) {
      const r = regenerationChance(f);
      expect([r.distribution, r.lower, r.upper]).toEqual(["tnorm_0_1", REGEN_SUCCESS.lower, REGEN_SUCCESS.upper]);
    }
  });

  it("scales the bounds by the climate factor: the Copperbelt (0.87) and Sudbury (0.49)", () => {
    const copperbelt = regenerationChance(0.87);
    expect([copperbelt.lower, copperbelt.upper]).toEqual([0.174, 0.609]); // 0.2 × 0.87, 0.7 × 0.87
    expect(copperbelt.source).toMatch(/× 0\.87 for this site's climate/);
    const sudbury = regenerationChance(0.49);
    expect([sudbury.lower, sudbury.upper]).toEqual([0.098, 0.343]);
  });

  it("leaves a hyper-arid site (the Atacama, factor 0.03) about 1–2 %, and 0 where nothing grows", () => {
    const atacama = regenerationChance(0.03);
    expect([atacama.distribution, atacama.lower, atacama.upper]).toEqual(["tnorm_0_1", 0.006, 0.021]);
    const none = regenerationChance(0);
    expect([none.distribution, none.lower, none.upper]).toEqual(["const", 0, 0]);
  });
});

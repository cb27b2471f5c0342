import { describe, expect, it } from "vitest";
import { CLOSURE_GROUPS, CLOSURE_PAYERS } from "../../../src/lib/institutions/closure-payers.js";
import { ARRANGEMENT_IDS } from "../../../src/lib/scenario/index.js";

describe("CLOSURE_PAYERS", () => {
  it("names a payer for every closure group under every arrangement", () => {
    for (const id of ARRANGEMENT_IDS) expect(Object.keys(CLOSURE_PAYERS[id]).sort()).toEqual([...CLOSURE_GROUPS].sort());
  });
  it("keeps the company liable for the earthworks everywhere, and lets the investor fund revegetation under carbon sharing", () => {
    for (const id of ARRANGEMENT_IDS) expect(CLOSURE_PAYERS[id].earthworks.payer).toBe("company");
    expect(CLOSURE_PAYERS["carbon-sharing"].revegetation.payer).toBe("investor");
    expect(CLOSURE_PAYERS["cooperative-nursery"].revegetation.note).toMatch(/cooperative/);
  });
});

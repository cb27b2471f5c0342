/** Scenario.species.allowExotics: the native-first switch (src/lib/species/native.ts) in the Scenario. */
import { describe, expect, it } from "vitest";
import { decodeScenario, defaultScenario, encodeScenario, sanitizeScenario } from "../../../src/lib/scenario/index.js";

describe("species.allowExotics", () => {
  it("defaults to natives first (false) and survives a link", () => {
    expect(defaultScenario().species.allowExotics).toBe(false);
    const s = defaultScenario();
    s.species.allowExotics = true;
    const { search, hash } = encodeScenario(s);
    expect(decodeScenario(search, hash).scenario.species.allowExotics).toBe(true);
  });
  it("rejects a value that is not a boolean, naming the field, and keeps natives first", () => {
    const { scenario, notices } = sanitizeScenario({ species: { allowExotics: "yes" } });
    expect(scenario.species.allowExotics).toBe(false);
    expect(notices.join(" ")).toMatch(/species\.allowExotics/);
  });
});

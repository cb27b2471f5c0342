import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/lib/util/text.js";

describe("foldText(text)", () => {
  it("drops diacritics and lower-cases, for accent-blind search", () => {
    expect(foldText("Guázuma ULMIFOLIA")).toBe("guazuma ulmifolia");
    expect(foldText("Côte d'Ivoire")).toBe("cote d'ivoire");
  });
});

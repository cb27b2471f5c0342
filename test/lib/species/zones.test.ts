import { describe, expect, it } from "vitest";
import { koppenToTrewartha, zoneGroup, zoneMatch } from "../../../src/lib/species/zones.js";

describe("koppenToTrewartha(koppen)", () => {
  it("maps tropical, dry and cold classes one to one", () => {
    expect(koppenToTrewartha("Af")).toEqual(["Ar"]);
    expect(koppenToTrewartha("Aw")).toEqual(["Aw"]);
    expect(koppenToTrewartha("BSh")).toEqual(["Bs"]);
    expect(koppenToTrewartha("BWk")).toEqual(["Bw"]);
    expect(koppenToTrewartha("Dfc")).toEqual(["E"]);
    expect(koppenToTrewartha("ET")).toEqual(["F"]);
  });

  it("gives every zone a class can fall in where the systems differ", () => {
    expect(koppenToTrewartha("Am")).toEqual(["Ar", "Aw"]);
    expect(koppenToTrewartha("Cwb")).toEqual(["Cw", "Do"]);
    expect(koppenToTrewartha("Dfb")).toEqual(["Dc", "Df"]);
  });

  it("returns null for unknown or unrecognised codes", () => {
    expect(koppenToTrewartha(null)).toBeNull();
    expect(koppenToTrewartha("Xx")).toBeNull();
    expect(koppenToTrewartha("bsh")).toBeNull();
    expect(koppenToTrewartha(" Cfa ")).toEqual(["Cf"]);
  });
});

describe("zoneMatch(siteZones, speciesZones)", () => {
  it("finds a shared zone, a shared main group, or neither", () => {
    expect(zoneMatch(["Cw", "Do"], ["Do", "Dc"])).toBe("listed");
    expect(zoneMatch(["Ar"], ["Aw"])).toBe("same group");
    expect(zoneMatch(["Ar"], ["Cs", "Do", "Dc", "E"])).toBe("other group");
    expect(zoneMatch(["F"], ["E"])).toBe("same group");
    expect(zoneMatch(null, ["Aw"])).toBe("unknown");
    expect(zoneMatch(["Aw"], [])).toBe("unknown");
    expect(zoneGroup("Dw")).toBe("D");
  });
});

/**
 * Native status, risk and the native-first mix, on hand-made species at a humid tropical site placed in
 * Brazil North (BZN), Brazil.
 */
import { describe, expect, it } from "vitest";
import {
  mixOrigin,
  NATIVE_AREA_NOTE,
  NO_AREA_NOTE,
  nativeStatus,
  prepareSpecies,
  rankSpecies,
  riskOf,
  riskText,
  type SitePlace,
  scoreSpecies,
  selectMix
} from "../../../src/lib/species/index.js";
import { makeRecord, makeSite } from "./fixture.js";

const wcvp = (native: string[], introduced: string[] = []) => ({
  name: "x",
  via: "accepted" as const,
  native,
  introduced,
  extinct: [],
  doubtful: []
});

describe("nativeStatus(record, area)", () => {
  it("is native only where WCVP records it native; a name not in WCVP is never native", () => {
    const teak = makeRecord({ wcvp: { ...wcvp(["IND", "MYA"], ["BZL"]), extinct: ["JAW"], doubtful: ["SUM"] } });
    expect(nativeStatus(teak, "IND")).toBe("native");
    expect(nativeStatus(teak, "BZL")).toBe("introduced");
    expect(nativeStatus(teak, "JAW")).toBe("extinct");
    expect(nativeStatus(teak, "SUM")).toBe("doubtful");
    expect(nativeStatus(teak, "BZN")).toBe("notRecorded");
    expect(nativeStatus(teak, null)).toBe("noArea");
    expect(nativeStatus(makeRecord({ wcvp: null }), "BZN")).toBe("notInWcvp");
  });
});

describe("riskOf(record, iso3) and riskText(risk)", () => {
  const leucaena = makeRecord({
    name: "Leucaena leucocephala",
    griis: { alien: ["ARG"], invasive: ["BRA", "AUS", "ZAF"] },
    introductionRisk: []
  });
  it("says what is known: GRIIS here and elsewhere, the IUCN 100 worst, Ecocrop's weed flag", () => {
    const risk = riskOf(leucaena, "BRA");
    expect(risk).toEqual({ invasiveHere: true, alienHere: false, invasiveElsewhere: 2, worst100: true, weed: false });
    expect(riskText(risk, "Brazil")).toEqual([
      "invasive in Brazil (GRIIS)",
      "invasive in 2 other countries (GRIIS)",
      "IUCN 100 worst invasive"
    ]);
    expect(riskText(riskOf(leucaena, "ARG"), "Argentina")).toEqual([
      "introduced in Argentina, not flagged invasive (GRIIS)",
      "invasive in 3 countries (GRIIS)",
      "IUCN 100 worst invasive"
    ]);
    expect(riskText(riskOf(makeRecord({ introductionRisk: ["can become a weed"] }), null))).toEqual(["can become a weed (Ecocrop)"]);
    expect(riskText(riskOf(makeRecord({}), "BRA"))).toEqual([]);
  });
});

describe("mixOrigin(status, risk, allowExotics)", () => {
  const none = { invasiveHere: false, alienHere: false, invasiveElsewhere: 0, worst100: false, weed: false };
  it("puts natives first, excludes the invasive here always and exotics invasive elsewhere unless allowed", () => {
    expect(mixOrigin("native", none, false)).toBe("native");
    expect(mixOrigin("introduced", none, false)).toBe("exotic");
    expect(mixOrigin("notInWcvp", none, false)).toBe("exotic");
    expect(mixOrigin("introduced", { ...none, invasiveElsewhere: 4 }, false)).toBe("invasiveElsewhere");
    expect(mixOrigin("introduced", { ...none, invasiveElsewhere: 4 }, true)).toBe("exotic");
    expect(mixOrigin("native", { ...none, invasiveHere: true }, true)).toBe("invasiveHere");
  });
});

describe("selectMix(ranked, options) — native first", () => {
  const BZN: SitePlace = {
    area: { code: "BZN", name: "Brazil North", level2: 84, level1: 8 },
    areaDistanceKm: 0,
    country: { iso3: "BRA", name: "Brazil" }
  };
  const site = { ...makeSite({ tMean: 27, precAnnual: 2200, dryMonths: 2, tMinColdest: 20, koppen: "Af" }), place: BZN };
  const sp = (id: number, name: string, fields: Parameters<typeof makeRecord>[0]) =>
    makeRecord({ id, name, tempOpt: [20, 32], tempAbs: [12, 38], rainOpt: [1500, 3500], rainAbs: [1000, 4500], ...fields });
  // Exotics are more relevant (more uses) than the natives, so that only the rule puts natives first.
  const rich = { timber: true, fuelwood: true, fodder: true, shade: true, erosionControl: true };
  const natives = [
    sp(1, "Native one", { wcvp: wcvp(["BZN"]), uses: { timber: true } }),
    sp(2, "Native two", { wcvp: wcvp(["BZN", "PER"]), uses: { fuelwood: true } })
  ];
  const exoticSafe = sp(3, "Exotic safe", { wcvp: wcvp(["IND"], ["BZN"]), uses: rich, globunt: true });
  const exoticInvasiveElsewhere = sp(4, "Exotic risky", {
    wcvp: wcvp(["IND"]),
    uses: rich,
    globunt: true,
    griis: { alien: [], invasive: ["ZAF"] }
  });
  const invasiveHere = sp(5, "Invader here", { wcvp: wcvp(["MXE"]), uses: rich, globunt: true, griis: { alien: [], invasive: ["BRA"] } });
  const unknownName = sp(6, "Nomen ignotum", { wcvp: null, uses: { timber: true } });
  const ranked = rankSpecies(
    scoreSpecies([...natives, exoticSafe, exoticInvasiveElsewhere, invasiveHere, unknownName].map(prepareSpecies), site)
  );
  const areaLabel = "Brazil North (BZN)";

  it("fills with natives first, then exotics not invasive anywhere, and says how many natives there were", () => {
    const mix = selectMix(ranked, { k: 4, areaLabel });
    expect(mix.members.map((m) => m.name)).toEqual(["Native one", "Native two", "Exotic safe", "Nomen ignotum"]);
    expect(mix.members.map((m) => m.origin)).toEqual(["native", "native", "exotic", "exotic"]);
    expect(mix.nativesAvailable).toBe(2);
    expect(mix.excluded).toEqual({ invasiveHere: 1, invasiveElsewhere: 1 });
    expect(mix.notes[0]).toBe(
      "Native first: only 2 species native to Brazil North (BZN) (WCVP) are viable now and under the scenario and eligible, so 2 exotic species not flagged invasive in any GRIIS checklist fill the mix."
    );
    expect(mix.notes.at(-1)).toBe(NATIVE_AREA_NOTE);
    expect(mix.members[2].reason).toMatch(/An exotic filling in: too few natives are eligible\./);
  });

  it("says so when every pick is native", () => {
    const mix = selectMix(ranked, { k: 2, areaLabel });
    expect(mix.members.map((m) => m.origin)).toEqual(["native", "native"]);
    expect(mix.notes[0]).toMatch(/^Native first: all 2 automatic picks are native to Brazil North \(BZN\) \(WCVP\); 2 species native to/);
  });

  it("lets exotics compete when allowed, but never picks one invasive in the country", () => {
    const mix = selectMix(ranked, { k: 5, areaLabel, allowExotics: true });
    const names = mix.members.map((m) => m.name);
    expect(names).not.toContain("Invader here");
    expect(names).toContain("Exotic risky");
    expect(names.indexOf("Exotic safe")).toBeLessThan(names.indexOf("Native one")); // more relevant, no preference
    expect(mix.notes[0]).toMatch(/^Exotics allowed: natives and exotics compete alike\./);
    expect(mix.excluded).toEqual({ invasiveHere: 1 });
  });

  it("prefers no species as native when the site is in no area", () => {
    const mix = selectMix(ranked, { k: 3, areaLabel: null });
    expect(mix.notes[0]).toBe(NO_AREA_NOTE);
    expect(mix.members.map((m) => m.name)).not.toContain("Invader here");
  });

  it("marks an exotic must-have as not native", () => {
    const mix = selectMix(ranked, { k: 2, areaLabel, mustHave: [5] });
    expect(mix.members[0].name).toBe("Invader here");
    expect(mix.members[0].reason).toMatch(/would not be picked automatically: the GRIIS checklist of the site's country flags it invasive/);
    expect(mix.members[0].reason).toMatch(/Not native to Brazil North \(BZN\) \(WCVP: not recorded here\)/);
  });
});

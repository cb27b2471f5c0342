import { describe, expect, it } from "vitest";
import { prepareSpecies, rankSpecies, scoreSpecies } from "../../src/lib/species.js";
import { gowerDistance, MIX_CSV_COLUMNS, mixCsvRows, isNurse, mixPercents, mixUseCoverage, raoQ, roundShares, selectMix } from "../../src/lib/species-mix.js";
import { makeRecord, makeSite } from "./species-fixture.js";

describe("gowerDistance(a, b, woodDensityRange)", () => {
  const a = makeRecord({ nFixer: true, woodDensity: 0.5, growthForm: "tree", uses: { fruit: true, timber: true } });
  const b = makeRecord({ nFixer: false, woodDensity: 0.8, growthForm: "shrub", uses: { timber: true, fodder: true } });

  it("averages the per-trait distances (hand-worked)", () => {
    // N fixer 1; wood |0.5 − 0.8| / 0.6 = 0.5; growth form 1; uses Jaccard 1 − 1/3 = 0.6667.
    // (1 + 0.5 + 1 + 0.6667) / 4 = 0.791667
    expect(gowerDistance(a, b, 0.6)).toBeCloseTo(0.7916667, 6);
    expect(gowerDistance(b, a, 0.6)).toBeCloseTo(gowerDistance(a, b, 0.6), 12);
    expect(gowerDistance(a, a, 0.6)).toBe(0);
  });

  it("leaves out traits either species lacks", () => {
    // N fixation unknown for one: (0.5 + 1 + 0.6667) / 3 = 0.722222
    expect(gowerDistance({ ...a, nFixer: null }, b, 0.6)).toBeCloseTo(0.7222222, 6);
    // Only growth form is comparable: 1.
    expect(gowerDistance(makeRecord({ growthForm: "tree" }), makeRecord({ growthForm: "shrub" }), 0.6)).toBe(1);
  });
});

describe("raoQ(records, shares, woodDensityRange)", () => {
  it("is Σ pᵢ pⱼ dᵢⱼ over ordered pairs (hand-worked)", () => {
    const a = makeRecord({ nFixer: true, woodDensity: 0.5, uses: { fruit: true, timber: true } });
    const b = makeRecord({ nFixer: false, woodDensity: 0.8, growthForm: "shrub", uses: { timber: true, fodder: true } });
    // 2 · 0.5 · 0.5 · 0.791667 = 0.395833
    expect(raoQ([a, b], [0.5, 0.5], 0.6)).toBeCloseTo(0.3958333, 6);
    expect(raoQ([a], [1], 0.6)).toBe(0);
  });
});

describe("roundShares(weights)", () => {
  it("gives whole percentages summing to 100 by largest remainder", () => {
    expect(roundShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundShares([1, 2])).toEqual([33, 67]);
    expect(roundShares([0.125, 0.125, 0.25, 0.5])).toEqual([13, 12, 25, 50]);
  });

  it("throws without a positive weight", () => {
    expect(() => roundShares([0, 0])).toThrow(/positive weight/);
  });
});

describe("mixPercents(records, nurseShare)", () => {
  const nurse = makeRecord({ nFixer: true });
  const other = makeRecord({ nFixer: false });

  it("gives nurse species at least the nurse share together, equal within groups", () => {
    // 2 nurses of 6 (33 % < 50 %): 25 % each; 4 others share 50 %: 12.5 % each, rounded 13, 13, 12, 12.
    expect(mixPercents([nurse, nurse, other, other, other, other], 0.5)).toEqual([25, 25, 13, 13, 12, 12]);
  });

  it("uses equal shares when nurses already have the share, or the mix has one group", () => {
    expect(mixPercents([nurse, nurse, other], 0.5)).toEqual([34, 33, 33]);
    expect(mixPercents([other, other], 0.5)).toEqual([50, 50]);
    expect(mixPercents([], 0.5)).toEqual([]);
    expect(() => mixPercents([nurse], 1.5)).toThrow(/nurseShare/);
  });

  it("counts revegetation species as nurses", () => {
    expect(isNurse(makeRecord({ uses: { revegetation: true } }))).toBe(true);
    expect(isNurse(makeRecord({ nFixer: null }))).toBe(false);
  });
});

describe("selectMix(ranked, options)", () => {
  const site = makeSite({ tMean: 27, precAnnual: 2500, dryMonths: 1, tMinColdest: 22, koppen: "Af" });
  const climate = { tempOpt: [20, 32], tempAbs: [12, 38], rainOpt: [1500, 3500], rainAbs: [1000, 4500] } as const;
  const sp = (id: number, name: string, fields: Parameters<typeof makeRecord>[0]) =>
    makeRecord({ id, name, tempOpt: [...climate.tempOpt], tempAbs: [...climate.tempAbs], rainOpt: [...climate.rainOpt], rainAbs: [...climate.rainAbs], ...fields });
  const A = sp(1, "Aa", { nFixer: false, woodDensity: 0.6, growthForm: "tree", uses: { timber: true } });
  const B = sp(2, "Bb", { nFixer: false, woodDensity: 0.6, growthForm: "tree", uses: { timber: true } });
  const C = sp(3, "Cc", { nFixer: true, nFixingStatus: "Rhizobia", woodDensity: 0.9, growthForm: "shrub", uses: { fodder: true } });
  const D = sp(4, "Dd", { nFixer: false, woodDensity: 0.3, growthForm: "tree", uses: { fruit: true } });
  // E: marginal (27 °C is above its optimal 20–25 °C but within 12–30 °C).
  const E = sp(5, "Ee", { tempOpt: [20, 25], tempAbs: [12, 30], growthForm: "shrub", uses: { honey: true } });
  // Already in rank order (A–D suitable, E marginal); taken as the ranking so the hand-worked steps hold.
  const ranked = scoreSpecies([A, B, C, D, E].map(prepareSpecies), site);

  it("starts from the top-ranked species and adds the most different one each step (hand-worked)", () => {
    // Wood density range 0.9 − 0.3 = 0.6. From {A}: d(B) = 0; d(C) = (1 + 0.5 + 1 + 1)/4 = 0.875;
    // d(D) = (0 + 0.5 + 0 + 1)/4 = 0.375 → C. From {A, C}: B 0 + 0.875; D 0.375 + 1 = 1.375 → D.
    const mix = selectMix(ranked, { k: 3 });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd"]);
    // C is the only nurse (N-fixer): 1 of 3 < 50 %, so C gets 50 % and A, D 25 % each.
    expect(mix.members.map((m) => m.percent)).toEqual([25, 50, 25]);
    expect(mix.members.map((m) => m.role)).toEqual(["diversity", "nurse", "diversity"]);
    // Q = 2 (0.25·0.5·0.875 + 0.25·0.25·0.375 + 0.5·0.25·1) = 0.515625
    expect(mix.raoQ).toBeCloseTo(0.515625, 9);
    expect(mix.notes).toEqual([]);
  });

  it("explains each choice in plain language", () => {
    const [a, c] = selectMix(ranked, { k: 3, scenarioLabel: "at +2 °C" }).members;
    expect(a.reason).toBe("The best-ranked candidate. Suitable now and at +2 °C.");
    expect(c.reason).toBe(
      "Adds the most functional difference to the species already chosen: the mix's first N-fixer; the first shrub; " +
        "uses not yet covered: fodder; denser wood (0.90 g/cm³, above the mix's 0.60–0.60 g/cm³). Suitable now and at +2 °C. " +
        "Nurse group (N-fixer): nurse species get at least 50 % of stems together."
    );
  });

  it("always includes must-haves first and builds around them", () => {
    // From {D}: A 0.375, B 0.375, C (1 + 1 + 1 + 1)/4 = 1 → C.
    const mix = selectMix(ranked, { k: 2, mustHave: [4] });
    expect(mix.members.map((m) => m.name)).toEqual(["Dd", "Cc"]);
    expect(mix.members[0].reason).toBe("You required it. Suitable now and under the scenario.");
  });

  it("adds marginal species only when suitable ones run out, and says so", () => {
    const mix = selectMix(ranked, { k: 5 });
    expect(mix.members.map((m) => m.name).sort()).toEqual(["Aa", "Bb", "Cc", "Dd", "Ee"]);
    expect(mix.members.at(-1)!.name).toBe("Ee");
    expect(mix.notes).toEqual(["1 marginal species was added because too few are suitable both now and under the scenario."]);
  });

  it("returns fewer species than asked when too few are viable, with a note", () => {
    const mix = selectMix(ranked, { k: 7 });
    expect(mix.members).toHaveLength(5);
    expect(mix.notes[0]).toBe("Only 5 species are viable (suitable or marginal) now and under the scenario with the current filters; the mix has 5 instead of 7.");
    expect(mix.members.reduce((s, m) => s + m.percent, 0)).toBe(100);
  });

  it("never picks a species Ecocrop flags as a weed unless it is a must-have", () => {
    const weed = sp(6, "Ww", { nFixer: true, growthForm: "shrub", woodDensity: 0.2, uses: { honey: true }, introductionRisk: ["can become a weed"] });
    const withWeed = scoreSpecies([A, weed, B, C, D].map(prepareSpecies), site);
    const mix = selectMix(withWeed, { k: 3 });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd"]);
    expect(mix.notes).toEqual(["1 viable species that Ecocrop says can become a weed was not picked automatically (add one as a must-have if it is native or wanted here)."]);
    expect(selectMix(withWeed, { k: 2, mustHave: [6] }).members[0].name).toBe("Ww");
  });

  it("looks for diversity only among the best-ranked candidates (pool of max(3k, 20))", () => {
    // 21 look-alikes of A ranked first, then a very different species (an N-fixing shrub) 22nd.
    const alikes = Array.from({ length: 21 }, (_, i) => sp(100 + i, `A${String(i).padStart(2, "0")}`, { nFixer: false, woodDensity: 0.6, growthForm: "tree", uses: { timber: true } }));
    const outlier = sp(200, "Zz", { nFixer: true, woodDensity: 0.9, growthForm: "shrub", uses: { fodder: true } });
    const list = scoreSpecies([...alikes, outlier].map(prepareSpecies), site);
    expect(selectMix(list, { k: 2 }).members.map((m) => m.name)).toEqual(["A00", "A01"]);
    expect(selectMix(list, { k: 2, poolSize: Infinity }).members.map((m) => m.name)).toEqual(["A00", "Zz"]);
    expect(selectMix(list, { k: 8 }).members.map((m) => m.name)).toContain("Zz"); // pool max(24, 20) = 24
  });

  it("meets the trait target: at least a third of the species (rounded up) are nurses", () => {
    // k = 4 needs ceil(4/3) = 2 nurses. From {A}: C (nurse) 0.875 is picked; from {A, C}: D 1.375; the
    // last slot must be a nurse: only N2 (an N-fixing tree like A otherwise) qualifies.
    const n2 = sp(7, "Nn", { nFixer: true, woodDensity: 0.6, growthForm: "tree", uses: { timber: true } });
    const list = scoreSpecies([A, B, C, D, n2].map(prepareSpecies), site);
    const mix = selectMix(list, { k: 4 });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd", "Nn"]);
    expect(mix.members[3].reason).toMatch(/^The nurse species \(N-fixer or revegetation\) that adds the most functional difference, so that at least 2 of the 4 species are nurses/);
    // Without a second nurse among the candidates the target is simply not met.
    expect(selectMix(scoreSpecies([A, B, C, D].map(prepareSpecies), site), { k: 4 }).members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd", "Bb"]);
  });

  it("is deterministic", () => {
    expect(selectMix(ranked, { k: 4 }).members.map((m) => m.id)).toEqual(selectMix([...ranked], { k: 4 }).members.map((m) => m.id));
  });

  it("notes unknown must-haves and rejects a bad k", () => {
    expect(selectMix(ranked, { k: 1, mustHave: [999] }).notes[0]).toBe("Species 999 (a must-have) is not in the species list and was left out.");
    expect(() => selectMix(ranked, { k: 0 })).toThrow(/k must be/);
    expect(() => selectMix(ranked, { k: 2.5 })).toThrow(/k must be/);
  });
});

describe("mixUseCoverage(records)", () => {
  it("counts the species that provide each use", () => {
    const records = [makeRecord({ nFixer: true, uses: { fruit: true } }), makeRecord({ uses: { fruit: true, timber: true } })];
    expect(mixUseCoverage(records)).toEqual([
      { use: "nFixation", species: 1 },
      { use: "fruit", species: 2 },
      { use: "timber", species: 1 }
    ]);
  });
});

describe("mixCsvRows(mix)", () => {
  it("writes one row per member with share, role, classes and reason", () => {
    const site = makeSite({ tMean: 27, precAnnual: 2500, dryMonths: 1, tMinColdest: 22, koppen: "Af" });
    const a = makeRecord({ id: 7, name: "Aa", tempOpt: [20, 32], tempAbs: [12, 38], rainOpt: [1500, 3500], rainAbs: [1000, 4500], nFixer: true, uses: { fruit: true } });
    const rows = mixCsvRows(selectMix(rankSpecies(scoreSpecies([prepareSpecies(a)], site)), { k: 1 }));
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(MIX_CSV_COLUMNS);
    expect(rows[0]).toMatchObject({ ecocrop_id: 7, species: "Aa", share_percent: 100, role: "nurse", class_now: "suitable", n_fixer_noddb: "yes", uses: "N fixation; fruit" });
  });
});

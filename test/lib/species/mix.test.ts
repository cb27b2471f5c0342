import { describe, expect, it } from "vitest";
import {
  DIVERSITY_WEIGHT,
  gowerDistance,
  isNurse,
  MIX_CSV_COLUMNS,
  mixCsvRows,
  mixPercents,
  mixUseCoverage,
  NO_AREA_NOTE,
  nurseTarget,
  prepareSpecies,
  rankSpecies,
  raoQ,
  roundShares,
  sameSpecies,
  scoreSpecies,
  selectMix
} from "../../../src/lib/species/index.js";
import { makeRecord, makeSite } from "./fixture.js";

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

describe("nurseTarget(k)", () => {
  it("asks for at least a third and at most half of the species as nurses", () => {
    expect(nurseTarget(6)).toEqual({ min: 2, max: 3 });
    expect(nurseTarget(8)).toEqual({ min: 3, max: 4 });
    expect(nurseTarget(1)).toEqual({ min: 1, max: 1 });
    expect(nurseTarget(3)).toEqual({ min: 1, max: 1 });
  });
});

describe("sameSpecies(a, b)", () => {
  it("matches binomials (subspecies count as their species) and synonyms", () => {
    expect(sameSpecies(makeRecord({ name: "Pinus caribaea" }), makeRecord({ name: "Pinus caribaea var. hondurensis" }))).toBe(true);
    expect(
      sameSpecies(
        makeRecord({ name: "Paraserianthes falcataria", synonyms: ["Albizia falcataria"] }),
        makeRecord({ name: "Albizia falcataria" })
      )
    ).toBe(true);
    expect(sameSpecies(makeRecord({ name: "Pinus caribaea" }), makeRecord({ name: "Pinus oocarpa" }))).toBe(false);
  });
});

describe("selectMix(ranked, options)", () => {
  const site = makeSite({ tMean: 27, precAnnual: 2500, dryMonths: 1, tMinColdest: 22, koppen: "Af" });
  const climate = { tempOpt: [20, 32], tempAbs: [12, 38], rainOpt: [1500, 3500], rainAbs: [1000, 4500] } as const;
  const sp = (id: number, name: string, fields: Parameters<typeof makeRecord>[0]) =>
    makeRecord({
      id,
      name,
      tempOpt: [...climate.tempOpt],
      tempAbs: [...climate.tempAbs],
      rainOpt: [...climate.rainOpt],
      rainAbs: [...climate.rainAbs],
      ...fields
    });
  // Asked-for uses: fruit and timber. Relevance = (share of asked-for uses + evidence) / 2, evidence =
  // (roles / 4 + products / 3 + evidence items / 3) / 3 (src/lib/species-relevance.ts):
  // A: timber 1/2; products timber, fuelwood 2/3; GlobUNT, forest/wood 2/3 → (1/2 + 4/9) / 2 = 0.472222
  const A = sp(1, "Aa", {
    nFixer: false,
    woodDensity: 0.6,
    growthForm: "tree",
    globunt: true,
    categories: ["forest/wood"],
    uses: { timber: true, fuelwood: true }
  });
  // B: as A without GlobUNT: evidence (2/3 + 1/3) / 3 = 1/3 → (1/2 + 1/3) / 2 = 0.416667
  const B = sp(2, "Bb", {
    nFixer: false,
    woodDensity: 0.6,
    growthForm: "tree",
    categories: ["forest/wood"],
    uses: { timber: true, fuelwood: true }
  });
  // C: no asked-for use; roles N fixation, erosion control 2/4; fodder 1/3; GlobUNT, environmental 2/3 → (0 + 1/2) / 2 = 0.25
  const C = sp(3, "Cc", {
    nFixer: true,
    nFixingStatus: "Rhizobia",
    woodDensity: 0.9,
    growthForm: "shrub",
    globunt: true,
    categories: ["environmental"],
    uses: { fodder: true, erosionControl: true }
  });
  // D: fruit 1/2; GlobUNT 1/3 → evidence 1/9 → (1/2 + 1/9) / 2 = 0.305556
  const D = sp(4, "Dd", {
    nFixer: false,
    woodDensity: 0.3,
    growthForm: "tree",
    globunt: true,
    categories: ["fruits & nuts"],
    uses: { fruit: true }
  });
  // E: marginal (27 °C is above its optimal 20–25 °C but within 12–30 °C); timber.
  const E = sp(5, "Ee", { tempOpt: [20, 25], tempAbs: [12, 30], growthForm: "shrub", uses: { timber: true } });
  const ranked = scoreSpecies([A, B, C, D, E].map(prepareSpecies), site);
  const uses = ["fruit", "timber"] as const;

  it("starts from the most relevant species and adds the best relevance + λ · mean distance (hand-worked, λ = 0.25)", () => {
    // Wood density range 0.9 − 0.3 = 0.6. Gower: d(A,B) = 0; d(A,C) = (1 + 0.5 + 1 + 1)/4 = 0.875;
    // d(A,D) = (0 + 0.5 + 0 + 1)/4 = 0.375; d(C,D) = (1 + 1 + 1 + 1)/4 = 1; d(B,·) = d(A,·).
    // Step 1: A (0.4722). Step 2: B 0.4167 + 0.25·0 = 0.4167; C 0.25 + 0.25·0.875 = 0.46875;
    // D 0.3056 + 0.25·0.375 = 0.3993 → C. Step 3 (k = 3: at most one nurse, C is one): B 0.4167 +
    // 0.25·(0 + 0.875)/2 = 0.5260; D 0.3056 + 0.25·(0.375 + 1)/2 = 0.4774 → B.
    expect(DIVERSITY_WEIGHT).toBe(0.25);
    const mix = selectMix(ranked, { k: 3, priorityUses: uses });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Bb"]);
    expect(mix.members.map((m) => m.relevance)).toEqual([
      expect.closeTo(0.472222, 6),
      expect.closeTo(0.25, 12),
      expect.closeTo(0.416667, 6)
    ]);
    // C is the only nurse (N-fixer): 1 of 3 < 50 %, so C gets 50 % and A, B 25 % each.
    expect(mix.members.map((m) => m.percent)).toEqual([25, 50, 25]);
    expect(mix.members.map((m) => m.role)).toEqual(["diversity", "nurse", "diversity"]);
    // Q = 2 (0.25·0.5·0.875 + 0.25·0.25·0 + 0.5·0.25·0.875) = 0.4375
    expect(mix.raoQ).toBeCloseTo(0.4375, 9);
    expect(mix.notes).toEqual([NO_AREA_NOTE]);
  });

  it("weighs functional difference more with a larger λ (hand-worked, λ = 0.5)", () => {
    // Step 2: C 0.25 + 0.5·0.875 = 0.6875 (B 0.4167, D 0.4931). Step 3: B 0.4167 + 0.5·0.4375 = 0.6354;
    // D 0.3056 + 0.5·0.6875 = 0.6493 → D. Q = 2 (0.25·0.5·0.875 + 0.25·0.25·0.375 + 0.5·0.25·1) = 0.515625
    const mix = selectMix(ranked, { k: 3, priorityUses: uses, diversityWeight: 0.5 });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd"]);
    expect(mix.raoQ).toBeCloseTo(0.515625, 9);
    // λ = 0: relevance alone (the nurse target still brings in C for the last slot).
    expect(selectMix(ranked, { k: 3, priorityUses: uses, diversityWeight: 0 }).members.map((m) => m.name)).toEqual(["Aa", "Bb", "Cc"]);
    expect(() => selectMix(ranked, { k: 3, diversityWeight: -1 })).toThrow(/diversityWeight/);
  });

  it("explains each choice in plain language", () => {
    const [a, c] = selectMix(ranked, { k: 3, priorityUses: uses, scenarioLabel: "at +2 °C" }).members;
    expect(a.reason).toBe(
      "The most relevant candidate (relevance 0.47: 1/2 uses asked for (timber); products: fuelwood, timber; listed: GlobUNT, Ecocrop forest/wood). " +
        "Suitable now and at +2 °C."
    );
    expect(c.reason).toBe(
      "Best relevance plus functional difference (relevance 0.25: 0/2 uses asked for; roles: N fixation, erosion control; products: fodder; " +
        "listed: GlobUNT, Ecocrop environmental; functional difference 0.88 from those already chosen): it adds the mix's first N-fixer; " +
        "the first shrub; uses not yet covered: fodder, erosion control; denser wood (0.90 g/cm³, above the mix's 0.60–0.60 g/cm³). " +
        "Suitable now and at +2 °C. Nurse group (N-fixer): nurse species get at least 50 % of stems together."
    );
  });

  it("always includes must-haves first and builds around them", () => {
    // From {D}: A 0.4722 + 0.25·0.375 = 0.5660; B 0.5104; C 0.25 + 0.25·1 = 0.5 → A; the last slot must
    // be a nurse (k = 3 needs one): C.
    const mix = selectMix(ranked, { k: 3, mustHave: [4], priorityUses: uses });
    expect(mix.members.map((m) => m.name)).toEqual(["Dd", "Aa", "Cc"]);
    expect(mix.members[0].reason).toBe("You required it. Suitable now and under the scenario.");
  });

  it("adds marginal species only when suitable ones run out, and says so", () => {
    const mix = selectMix(ranked, { k: 5, priorityUses: uses });
    expect(mix.members.map((m) => m.name).sort()).toEqual(["Aa", "Bb", "Cc", "Dd", "Ee"]);
    expect(mix.members.at(-1)!.name).toBe("Ee");
    expect(mix.notes).toEqual([NO_AREA_NOTE, "1 marginal species was added because too few are suitable both now and under the scenario."]);
  });

  it("returns fewer species than asked when too few are viable, with a note", () => {
    const mix = selectMix(ranked, { k: 7, priorityUses: uses });
    expect(mix.members).toHaveLength(5);
    expect(mix.notes[0]).toBe(
      "Only 5 species are viable (suitable or marginal) now and under the scenario and eligible for the mix with the current filters; the mix has 5 instead of 7."
    );
    expect(mix.members.reduce((s, m) => s + m.percent, 0)).toBe(100);
  });

  it("never picks a species Ecocrop flags as a weed unless it is a must-have", () => {
    const weed = sp(6, "Ww", {
      nFixer: true,
      growthForm: "shrub",
      woodDensity: 0.2,
      globunt: true,
      uses: { timber: true, fruit: true },
      introductionRisk: ["can become a weed"]
    });
    const withWeed = scoreSpecies([A, weed, B, C, D].map(prepareSpecies), site);
    const mix = selectMix(withWeed, { k: 3, priorityUses: uses });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Bb"]);
    expect(mix.notes).toEqual([
      NO_AREA_NOTE,
      "1 viable species that Ecocrop says can become a weed was not picked automatically (add one as a must-have if it is native or wanted here)."
    ]);
    const forced = selectMix(withWeed, { k: 2, mustHave: [6], priorityUses: uses });
    expect(forced.members[0].name).toBe("Ww");
    expect(forced.members[0].reason).toMatch(/It would not be picked automatically: Ecocrop says it can become a weed\./);
  });

  it("never picks climbers, succulents, palms, ornamentals or role-less species on its own, and counts them in a note", () => {
    // Each is more relevant than A (fruit and timber, every product, GlobUNT …) but excluded.
    const rich = {
      globunt: true,
      categories: ["forest/wood", "environmental"],
      uses: { fruit: true, timber: true, fuelwood: true, fodder: true, shade: true }
    };
    const climber = sp(738, "Clitoria ternatea", { ...rich, nFixer: true });
    const palm = sp(744, "Cocos nucifera", { ...rich, family: "Arecaceae" });
    const succulent = sp(10967, "Yucca elephantipes", { ...rich, family: "Agavaceae" });
    const ornamental = sp(11, "Oo ornata", { categories: ["ornamentals/turf", "medicinals & aromatic"], uses: { fruit: true } });
    const noRole = sp(12, "Nn nullius", { globunt: true, uses: { honey: true } });
    const list = scoreSpecies([climber, palm, succulent, ornamental, noRole, A, C, D].map(prepareSpecies), site);
    const mix = selectMix(list, { k: 3, priorityUses: uses });
    expect(mix.members.map((m) => m.name)).toEqual(["Aa", "Cc", "Dd"]);
    expect(mix.excluded).toEqual({ climber: 1, monocot: 1, succulent: 1, ornamental: 1, noRole: 1 });
    expect(mix.notes[1]).toBe(
      "5 other viable species were not picked automatically because they are not a restoration tree or shrub: 1 climber, 1 succulent, " +
        "1 palm or other monocot, 1 ornamental-only species, 1 species with no asked-for use, restoration role or product. " +
        "They are still scored and listed; add one as a must-have where it is wanted."
    );
    // A must-have is in whatever it is, with the reason it would not be picked.
    const forced = selectMix(list, { k: 2, mustHave: [744], priorityUses: uses });
    expect(forced.members[0].name).toBe("Cocos nucifera");
    expect(forced.members[0].reason).toMatch(
      /It would not be picked automatically: it is a palm or other monocot, without true wood or a spreading crown\./
    );
  });

  it("does not pick the same species twice under two names", () => {
    const p1 = sp(21, "Paraserianthes falcataria", {
      nFixer: true,
      woodDensity: 0.3,
      globunt: true,
      synonyms: ["Albizia falcataria"],
      uses: { timber: true, revegetation: true }
    });
    const p2 = sp(22, "Albizia falcataria", { nFixer: true, woodDensity: 0.3, globunt: true, uses: { timber: true, revegetation: true } });
    const list = scoreSpecies([p1, p2, A, D].map(prepareSpecies), site);
    const names = selectMix(list, { k: 4, priorityUses: uses }).members.map((m) => m.name);
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.endsWith("falcataria"))).toHaveLength(1);
  });

  it("looks only at the most relevant candidates (pool of max(3k, 20))", () => {
    // 21 equally relevant look-alikes ranked first, then an equally relevant but very different species
    // 22nd (relevance (0 + 1/3 + 1/3)/3 = 0.2222 each; no use asked for; none is a nurse).
    const alikes = Array.from({ length: 21 }, (_, i) =>
      sp(100 + i, `A${String(i).padStart(2, "0")}`, {
        nFixer: false,
        woodDensity: 0.6,
        growthForm: "tree",
        categories: ["forest/wood"],
        uses: { timber: true }
      })
    );
    const outlier = sp(200, "Zz", {
      nFixer: false,
      woodDensity: 0.9,
      growthForm: "shrub",
      categories: ["forest/wood"],
      uses: { fodder: true }
    });
    const list = scoreSpecies([...alikes, outlier].map(prepareSpecies), site);
    expect(selectMix(list, { k: 2 }).members.map((m) => m.name)).toEqual(["A00", "A01"]);
    // With every candidate: Zz gains 0.2222 + 0.25·(0 + 1 + 1 + 1)/4 → picked second.
    expect(selectMix(list, { k: 2, poolSize: Infinity }).members.map((m) => m.name)).toEqual(["A00", "Zz"]);
    expect(selectMix(list, { k: 8 }).members.map((m) => m.name)).toContain("Zz"); // pool max(24, 20) = 24
  });

  it("meets the nurse target: at least a third and at most half of the species are nurses when candidates allow", () => {
    // Three nurses more relevant than any other species, and two others.
    const nurse = (id: number, name: string, wood: number) =>
      sp(id, name, {
        nFixer: true,
        woodDensity: wood,
        globunt: true,
        categories: ["forest/wood", "environmental"],
        uses: { timber: true, fruit: true, fuelwood: true, erosionControl: true }
      });
    const n1 = nurse(31, "N1", 0.5);
    const n2 = nurse(32, "N2", 0.7);
    const n3 = nurse(33, "N3", 0.9);
    const list = scoreSpecies([n1, n2, n3, A, D].map(prepareSpecies), site);
    // k = 4: at most 2 nurses, so after N1 and one more nurse, the others A and D fill the mix.
    const four = selectMix(list, { k: 4, priorityUses: uses }).members;
    expect(four.filter((m) => m.role === "nurse")).toHaveLength(2);
    expect(four.map((m) => m.name)).toEqual(expect.arrayContaining(["Aa", "Dd"]));
    expect(four.at(-1)!.reason).toMatch(
      /^The non-nurse species with the best relevance and functional difference, as 2 of the 4 species are already nurses/
    );
    // k = 5 with only A and D as others: the cap gives way, the third nurse fills the last slot.
    expect(selectMix(list, { k: 5, priorityUses: uses }).members.filter((m) => m.role === "nurse")).toHaveLength(3);
    // k = 4 from A, B, C, D, E (one nurse, C): C is in; the minimum of 2 cannot be met.
    const few = selectMix(ranked, { k: 4, priorityUses: uses }).members;
    expect(few.filter((m) => m.role === "nurse").map((m) => m.name)).toEqual(["Cc"]);
  });

  it("fills the last slots with nurses when the minimum is not yet met", () => {
    // k = 3 needs 1 nurse; with λ = 0 and relevance A > B > D > C, the last slot still goes to C.
    const mix = selectMix(ranked, { k: 3, priorityUses: uses, diversityWeight: 0 });
    expect(mix.members.at(-1)!.name).toBe("Cc");
    expect(mix.members.at(-1)!.reason).toMatch(
      /^The nurse species \(N-fixer or revegetation\) with the best relevance and functional difference, so that at least 1 of the 3 species are nurses/
    );
  });

  it("is deterministic", () => {
    expect(selectMix(ranked, { k: 4, priorityUses: uses }).members.map((m) => m.id)).toEqual(
      selectMix([...ranked], { k: 4, priorityUses: uses }).members.map((m) => m.id)
    );
  });

  it("notes unknown must-haves and rejects a bad k", () => {
    expect(selectMix(ranked, { k: 1, mustHave: [999] }).notes[0]).toBe(
      "Species 999 (a must-have) is not in the species list and was left out."
    );
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
    const a = makeRecord({
      id: 7,
      name: "Aa",
      tempOpt: [20, 32],
      tempAbs: [12, 38],
      rainOpt: [1500, 3500],
      rainAbs: [1000, 4500],
      nFixer: true,
      uses: { fruit: true }
    });
    const rows = mixCsvRows(selectMix(rankSpecies(scoreSpecies([prepareSpecies(a)], site)), { k: 1 }));
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(MIX_CSV_COLUMNS);
    expect(rows[0]).toMatchObject({
      ecocrop_id: 7,
      species: "Aa",
      share_percent: 100,
      role: "nurse",
      class_now: "suitable",
      n_fixer_noddb: "yes",
      uses: "N fixation; fruit"
    });
  });
});

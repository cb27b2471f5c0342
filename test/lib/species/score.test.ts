import { describe, expect, it } from "vitest";
import { soilConstraints } from "../../../src/lib/site/constraints.js";
import {
  activeConstraints,
  altitudeCode,
  CRITERIA,
  CRITERION_INDEX,
  type CriterionCode,
  type CriterionId,
  classify,
  classReasons,
  coldCode,
  countSpecies,
  describeScenario,
  drySeasonCode,
  explainCriterion,
  filterSpecies,
  impliedDryMonths,
  limitingCriteria,
  NO_FILTERS,
  prepareSpecies,
  rangeCode,
  rangeIndex,
  rankSpecies,
  SPECIES_CSV_COLUMNS,
  scenarioChange,
  scoreSpecies,
  sortSpecies,
  speciesCsvRows,
  speciesSiteFromAssessment,
  toLimits,
  zoneCode
} from "../../../src/lib/species/index.js";
import { farAboveAltitude } from "../../../src/lib/species/ranges.js";
import { ACACIA_MANGIUM, makeRecord, makeSite, PICEA_ABIES } from "./fixture.js";

/** Codes in CRITERIA order from a sparse map (everything else "unknown"). */
function codes(given: Partial<Record<CriterionId, CriterionCode>>): CriterionCode[] {
  return CRITERIA.map((c) => given[c.id] ?? "unknown");
}
const noConstraints = { ph: false, salinity: false };

/** A humid lowland site near Banjarbaru, South Kalimantan (values rounded, for hand-working). */
const BORNEO = { tMean: 27, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, koppen: "Af" };
const BORNEO_PLUS3 = { ...BORNEO, tMean: 30, tMinColdest: 25 };

describe("rangeIndex(x, limits)", () => {
  // Acacia mangium temperature in Ecocrop: absolute 12–38 °C, optimal 22–34 °C.
  const mangium = toLimits([22, 34], [12, 38]);

  it("is 1 inside the optimal range, including its ends", () => {
    expect(rangeIndex(27, mangium)).toBe(1);
    expect(rangeIndex(22, mangium)).toBe(1);
    expect(rangeIndex(34, mangium)).toBe(1);
  });

  it("falls linearly to 0 at the absolute limits (dismo's ecocrop)", () => {
    // (38 − 36) / (38 − 34) = 0.5 and (17 − 12) / (22 − 12) = 0.5; (38 − 37) / 4 = 0.25
    expect(rangeIndex(36, mangium)).toBeCloseTo(0.5, 12);
    expect(rangeIndex(17, mangium)).toBeCloseTo(0.5, 12);
    expect(rangeIndex(37, mangium)).toBeCloseTo(0.25, 12);
  });

  it("is 0 at and beyond the absolute limits", () => {
    expect(rangeIndex(38, mangium)).toBe(0);
    expect(rangeIndex(12, mangium)).toBe(0);
    expect(rangeIndex(45, mangium)).toBe(0);
    expect(rangeIndex(-5, mangium)).toBe(0);
  });

  it("is null when the value or the limits that matter are unknown", () => {
    expect(rangeIndex(null, mangium)).toBeNull();
    expect(rangeIndex(Number.NaN, mangium)).toBeNull();
    const optOnly = toLimits([22, 34], [null, null]);
    expect(rangeIndex(27, optOnly)).toBe(1);
    expect(rangeIndex(36, optOnly)).toBeNull();
    const absOnly = toLimits([null, null], [12, 38]);
    expect(rangeIndex(27, absOnly)).toBeNull();
    expect(rangeIndex(40, absOnly)).toBe(0);
  });
});

describe("toLimits(opt, abs)", () => {
  it("widens an absolute limit that lies inside the optimal range", () => {
    expect(toLimits([10, 20], [12, 18])).toEqual({ lo: 10, loOpt: 10, hiOpt: 20, hi: 20 });
  });

  it("drops an optimal range whose minimum is above its maximum", () => {
    expect(toLimits([30, 20], [10, 40])).toEqual({ lo: 10, loOpt: null, hiOpt: null, hi: 40 });
  });
});

describe("rangeCode(x, limits)", () => {
  const mangium = toLimits([22, 34], [12, 38]);

  it("is optimal inside the optimal range and tolerable inside the absolute range, ends included", () => {
    expect([27, 22, 34, 36, 38, 12].map((x) => rangeCode(x, mangium))).toEqual([
      "optimal",
      "optimal",
      "optimal",
      "tolerable",
      "tolerable",
      "tolerable"
    ]);
  });

  it("is outside beyond the absolute range even where the index is already 0 at the limit", () => {
    expect(rangeIndex(38, mangium)).toBe(0);
    expect(rangeCode(38.1, mangium)).toBe("outside");
    expect(rangeCode(11.9, mangium)).toBe("outside");
  });

  it("is unknown when the value or the limits that matter are unknown", () => {
    expect(rangeCode(null, mangium)).toBe("unknown");
    expect(rangeCode(36, toLimits([22, 34], [null, null]))).toBe("unknown");
    expect(rangeCode(27, toLimits([null, null], [12, 38]))).toBe("unknown");
    expect(rangeCode(40, toLimits([null, null], [12, 38]))).toBe("outside");
  });
});

describe("impliedDryMonths(annualMm)", () => {
  it("gives the fewest months under 60 mm a year with that rainfall can have", () => {
    // 12 − floor(150/60) = 12 − 2 = 10; 12 − floor(450/60) = 12 − 7 = 5; 12 − floor(719/60) = 12 − 11 = 1
    expect(impliedDryMonths(150)).toBe(10);
    expect(impliedDryMonths(450)).toBe(5);
    expect(impliedDryMonths(719)).toBe(1);
    expect(impliedDryMonths(720)).toBe(0);
    expect(impliedDryMonths(3000)).toBe(0);
    expect(impliedDryMonths(0)).toBe(12);
  });

  it("is null for unknown or impossible rainfall", () => {
    expect(impliedDryMonths(null)).toBeNull();
    expect(impliedDryMonths(-10)).toBeNull();
  });
});

describe("drySeasonCode(species, dryMonths)", () => {
  const humid = prepareSpecies(makeRecord({ rainOpt: [2000, 3000], rainAbs: [1500, 4000], climateZones: ["Ar"] }));
  const dryZone = prepareSpecies(makeRecord({ rainOpt: [2000, 3000], rainAbs: [1500, 4000], climateZones: ["Aw"] }));
  // Prosopis juliflora rainfall: optimal from 300 mm (≥ 7 dry months), absolute from 150 mm (≥ 10).
  const prosopis = prepareSpecies(makeRecord({ rainOpt: [300, 750], rainAbs: [150, 1200] }));
  const tolerant = prepareSpecies(makeRecord({ rainOpt: [1500, 2500], rainAbs: [1000, 3000], abioticTolerance: ["drought"] }));
  const susceptible = prepareSpecies(makeRecord({ rainOpt: [1500, 2500], rainAbs: [1000, 3000], abioticSusceptibility: ["drought"] }));

  it("is optimal for every species where there is no marked dry season (≤ 2 dry months)", () => {
    expect(drySeasonCode(humid, 2)).toBe("optimal");
    expect(drySeasonCode(susceptible, 0)).toBe("optimal");
  });

  it("uses the dry months implied by the rainfall minimum", () => {
    expect(drySeasonCode(prosopis, 7)).toBe("optimal");
    expect(drySeasonCode(prosopis, 8)).toBe("tolerable");
    expect(drySeasonCode(prosopis, 10)).toBe("tolerable");
  });

  it("trusts Ecocrop's drought tolerance and susceptibility", () => {
    expect(drySeasonCode(tolerant, 6)).toBe("optimal");
    expect(drySeasonCode(susceptible, 4)).toBe("tolerable");
    expect(drySeasonCode(susceptible, 5)).toBe("outside");
  });

  it("is tolerable for species of seasonally dry zones and unknown without evidence", () => {
    expect(drySeasonCode(dryZone, 5)).toBe("tolerable");
    expect(drySeasonCode(humid, 5)).toBe("unknown");
    expect(drySeasonCode(humid, null)).toBe("unknown");
  });
});

describe("coldCode(species, tMinColdest)", () => {
  const mangium = prepareSpecies(ACACIA_MANGIUM);
  const spruce = prepareSpecies(PICEA_ABIES);

  it("is outside when the coldest month's mean minimum is at or below killing temperature + 4 °C", () => {
    // Acacia mangium is killed at −1 °C: lethal up to −1 + 4 = 3 °C.
    expect(coldCode(mangium, 3)).toBe("outside");
    expect(coldCode(mangium, 3.1)).toBe("optimal");
    expect(coldCode(mangium, 22)).toBe("optimal");
  });

  it("uses the killing temperature during rest when recorded", () => {
    // Picea abies: KTMPR −30 °C (rest) rather than KTMP −1 °C (early growth): −20 °C is survivable.
    expect(coldCode(spruce, -20)).toBe("optimal");
    expect(coldCode(spruce, -26)).toBe("outside");
  });

  it("is unknown without a killing temperature or a site value", () => {
    expect(coldCode(prepareSpecies(makeRecord()), 5)).toBe("unknown");
    expect(coldCode(mangium, null)).toBe("unknown");
  });

  it("rules out a tropical-only species without a killing temperature where frost is regular (Sudbury's −18 °C)", () => {
    // Like Pterocarpus marsupium in Ecocrop: no killing temperature, zones Aw only.
    const tropical = prepareSpecies(makeRecord({ climateZones: ["Aw"] }));
    expect(coldCode(tropical, -18)).toBe("outside");
    expect(coldCode(tropical, 0)).toBe("outside");
    expect(coldCode(tropical, 0.5)).toBe("unknown"); // no regular frost: the record says nothing
  });

  it("rules out a species listed for no cold-winter zone where the winter is severe (≤ −10 °C)", () => {
    // Like Quercus agrifolia (Bs, Cs) and Eugenia jambos (Aw, Ar, Cf, Cs, Cw) at Sudbury (−26.9 °C).
    const mediterranean = prepareSpecies(makeRecord({ climateZones: ["Bs", "Cs"] }));
    expect(coldCode(mediterranean, -26.9)).toBe("outside");
    expect(coldCode(mediterranean, -10)).toBe("outside");
    expect(coldCode(mediterranean, -9.5)).toBe("unknown");
    // Listed for a continental (Dc) or boreal (E) zone: the record says nothing against it.
    expect(coldCode(prepareSpecies(makeRecord({ climateZones: ["Cs", "Dc"] })), -26.9)).toBe("unknown");
    expect(coldCode(prepareSpecies(makeRecord({ climateZones: ["E"] })), -26.9)).toBe("unknown");
  });
});

describe("altitudeCode(species, elevation) and zoneCode(species, zones)", () => {
  const mangium = prepareSpecies(ACACIA_MANGIUM);

  it("compares elevation with Ecocrop's maximum altitude", () => {
    expect(altitudeCode(mangium, 800)).toBe("optimal");
    expect(altitudeCode(mangium, 801)).toBe("outside");
    expect(altitudeCode(mangium, null)).toBe("unknown");
  });

  it("is optimal for a listed zone, tolerable in the same main zone, outside in another", () => {
    expect(zoneCode(mangium, ["Aw"])).toBe("optimal");
    expect(zoneCode(mangium, ["Ar"])).toBe("tolerable");
    expect(zoneCode(mangium, ["Cf", "Do"])).toBe("outside");
    expect(zoneCode(mangium, null)).toBe("unknown");
  });
});

describe("classify(codes, active)", () => {
  it("makes a species unsuitable when a limiting criterion is outside", () => {
    expect(classify(codes({ temperature: "optimal", rainfall: "optimal", ph: "outside" }), noConstraints)).toBe("unsuitable");
    expect(classify(codes({ temperature: "unknown", rainfall: "optimal", cold: "outside" }), noConstraints)).toBe("unsuitable");
  });

  it("says insufficient data when temperature or rainfall is unknown", () => {
    expect(classify(codes({ temperature: "optimal" }), noConstraints)).toBe("insufficient");
  });

  it("is suitable with optimal temperature and rainfall and nothing outside", () => {
    expect(classify(codes({ temperature: "optimal", rainfall: "optimal", ph: "tolerable", zone: "tolerable" }), noConstraints)).toBe(
      "suitable"
    );
  });

  it("is marginal when temperature or rainfall is only tolerable, or a caution is outside", () => {
    expect(classify(codes({ temperature: "tolerable", rainfall: "optimal" }), noConstraints)).toBe("marginal");
    expect(classify(codes({ temperature: "optimal", rainfall: "optimal", altitude: "outside" }), noConstraints)).toBe("marginal");
  });

  it("does not assume tolerance of an active constraint: unknown salinity on a saline site is marginal", () => {
    const c = codes({ temperature: "optimal", rainfall: "optimal", salinity: "unknown" });
    expect(classify(c, { ph: false, salinity: true })).toBe("marginal");
    expect(classify(c, noConstraints)).toBe("suitable");
    expect(classReasons(c, { ph: false, salinity: true })).toEqual(["Salinity tolerance unknown (not assumed tolerant)"]);
  });
});

describe("activeConstraints(substrate)", () => {
  it("flags pH below 5.5 or above 8.5 and ECe of 4 dS/m or more", () => {
    const site = (ph: number | null, ecDsM: number | null) => activeConstraints(makeSite({}, {}, { substrate: { ph, ecDsM } }).substrate);
    expect(site(5.4, 3.9)).toEqual({ ph: true, salinity: false });
    expect(site(5.5, 4)).toEqual({ ph: false, salinity: true });
    expect(site(8.6, null)).toEqual({ ph: true, salinity: false });
    expect(site(null, null)).toEqual({ ph: false, salinity: false });
  });
});

describe("scenarioChange(present, scenario)", () => {
  it("names kept, gained, lost, uncertain and never", () => {
    expect(scenarioChange("suitable", "marginal")).toBe("kept");
    expect(scenarioChange("unsuitable", "suitable")).toBe("gained");
    expect(scenarioChange("marginal", "unsuitable")).toBe("lost");
    expect(scenarioChange("insufficient", "suitable")).toBe("uncertain");
    expect(scenarioChange("unsuitable", "unsuitable")).toBe("never");
  });
});

describe("scoreSpecies(species, site)", () => {
  const site = makeSite(BORNEO, BORNEO_PLUS3, { elevation: 50, substrate: { ph: 5.2 } });
  const [mangium, spruce] = scoreSpecies([prepareSpecies(ACACIA_MANGIUM), prepareSpecies(PICEA_ABIES)], site);

  it("scores Acacia mangium suitable in humid lowland Borneo on acid soil, now and at +3 °C", () => {
    // 27 °C in 22–34; 2600 mm in 2000–3000; 1 dry month; 22 °C > −1 + 4; 50 m ≤ 800 m; Af → Ar vs Aw
    // (same main zone); pH 5.2 in 5–6.5; Al class "low" from pH 5.0–5.5 but no Ecocrop Al data.
    const c = (id: CriterionId) => mangium.present.codes[CRITERION_INDEX[id]];
    expect(["temperature", "rainfall", "drySeason", "cold", "altitude", "ph"].map((id) => c(id as CriterionId))).toEqual(
      Array(6).fill("optimal")
    );
    expect(c("zone")).toBe("tolerable");
    expect(c("aluminium")).toBe("unknown");
    expect(c("salinity")).toBe("unknown");
    expect(mangium.present.cls).toBe("suitable");
    expect(mangium.present.index).toBe(1);
    expect(mangium.scenario.cls).toBe("suitable");
    expect(mangium.change).toBe("kept");
  });

  it("scores Norway spruce outside on temperature, rainfall and zone", () => {
    const c = (id: CriterionId) => spruce.present.codes[CRITERION_INDEX[id]];
    expect([c("temperature"), c("rainfall"), c("zone"), c("cold")]).toEqual(["outside", "outside", "outside", "optimal"]);
    expect(spruce.present.cls).toBe("unsuitable");
    expect(spruce.change).toBe("never");
    expect(spruce.present.index).toBe(0);
  });

  it("finds the species a warming loses or keeps at the edge", () => {
    const edge = (tMax: number) =>
      prepareSpecies(
        makeRecord({
          tempOpt: [20, 28],
          tempAbs: [15, tMax],
          rainOpt: [2000, 3000],
          rainAbs: [1500, 4000],
          phOpt: [4.5, 6.5],
          phAbs: [4, 7.5]
        })
      );
    const [lost, kept] = scoreSpecies([edge(29.5), edge(32)], site);
    // +3 °C: 30 °C is beyond the absolute maximum 29.5 (outside); with maximum 32 it is tolerable, with
    // index (32 − 30)/(32 − 28) = 0.5.
    expect(lost.present.cls).toBe("suitable");
    expect(lost.scenario.cls).toBe("unsuitable");
    expect(lost.change).toBe("lost");
    expect(kept.scenario.cls).toBe("marginal");
    expect(kept.scenario.index).toBeCloseTo(0.5, 12);
    expect(kept.change).toBe("kept");
  });

  it("raises an N-fixer with a revegetation use on low-fertility spoil", () => {
    const poor = makeSite(BORNEO, BORNEO, { substrate: { fertility: "low" } });
    const [s] = scoreSpecies([prepareSpecies(ACACIA_MANGIUM)], poor);
    expect(s.bonuses).toEqual(["N-fixer (NodDB: Rhizobia) on low-fertility substrate", "used for revegetation (Ecocrop)"]);
  });
});

describe("explainCriterion(species, site, which, id)", () => {
  const site = makeSite(BORNEO, BORNEO_PLUS3, { elevation: 50, substrate: { ph: 5.2 } });
  const mangium = prepareSpecies(ACACIA_MANGIUM);

  it("writes the site value, the species' limits and the verdict", () => {
    expect(explainCriterion(mangium, site, "present", "temperature")).toBe(
      "Site 27 °C annual mean; species optimal 22–34 °C, absolute 12–38 °C: optimal."
    );
    expect(explainCriterion(mangium, site, "scenario", "cold")).toBe(
      "Site coldest-month mean minimum 25 °C; species killed at -1 °C during rest (lethal when the mean minimum is ≤ 3 °C): optimal."
    );
    expect(explainCriterion(mangium, site, "present", "zone")).toBe(
      "Site Köppen Af (Trewartha Ar tropical wet); species listed for Aw: same main zone, not listed (tolerable)."
    );
  });

  it("says when the site value is not known", () => {
    expect(explainCriterion(mangium, makeSite({}), "present", "rainfall")).toBe("Site annual rainfall not known.");
  });
});

describe("filterSpecies(scored, filters)", () => {
  const site = makeSite(BORNEO);
  const durian = makeRecord({
    id: 3,
    name: "Durio zibethinus",
    commonNames: ["durián"],
    uses: { fruit: true, timber: true },
    woodDensity: 0.55
  });
  const shrub = makeRecord({ id: 4, name: "Shrubia minor", growthForm: "shrub", uses: { fodder: true } });
  const scored = scoreSpecies([ACACIA_MANGIUM, PICEA_ABIES, durian, shrub].map(prepareSpecies), site);
  const names = (filters: Partial<typeof NO_FILTERS>) =>
    filterSpecies(scored, { ...NO_FILTERS, ...filters }).map((s) => s.species.record.name);

  it("keeps species with any of the chosen uses; N fixation includes NodDB fixers", () => {
    expect(names({ uses: ["fruit", "fodder"] })).toEqual(["Acacia mangium", "Durio zibethinus", "Shrubia minor"]);
    expect(names({ uses: ["nFixation"] })).toEqual(["Acacia mangium"]);
  });

  it("filters growth forms, with tree/shrub counting as both", () => {
    expect(names({ growthForms: ["shrub"] })).toEqual(["Acacia mangium", "Shrubia minor"]);
  });

  it("filters by wood density, dropping species without one only when a limit is set", () => {
    expect(names({ woodDensity: [0.5, 0.6] })).toEqual(["Acacia mangium", "Durio zibethinus"]);
    expect(names({ woodDensity: [null, null] })).toHaveLength(4);
  });

  it("searches names, synonyms and common names without regard to case or accents", () => {
    expect(names({ query: "EXCELSA" })).toEqual(["Picea abies"]);
    expect(names({ query: "durian" })).toEqual(["Durio zibethinus"]);
    expect(names({ query: "  wattle " })).toEqual(["Acacia mangium"]);
    expect(names({ query: "no such tree" })).toEqual([]);
  });
});

describe("rankSpecies(scored, priorityUses)", () => {
  const site = makeSite(BORNEO, BORNEO_PLUS3);
  const record = (id: number, name: string, tMax: number, uses = {}) =>
    makeRecord({ id, name, tempOpt: [20, 29], tempAbs: [15, tMax], rainOpt: [2000, 3000], rainAbs: [1500, 4000], uses });
  // A: suitable now, marginal at +3 °C (30 °C: (34 − 30)/(34 − 29) = 0.8); B: same, lower index (31:
  // (31 − 30)/(31 − 29) = 0.5); C: same as B with a fruit use; D: Norway spruce (unsuitable).
  const scored = scoreSpecies(
    [record(1, "Alpha", 34), record(2, "Beta", 31), record(3, "Gamma", 31, { fruit: true }), PICEA_ABIES, ACACIA_MANGIUM].map(
      prepareSpecies
    ),
    site
  );

  it("puts species suitable now and under the scenario first, unsuitable last", () => {
    const order = rankSpecies(scored).map((s) => s.species.record.name);
    expect(order[0]).toBe("Acacia mangium");
    expect(order.at(-1)).toBe("Picea abies");
  });

  it("ranks within a class by prioritised uses, then the Ecocrop index, then recorded uses, then name", () => {
    // Beta and Gamma tie on class and index; Gamma has one recorded use, Beta none.
    expect(rankSpecies(scored).map((s) => s.species.record.name)).toEqual(["Acacia mangium", "Alpha", "Gamma", "Beta", "Picea abies"]);
    expect(rankSpecies(scored, ["fruit"]).map((s) => s.species.record.name)).toEqual([
      "Acacia mangium",
      "Gamma",
      "Alpha",
      "Beta",
      "Picea abies"
    ]);
  });
});

describe("countSpecies(scored) and limitingCriteria(scored, which)", () => {
  const site = makeSite(BORNEO, BORNEO_PLUS3);
  const scored = scoreSpecies([ACACIA_MANGIUM, PICEA_ABIES, makeRecord({ id: 9 })].map(prepareSpecies), site);

  it("counts species by class and by scenario change", () => {
    const counts = countSpecies(scored);
    expect(counts.total).toBe(3);
    expect(counts.present).toEqual({ suitable: 1, marginal: 0, insufficient: 1, unsuitable: 1 });
    expect(counts.change).toEqual({ kept: 1, gained: 0, lost: 0, uncertain: 1, never: 1 });
  });

  it("lists the limiting criteria that put species outside, most frequent first", () => {
    expect(limitingCriteria(scored, "present")).toEqual([
      { id: "temperature", label: "Temperature", outside: 1 },
      { id: "rainfall", label: "Rainfall", outside: 1 }
    ]);
  });
});

describe("sortSpecies(ranked, key, descending, which)", () => {
  const site = makeSite(BORNEO, BORNEO_PLUS3, { substrate: { ph: 6 } });
  const light = makeRecord({
    id: 5,
    name: "Zeta levis",
    woodDensity: 0.3,
    tempOpt: [20, 29],
    tempAbs: [15, 31],
    rainOpt: [2000, 3000],
    rainAbs: [1500, 4000]
  });
  const ranked = rankSpecies(
    scoreSpecies([ACACIA_MANGIUM, PICEA_ABIES, light, makeRecord({ id: 9, name: "Nulla" })].map(prepareSpecies), site)
  );
  const names = (xs: typeof ranked) => xs.map((s) => s.species.record.name);

  it("keeps the ranking for 'rank' and reverses it when descending", () => {
    expect(names(sortSpecies(ranked, "rank"))).toEqual(names(ranked));
    expect(names(sortSpecies(ranked, "rank", true))).toEqual(names(ranked).reverse());
  });

  it("sorts by name, scenario class and a criterion's code for the chosen climate", () => {
    expect(names(sortSpecies(ranked, "name"))).toEqual(["Acacia mangium", "Nulla", "Picea abies", "Zeta levis"]);
    // Scenario: mangium suitable, Zeta marginal (30 °C tolerable), Nulla insufficient, spruce unsuitable.
    expect(names(sortSpecies(ranked, "scenario"))).toEqual(["Acacia mangium", "Zeta levis", "Nulla", "Picea abies"]);
    // Temperature now: mangium and Zeta optimal, Nulla unknown, spruce outside; at +3 °C Zeta is tolerable.
    expect(names(sortSpecies(ranked, "temperature", false, "present"))).toEqual(["Acacia mangium", "Zeta levis", "Nulla", "Picea abies"]);
    expect(names(sortSpecies(ranked, "temperature", true, "present"))).toEqual(["Picea abies", "Nulla", "Acacia mangium", "Zeta levis"]);
  });

  it("puts species without a wood density last either way", () => {
    expect(names(sortSpecies(ranked, "woodDensity"))).toEqual(["Zeta levis", "Picea abies", "Acacia mangium", "Nulla"]);
    expect(names(sortSpecies(ranked, "woodDensity", true))).toEqual(["Acacia mangium", "Picea abies", "Zeta levis", "Nulla"]);
  });
});

describe("speciesCsvRows(ranked)", () => {
  it("writes one row per species with every column, codes as words", () => {
    const site = makeSite(BORNEO, BORNEO_PLUS3, { substrate: { ph: 5.2 } });
    const rows = speciesCsvRows(rankSpecies(scoreSpecies([ACACIA_MANGIUM, PICEA_ABIES].map(prepareSpecies), site)));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row)).toEqual(SPECIES_CSV_COLUMNS);
    expect(rows[0]).toMatchObject({
      rank: 1,
      ecocrop_id: 2658,
      species: "Acacia mangium",
      class_now: "suitable",
      scenario_change: "kept",
      temperature_now: "optimal",
      zone_now: "tolerable",
      n_fixer_noddb: "yes",
      wood_density_g_cm3: 0.507,
      uses: "fodder; timber; fuelwood; nFixation; revegetation; shade"
    });
    expect(rows[1]).toMatchObject({ species: "Picea abies", class_now: "unsuitable", scenario_change: "not suited", n_fixer_noddb: null });
  });
});

describe("speciesSiteFromAssessment(assessment)", () => {
  const soil = { ph: 4.8, ece: 1, soc: 6, sand: 85, clay: 5, silt: 10, bulkDensity: null, cec: null, metals: { Cu: 900 } };
  const figures = { tMean: 26.8, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, elevation: 40, koppen: "Af" };
  const assessment = (scenarioKoppen: string, fromStations: string) => ({
    climate: {
      present: figures,
      scenario: { ...figures, tMean: 29.8, tMinColdest: 25, koppen: scenarioKoppen },
      koppenFromStations: fromStations
    },
    soil: { properties: soil, constraints: soilConstraints(soil) }
  });

  it("takes the present and scenario climate, elevation and the substrate", () => {
    const site = speciesSiteFromAssessment(assessment("Af", "Af"))!;
    expect(site.present).toEqual({ tMean: 26.8, precAnnual: 2600, dryMonths: 1, tMinColdest: 22, koppen: "Af", growing: null });
    expect(site.scenario.tMean).toBe(29.8);
    expect(site.elevation).toBe(40);
    expect(site.substrate).toMatchObject({ ph: 4.8, ecDsM: 1, fertility: "low", texture: "light", metalsAboveScreening: ["Cu"] });
  });

  it("keeps the grid's class under the scenario when the station-based class does not change", () => {
    // Grid: Af; stations (present) and scenario both computed as Am: no change from the scenario itself.
    expect(speciesSiteFromAssessment(assessment("Am", "Am"))!.scenario.koppen).toBe("Af");
    // The scenario moves the station-based class from Af to Am: a real change.
    expect(speciesSiteFromAssessment(assessment("Am", "Af"))!.scenario.koppen).toBe("Am");
  });

  it("is null without a climate", () => {
    expect(
      speciesSiteFromAssessment({
        climate: { present: null, scenario: null, koppenFromStations: null },
        soil: { properties: soil, constraints: [] }
      })
    ).toBeNull();
  });
});

describe("describeScenario(warmingC, rainfallPct)", () => {
  it("names the warming and the rainfall change with signs", () => {
    expect(describeScenario(3, 0)).toBe("+3 °C");
    expect(describeScenario(2.54, -10)).toBe("+2.5 °C, −10 % rain");
    expect(describeScenario(1.27, -5, 2)).toBe("+1.27 °C, −5 % rain");
    expect(describeScenario(-1, 5)).toBe("−1 °C, +5 % rain");
    expect(describeScenario(0, 0)).toBe("no change");
  });
});

describe("farAboveAltitude: more than 1,000 m above the recorded maximum is unsuitable, not a caution", () => {
  // Like cashew (Anacardium occidentale, recorded to 1,200 m) at Yanacocha (3,862 m).
  const cashewLike = prepareSpecies(makeRecord({ altitudeMax: 1200 }));
  it("flags 3,862 m and 2,201 m, not 2,200 m, nor an unknown altitude or elevation", () => {
    expect(farAboveAltitude(cashewLike, 3862)).toBe(true);
    expect(farAboveAltitude(cashewLike, 2201)).toBe(true);
    expect(farAboveAltitude(cashewLike, 2200)).toBe(false); // 1,000 m above: still a caution
    expect(farAboveAltitude(cashewLike, null)).toBe(false);
    expect(farAboveAltitude(prepareSpecies(makeRecord({ altitudeMax: null })), 5000)).toBe(false);
  });
  it("makes the class unsuitable whatever the other criteria say", () => {
    const allOptimal: CriterionCode[] = CRITERIA.map(() => "optimal");
    expect(classify(allOptimal, noConstraints, true)).toBe("unsuitable");
    expect(classify(allOptimal, noConstraints, false)).toBe("suitable");
  });
});

describe("limitingCriteria counts the altitude when species are far above their recorded maximum", () => {
  it("names altitude at a 3,900 m site for a lowland species", () => {
    const lowland = prepareSpecies(
      makeRecord({ altitudeMax: 500, tempOpt: [0, 40], tempAbs: [-10, 50], rainOpt: [0, 5000], rainAbs: [0, 9000] })
    );
    const site = makeSite({ tMean: 8, precAnnual: 1000, dryMonths: 2, tMinColdest: 2, koppen: "Cfb" }, {}, { elevation: 3900 });
    const scored = scoreSpecies([lowland], site);
    expect(scored[0].present.cls).toBe("unsuitable");
    expect(limitingCriteria(scored, "present").map((c) => c.id)).toContain("altitude");
  });
});

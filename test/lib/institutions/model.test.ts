import { describe, expect, it } from "vitest";
import { bindHelpers } from "../../../src/lib/decision/helpers.js";
import { createRRandom } from "../../../src/lib/decision/rng.js";
import { ARRANGEMENTS, STAKEHOLDERS } from "../../../src/lib/institutions/arrangements.js";
import { institutionEstimates } from "../../../src/lib/institutions/estimates.js";
import { jobsForOption, jobsPerHa, jobsSummary } from "../../../src/lib/institutions/jobs.js";
import {
  allocate,
  allocateBaseline,
  bondContext,
  type InstitutionParams,
  institutionsModel,
  progressiveBond,
  readInstitutionParams
} from "../../../src/lib/institutions/model.js";
import { applyReadiness, READINESS_FACTORS } from "../../../src/lib/institutions/readiness.js";
import type { EstimateRow } from "../../../src/lib/investment/estimate-types.js";
import { restorationModel } from "../../../src/lib/investment/model.js";
import { PRODUCTS } from "../../../src/lib/investment/options.js";
import { readParams } from "../../../src/lib/investment/params.js";
import { drawStates } from "../../../src/lib/investment/states.js";
import { baselineStreams, gompertzCurve, optionStreams, type Streams, totalCashflow } from "../../../src/lib/investment/streams.js";
import { handInputs } from "../investment/fixture.js";

const inst: InstitutionParams = {
  localWageShare: 0.8,
  governmentTake: 0.1,
  handoverYear: 3,
  concessionCarbonShare: 0.5,
  coopMargin: 0.2,
  nurseryWageShare: 0.4,
  communityCarbonShare: 0.3,
  bondTrancheWorks: 0.3,
  bondTrancheEstablishment: 0.3,
  establishmentCheckYear: 5
};

const institutionInputs = (option = 1, arrangement = 1) => ({
  local_wage_share: 0.8,
  government_take: 0.1,
  handover_year: 3,
  concession_carbon_share: 0.5,
  coop_margin: 0.2,
  nursery_wage_share: 0.4,
  community_carbon_share: 0.3,
  bond_tranche_works: 0.3,
  bond_tranche_establishment: 0.3,
  establishment_check_year: 5,
  option_index: option,
  arrangement_index: arrangement
});

const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);

describe("progressiveBond(bond, inst, n)", () => {
  it("releases 30 % after works, 30 % at the establishment check and the rest at completion, with fees on what is held", () => {
    // Bond 1000, fee 2 %: held 1000 in year 1 (fee 20), 700 in years 2–4 (14), 400 in years 5–9 (8), 0 from 10.
    const { fee, release } = progressiveBond({ bond: 1000, feePct: 2, release: 10, met: true }, inst, 12);
    [0, 300, 0, 0, 300, 0, 0, 0, 0, 400, 0, 0].forEach((v, i) => expect(release[i]).toBeCloseTo(v, 9));
    expect(fee.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([-20, -14, -14, -14, -8, -8, -8, -8, -8, 0, 0, 0]);
  });
  it("keeps all but the works tranche when the criteria are not met", () => {
    const { fee, release } = progressiveBond({ bond: 1000, feePct: 2, release: 10, met: false }, inst, 6);
    expect(sum(release)).toBeCloseTo(300, 9);
    expect(fee.slice(1)).toEqual([-14, -14, -14, -14, -14]);
  });
  it("equals a single release at completion when the tranches are 0", () => {
    const { fee, release } = progressiveBond(
      { bond: 1000, feePct: 2, release: 3, met: true },
      { ...inst, bondTrancheWorks: 0, bondTrancheEstablishment: 0 },
      5
    );
    expect(release).toEqual([0, 0, 1000, 0, 0]);
    expect(fee).toEqual([-20, -20, 0, 0, 0]);
  });
});

function runStreams(x = handInputs({ fruit_net_usd_ha: 1000, carbon_price_usd_t: 10, p_penalty: 1, penalty_usd_ha: 100 })) {
  const h = bindHelpers(createRRandom(1));
  const states = drawStates(x, h);
  const p = readParams(x);
  return { x, p, states, streams: optionStreams(p, states, "agroforestry"), baseline: baselineStreams(p, states) };
}

describe("allocate(arrangement, streams, bond, inst)", () => {
  it("conserves money: stakeholders together get the option's cash flow plus local wages and penalties (transfers net out)", () => {
    const { p, states, streams } = runStreams();
    const bond = bondContext(p, states, "agroforestry");
    const total = totalCashflow(streams);
    for (const arrangement of ARRANGEMENTS) {
      const a = allocate(arrangement.key, streams, bond, inst);
      const bondAdjust = arrangement.key === "progressiveBond" ? progressiveBond(bond, inst, 5) : null;
      for (let i = 0; i < 5; i++) {
        const together = STAKEHOLDERS.reduce((s, k) => s + a.flows[k][i], 0);
        let expected = total[i] - streams.labour[i] * inst.localWageShare - streams.penalties[i];
        if (arrangement.key === "coopNursery") expected += -streams.stock[i] * inst.nurseryWageShare;
        if (bondAdjust) expected += bondAdjust.fee[i] + bondAdjust.release[i] - streams.bondFee[i] - streams.bondRelease[i];
        expect(together, `${arrangement.key} year ${i + 1}`).toBeCloseTo(expected, 9);
      }
    }
  });

  it("company-run: the company pays everything and keeps income after the government's take", () => {
    const { p, states, streams } = runStreams();
    const a = allocate("companyRun", streams, bondContext(p, states, "agroforestry"), inst);
    const products = (i: number) => PRODUCTS.reduce((s, k) => s + streams.products[k][i], 0);
    // Year 4 (index 3): wages = management 10; fruit income and carbon as in the streams.
    const i = 3;
    expect(a.flows.community[i]).toBeCloseTo(10 * 0.8, 9);
    expect(a.flows.government[i]).toBeCloseTo(0.1 * (products(i) + streams.carbon[i]) - streams.penalties[i], 9);
    expect(a.flows.investor).toEqual([0, 0, 0, 0, 0]);
  });

  it("concession: the community keeps the products and pays wages after the handover year", () => {
    const { p, states, streams } = runStreams();
    const a = allocate("concession", streams, bondContext(p, states, "agroforestry"), inst);
    const i = 3; // year 4 > handover year 3
    const products = PRODUCTS.reduce((s, k) => s + streams.products[k][i], 0);
    const wages = -streams.labour[i];
    expect(a.flows.community[i]).toBeCloseTo(products - wages + wages * 0.8 + streams.carbon[i] * 0.5 * 0.9, 9);
    expect(a.community.fruit[i]).toBeCloseTo(streams.products.fruit[i], 9);
  });

  it("cooperative nursery: the cooperative earns the margin and its wages on the stock", () => {
    const { p, states, streams } = runStreams();
    const a = allocate("coopNursery", streams, bondContext(p, states, "agroforestry"), inst);
    // Year 1 stock: 500 / 1.25 = 400 → cooperative 400 × (0.2 + 0.4) = 240.
    expect(a.community.nursery[0]).toBeCloseTo(240, 9);
  });

  it("carbon sharing: the investor funds establishment and the carbon project and takes the rest of the carbon income", () => {
    const { p, states, streams } = runStreams();
    const a = allocate("carbonSharing", streams, bondContext(p, states, "agroforestry"), inst);
    const i = 4; // year 5
    expect(a.flows.investor[i]).toBeCloseTo(streams.carbonCost[i] + streams.carbon[i] * (1 - 0.3 - 0.1), 9);
    expect(a.flows.investor[0]).toBeCloseTo(streams.stock[0] + streams.labour[0] + streams.carbonCost[0], 9);
  });

  it("rejects an unknown arrangement", () => {
    const { p, states, streams } = runStreams();
    expect(() => allocate("nope", streams, bondContext(p, states, "agroforestry"), inst)).toThrow(/unknown arrangement/);
  });
});

describe("allocateBaseline(streams)", () => {
  it("charges the company upkeep, penalties and the bond fee and gives the penalties to the government", () => {
    const { baseline } = runStreams();
    const a = allocateBaseline(baseline as Streams);
    // Upkeep 100, penalty 100 (certain), fee 20.
    expect(a.company).toEqual([-220, -220, -220, -220, -220]);
    expect(a.government).toEqual([100, 100, 100, 100, 100]);
  });
});

describe("institutionsModel(x, h)", () => {
  it("sees the same run as the investment model for the same inputs and seed", () => {
    const x = { ...handInputs({ var_CV: 10, p_drought: 0.3, fruit_net_usd_ha: 800, carbon_price_usd_t: 12 }), ...institutionInputs(3, 1) };
    const inv = restorationModel(x, bindHelpers(createRRandom(9)));
    const ins = institutionsModel(x, bindHelpers(createRRandom(9)));
    expect(ins.NPV_option).toBeCloseTo(inv.NPV_agroforestry as number, 8);
    expect(ins.Cashflow_company).toHaveLength(5);
    expect(Object.keys(ins).filter((k) => k.startsWith("Gain_"))).toHaveLength(ARRANGEMENTS.length * STAKEHOLDERS.length);
  });
  it("names a bad option index", () => {
    const x = { ...handInputs(), ...institutionInputs(9, 1) };
    expect(() => institutionsModel(x, bindHelpers(createRRandom(1)))).toThrow(/option_index/);
  });
  it("reads the institution rows it needs", () => {
    expect(() => readInstitutionParams({})).toThrow(/local_wage_share/);
  });
});

describe("institutionEstimates(option, arrangement)", () => {
  it("indexes the option and arrangement and rejects unknown ones", () => {
    const rows = institutionEstimates("bioenergy", "carbon-sharing");
    expect(rows.find((r) => r.variable === "option_index")?.lower).toBe(4);
    expect(rows.find((r) => r.variable === "arrangement_index")?.lower).toBe(4);
    expect(() => institutionEstimates("bioenergy", "nope")).toThrow(/arrangement/);
  });
});

const row = (variable: string, distribution: string, lower: number, upper: number): EstimateRow => ({
  variable,
  distribution,
  lower,
  upper,
  median: null,
  label: variable,
  description: "",
  unit: "",
  source: "test",
  group: "Risks"
});

describe("applyReadiness(rows, missing)", () => {
  it("triples the tenure-conflict chance when secure tenure is missing", () => {
    const { rows, changes } = applyReadiness([row("p_tenure_conflict", "tnorm_0_1", 0.01, 0.06)], ["policy-tenure"]);
    expect(rows[0].lower).toBeCloseTo(0.03, 12);
    expect(rows[0].upper).toBeCloseTo(0.18, 12);
    expect(changes).toEqual([
      {
        factor: "policy-tenure",
        risk: "Tenure conflict much more likely",
        variable: "p_tenure_conflict",
        from: [0.01, 0.06],
        to: [0.03, 0.18]
      }
    ]);
  });
  it("keeps chances below 1 and constants constant", () => {
    const { rows } = applyReadiness(
      [row("p_theft", "tnorm_0_1", 0.4, 0.6), row("release_year", "const", 10, 10)],
      ["social-benefit", "policy-aligned", "feedback-monitoring"]
    );
    expect(rows[0].upper).toBeLessThan(1);
    expect(rows[0].lower).toBeLessThan(rows[0].upper);
    expect(rows[1].lower).toBe(14);
    expect(rows[1].upper).toBe(14);
  });
  it("reports unknown factor ids and leaves rows alone when nothing is missing", () => {
    const input = [row("p_fire", "tnorm_0_1", 0.03, 0.15)];
    const { rows, unknown } = applyReadiness(input, ["made-up"]);
    expect(unknown).toEqual(["made-up"]);
    expect(rows).toEqual(input);
  });
  it("covers the 31 factors of the Diagnostic in three themes", () => {
    expect(READINESS_FACTORS).toHaveLength(31);
    expect(new Set(READINESS_FACTORS.map((f) => f.theme))).toEqual(new Set(["Motivate", "Enable", "Implement"]));
    expect(new Set(READINESS_FACTORS.map((f) => f.id)).size).toBe(31);
  });
});

describe("jobsPerHa(rows, option, curves, nurseryDays)", () => {
  it("counts planting, care, management and harvest days at planning values", () => {
    const x = handInputs({ fruit_net_usd_ha: 1000 });
    const rows = Object.entries(x).map(([k, v]) => row(k, "const", v, v));
    const curves = Object.fromEntries(PRODUCTS.map((p) => [p, gompertzCurve(1, 2, 4, 10, 90, 5)])) as Record<
      (typeof PRODUCTS)[number],
      number[]
    >;
    const jobs = jobsPerHa(rows, "agroforestry", curves, 3);
    // Planting 1000/125 = 8 days in year 1, beating-up 250/125 = 2 in year 2; care 5 in years 1–3; management 1.
    expect(jobs.planting.slice(0, 2)).toEqual([8, 2]);
    expect(jobs.nursery[0]).toBe(3);
    // Fruit picking: 40 days/ha × share 0.5 × growth 0.5 × curve (0.9 in year 4).
    expect(jobs.harvest[3]).toBeCloseTo(40 * 0.5 * 0.5 * 0.9, 9);
    expect(jobs.total[0]).toBeCloseTo(3 + 8 + 5 + 1, 9);
  });
});

describe("jobsForOption(rows, option, nurseryDays) and jobsSummary(jobs, areaHa)", () => {
  it("builds the timing curves from the table and gives the page's summary", () => {
    const x = handInputs({ fruit_net_usd_ha: 1000 });
    const rows = Object.entries(x).map(([k, v]) => row(k, "const", v, v));
    const curves = Object.fromEntries(
      PRODUCTS.map((p) => [p, gompertzCurve(1, x[`${p}_first_year`], x[`${p}_full_year`], 10, 90, x.n_years)])
    ) as Record<(typeof PRODUCTS)[number], number[]>;
    const jobs = jobsForOption(rows, "agroforestry", 3);
    expect(jobs).toEqual(jobsPerHa(rows, "agroforestry", curves, 3));
    // 10 ha: year 1 = 10 × (3 nursery + 8 planting + 5 care + 1 management + harvest) person-days.
    const s = jobsSummary(jobs, 10);
    expect(s.yearOne).toBeCloseTo(10 * jobs.total[0], 9);
    expect(s.fullTimeJobsYearOne).toBeCloseTo(s.yearOne / 220, 9);
    const n = jobs.total.length;
    const lastFive = jobs.total.slice(-5).reduce((a, b) => a + b, 0);
    expect(s.maturePerYear).toBeCloseTo((10 * lastFive) / Math.min(5, n), 9);
    expect(s.total).toBeCloseTo(10 * jobs.total.reduce((a, b) => a + b, 0), 9);
    expect(s.years).toBe(n);
  });

  it("names a missing timing row", () => {
    const rows = Object.entries(handInputs())
      .filter(([k]) => k !== "fruit_first_year")
      .map(([k, v]) => row(k, "const", v, v));
    expect(() => jobsForOption(rows, "agroforestry", 0)).toThrow(/fruit_first_year/);
  });
});

/**
 * Who pays and who earns: the institutions model allocates the investment model's cash-flow streams
 * (src/lib/investment/model.ts) among the mining company, the community or cooperative, the government and
 * an investor or carbon buyer, by each arrangement's rules, with a progressive bond (docs/institutions.md).
 */

import type { ModelHelpers } from "../decision/index.js";
import { discountFactors, presentValue } from "../investment/finance.js";
import type { ModelOutputs } from "../investment/model.js";
import { type Inputs, OPTION_IDS, type OptionId, PRODUCTS } from "../investment/options.js";
import { completionMet, type Params, readParams, releaseYear } from "../investment/params.js";
import { drawStates } from "../investment/states.js";
import { baselineStreams, optionStreams, type Streams, totalCashflow } from "../investment/streams.js";
import { ARRANGEMENTS, COMMUNITY_STREAMS, type CommunityStream, STAKEHOLDERS, type Stakeholder } from "./arrangements.js";
import { gainOutput, incomeOutput, NPV_OPTION, stakeholderCashflowOutput, stakeholderNpvOutput } from "./outputs.js";

/** Institutional parameters of one run (from the estimate table's Institutions rows). */
export interface InstitutionParams {
  localWageShare: number;
  governmentTake: number;
  handoverYear: number;
  concessionCarbonShare: number;
  coopMargin: number;
  nurseryWageShare: number;
  communityCarbonShare: number;
  bondTrancheWorks: number;
  bondTrancheEstablishment: number;
  establishmentCheckYear: number;
}

function need(x: Inputs, name: string): number {
  const value = x[name];
  if (typeof value !== "number" || Number.isNaN(value))
    throw new Error(`institutions model: input "${name}" is missing from the estimate table`);
  return value;
}

export function readInstitutionParams(x: Inputs): InstitutionParams {
  return {
    localWageShare: need(x, "local_wage_share"),
    governmentTake: need(x, "government_take"),
    handoverYear: Math.round(need(x, "handover_year")),
    concessionCarbonShare: need(x, "concession_carbon_share"),
    coopMargin: need(x, "coop_margin"),
    nurseryWageShare: need(x, "nursery_wage_share"),
    communityCarbonShare: need(x, "community_carbon_share"),
    bondTrancheWorks: need(x, "bond_tranche_works"),
    bondTrancheEstablishment: need(x, "bond_tranche_establishment"),
    establishmentCheckYear: Math.round(need(x, "establishment_check_year"))
  };
}

/** The bond's timing facts for one option and run. */
export interface BondContext {
  bond: number;
  feePct: number;
  /** Completion year (1-based). */
  release: number;
  /** Completion criteria met (within the horizon or not). */
  met: boolean;
}

export function bondContext(p: Params, states: Parameters<typeof completionMet>[1], option: OptionId): BondContext {
  return { bond: p.bond, feePct: p.bondFeePct, release: releaseYear(p, option), met: completionMet(p, states, option) === 1 };
}

/**
 * Progressive release: a tranche after the works (year 2), a tranche at the establishment check if the
 * criteria are met, the rest at completion if met. As for a single release, the fee of a year is due on
 * what is still held after that year's release (so a bond released in year r costs fees in years 1..r−1).
 * Returns the fee (−) and release (+) series.
 */
export function progressiveBond(b: BondContext, inst: InstitutionParams, n: number): { fee: number[]; release: number[] } {
  const release = new Array<number>(n).fill(0);
  const works = Math.min(1, Math.max(0, inst.bondTrancheWorks));
  const establishment = Math.min(1 - works, Math.max(0, inst.bondTrancheEstablishment));
  const add = (year: number, amount: number) => {
    if (year >= 1 && year <= n) release[year - 1] += amount;
  };
  add(2, works * b.bond);
  if (b.met) {
    add(Math.min(inst.establishmentCheckYear, b.release), establishment * b.bond);
    add(b.release, (1 - works - establishment) * b.bond);
  }
  const fee = new Array<number>(n);
  let held = b.bond;
  for (let i = 0; i < n; i++) {
    held -= release[i];
    fee[i] = held > 1e-9 * b.bond ? -(held * b.feePct) / 100 : 0;
  }
  return { fee, release };
}

/** Each stakeholder's cash flow per year (USD/ha), plus the community's income by stream. */
export interface Allocation {
  flows: Record<Stakeholder, number[]>;
  community: Record<CommunityStream, number[]>;
}

function emptyAllocation(n: number): Allocation {
  const zeros = () => new Array<number>(n).fill(0);
  const flows = { company: zeros(), community: zeros(), government: zeros(), investor: zeros() };
  const community = {} as Record<CommunityStream, number[]>;
  for (const s of COMMUNITY_STREAMS) community[s] = zeros();
  return { flows, community };
}

/**
 * Allocates an option's streams among the stakeholders under an arrangement (rules: ARRANGEMENTS and
 * docs/institutions.md). Transfers between stakeholders net out; payments to outsiders (contractors,
 * banks, non-local workers) are costs of the payer only.
 */
export function allocate(arrangementKey: string, s: Streams, bond: BondContext, inst: InstitutionParams): Allocation {
  const n = s.works.length;
  const a = emptyAllocation(n);
  const { company, community, government, investor } = a.flows;
  const take = inst.governmentTake;
  let bondFee = s.bondFee;
  let bondRelease = s.bondRelease;
  if (arrangementKey === "progressiveBond") {
    const progressive = progressiveBond(bond, inst, n);
    bondFee = progressive.fee;
    bondRelease = progressive.release;
  } else if (!["companyRun", "concession", "coopNursery", "carbonSharing"].includes(arrangementKey)) {
    throw new Error(`institutions: unknown arrangement "${arrangementKey}"`);
  }

  for (let i = 0; i < n; i++) {
    const year = i + 1;
    let productIncome = 0;
    for (const p of PRODUCTS) productIncome += s.products[p][i];
    const wages = -s.labour[i]; // ≥ 0: wages paid this year
    const localWages = wages * inst.localWageShare;
    const penaltiesPaid = -s.penalties[i];
    // Common: government receives penalties; community earns local wages and ecosystem services.
    government[i] += penaltiesPaid;
    community[i] += localWages + s.ecosystem[i];
    a.community.wages[i] += localWages;
    a.community.ecosystem[i] += s.ecosystem[i];
    const fixedCompanyCosts = s.works[i] + s.monitoring[i] + s.upkeep[i] + s.penalties[i] + bondFee[i] + bondRelease[i];

    if (arrangementKey === "concession") {
      const companyPaysWages = year <= inst.handoverYear;
      company[i] += fixedCompanyCosts + s.stock[i] + s.carbonCost[i] + (companyPaysWages ? s.labour[i] : 0);
      if (!companyPaysWages) community[i] += s.labour[i];
      const communityCarbon = s.carbon[i] * inst.concessionCarbonShare;
      const companyCarbon = s.carbon[i] - communityCarbon;
      company[i] += companyCarbon * (1 - take);
      community[i] += communityCarbon * (1 - take) + productIncome;
      government[i] += take * s.carbon[i];
      a.community.carbon[i] += communityCarbon * (1 - take);
      for (const p of PRODUCTS) a.community[p as CommunityStream][i] += s.products[p][i];
    } else if (arrangementKey === "carbonSharing") {
      const establishment = year <= 3;
      const investorFunds = s.stock[i] + (establishment ? s.labour[i] : 0) + s.carbonCost[i];
      investor[i] += investorFunds;
      company[i] += fixedCompanyCosts + (establishment ? 0 : s.labour[i]) + productIncome * (1 - take);
      const communityCarbon = s.carbon[i] * inst.communityCarbonShare;
      const governmentCarbon = s.carbon[i] * take;
      investor[i] += s.carbon[i] - communityCarbon - governmentCarbon;
      community[i] += communityCarbon;
      government[i] += governmentCarbon + productIncome * take;
      a.community.carbon[i] += communityCarbon;
    } else {
      // companyRun, progressiveBond, coopNursery: the company runs the site.
      let stock = s.stock[i];
      if (arrangementKey === "coopNursery") {
        const cost = -s.stock[i]; // ≥ 0
        stock = -cost * (1 + inst.coopMargin);
        const cooperative = cost * (inst.coopMargin + inst.nurseryWageShare);
        community[i] += cooperative;
        a.community.nursery[i] += cooperative;
      }
      company[i] += fixedCompanyCosts + stock + s.labour[i] + s.carbonCost[i] + (productIncome + s.carbon[i]) * (1 - take);
      government[i] += take * (productIncome + s.carbon[i]);
    }
  }
  return a;
}

/** Doing nothing, per stakeholder: the company pays upkeep, penalties and the bond fee; the government receives the penalties. */
export function allocateBaseline(s: Streams): Record<Stakeholder, number[]> {
  const n = s.works.length;
  const company = new Array<number>(n);
  const government = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    company[i] = s.upkeep[i] + s.penalties[i] + s.bondFee[i];
    government[i] = -s.penalties[i];
  }
  return { company, community: new Array<number>(n).fill(0), government, investor: new Array<number>(n).fill(0) };
}

/**
 * The institutions model (decisionSupport model function). Inputs: the investment estimate table plus the
 * Institutions rows (institutionEstimates). Outputs, per ha, USD (real), for the option chosen by
 * `option_index` (1–4, OPTION_IDS order):
 * NPV_option; Gain_<arrangement>_<stakeholder> for every arrangement (NPV under the arrangement minus under
 * doing nothing); for the arrangement chosen by `arrangement_index` (1–5, ARRANGEMENTS order):
 * NPV_<stakeholder>, Income_<stream> (community income NPV by stream), Cashflow_<stakeholder> (yearly
 * change vs doing nothing → Cashflow_<stakeholder>1..n).
 */
export function institutionsModel(x: Inputs, h: ModelHelpers): ModelOutputs {
  const states = drawStates(x, h);
  const p = readParams(x);
  const inst = readInstitutionParams(x);
  const option = OPTION_IDS[Math.round(need(x, "option_index")) - 1];
  const shown = ARRANGEMENTS[Math.round(need(x, "arrangement_index")) - 1];
  if (!option) throw new Error("institutions model: option_index must be 1–4");
  if (!shown) throw new Error(`institutions model: arrangement_index must be 1–${ARRANGEMENTS.length}`);
  const factors = discountFactors(need(x, "discount_rate"), states.n);
  const streams = optionStreams(p, states, option);
  const baseline = allocateBaseline(baselineStreams(p, states));
  const bond = bondContext(p, states, option);
  const baselineNpv = {} as Record<Stakeholder, number>;
  for (const s of STAKEHOLDERS) baselineNpv[s] = presentValue(baseline[s], factors);

  const out: ModelOutputs = { [NPV_OPTION]: presentValue(totalCashflow(streams), factors) };
  const shownAllocation = allocate(shown.key, streams, bond, inst);
  for (const arrangement of ARRANGEMENTS) {
    const allocation = arrangement === shown ? shownAllocation : allocate(arrangement.key, streams, bond, inst);
    for (const s of STAKEHOLDERS) out[gainOutput(arrangement.key, s)] = presentValue(allocation.flows[s], factors) - baselineNpv[s];
  }
  for (const s of STAKEHOLDERS) out[stakeholderNpvOutput(s)] = presentValue(shownAllocation.flows[s], factors);
  for (const stream of COMMUNITY_STREAMS) out[incomeOutput(stream)] = presentValue(shownAllocation.community[stream], factors);
  for (const s of STAKEHOLDERS) out[stakeholderCashflowOutput(s)] = shownAllocation.flows[s].map((v, i) => v - baseline[s][i]);
  return out;
}

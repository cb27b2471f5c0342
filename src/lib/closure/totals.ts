/**
 * Totals the way regulators compute them, deterministically (the Monte Carlo gives their distribution):
 * - Queensland's Estimated Rehabilitation Cost: direct costs, then project management, maintenance and
 *   monitoring and contingency as percentages of them (ERC calculator, 2022 edition: 10, 5, 10 %);
 * - Western Australia's Mining Rehabilitation Fund levy: rehabilitation liability estimate RLE = Σ hectares
 *   in each category × the category's unit rate; levy = 1 % × RLE, nil when the RLE is 50,000 AUD or less
 *   (Mining Rehabilitation Fund Regulations 2013, reg. 4). The unit rates are set in the regulations'
 *   Schedule 1; this studio could not verify them, so they are entered by the user and "unknown" until then.
 */
import type { ClosurePercentId, WaCategoryId } from "../scenario/index.js";
import { WA_CATEGORY_IDS } from "../scenario/index.js";
import type { DomainId } from "./quantities.js";

export interface RegulatorTotals {
  direct: number;
  projectManagement: number;
  maintenance: number;
  contingency: number;
  total: number;
}

/** Direct costs plus the percentages (each a share of the direct costs). */
export function regulatorTotals(direct: number, pct: Record<ClosurePercentId, number>): RegulatorTotals {
  const projectManagement = (direct * pct.projectManagementPct) / 100;
  const maintenance = (direct * pct.maintenancePct) / 100;
  const contingency = (direct * pct.contingencyPct) / 100;
  return { direct, projectManagement, maintenance, contingency, total: direct + projectManagement + maintenance + contingency };
}

/** WA's fund contribution rate (reg. 4: FCR = 1 %) and the RLE at or below which no levy is payable, AUD. */
export const WA_FUND_RATE = 0.01;
export const WA_LEVY_THRESHOLD_AUD = 50_000;

/** The studio's domains in each WA category (the regulations' categories are finer; see docs). */
export const WA_CATEGORIES: Record<WaCategoryId, { label: string; domains: DomainId[] }> = {
  tailings: { label: "Tailings or residue storage facility", domains: ["tailingsHa"] },
  wasteDump: { label: "Waste dump or overburden stockpile", domains: ["dumpsHa"] },
  pit: { label: "Open pit (abandonment bund)", domains: ["pitHa"] },
  plantInfrastructure: { label: "Processing plant, infrastructure, workshops", domains: ["plantHa", "infrastructureHa"] },
  roadsCleared: { label: "Roads, tracks and other cleared land", domains: ["roadsHa"] }
};

export interface WaLevyRow {
  id: WaCategoryId;
  label: string;
  hectares: number;
  /** AUD/ha as entered, or null (unknown). */
  rateAudHa: number | null;
  /** AUD, or null when the rate is unknown and there are hectares. */
  rle: number | null;
}

export interface WaLevy {
  rows: WaLevyRow[];
  /** Σ RLE, AUD, or null when any category with hectares has no rate. */
  rle: number | null;
  /** 1 % of the RLE (0 at or below the threshold), AUD, or null. */
  levy: number | null;
}

/** The WA view of the site's domains at the rates entered. */
export function waLevy(areas: Record<DomainId, number>, rates: Partial<Record<WaCategoryId, number>>): WaLevy {
  const rows = WA_CATEGORY_IDS.map((id): WaLevyRow => {
    const c = WA_CATEGORIES[id];
    const hectares = c.domains.reduce((s, d) => s + (areas[d] ?? 0), 0);
    const rate = rates[id] ?? null;
    return { id, label: c.label, hectares, rateAudHa: rate, rle: hectares === 0 ? 0 : rate === null ? null : hectares * rate };
  });
  const unknown = rows.some((r) => r.rle === null);
  const rle = unknown ? null : rows.reduce((s, r) => s + (r.rle ?? 0), 0);
  const levy = rle === null ? null : rle <= WA_LEVY_THRESHOLD_AUD ? 0 : rle * WA_FUND_RATE;
  return { rows, rle, levy };
}

/**
 * The restoration model's scalar inputs, read and checked once per run, and the rules that follow from
 * them alone: the release year, whether completion criteria are met, mature values per product.
 */

import { requireInput, stocking } from "./finance.js";
import { type Inputs, OPTION_IDS, OPTION_PRODUCTS, type OptionId, type Product } from "./options.js";
import type { States } from "./states.js";

/** The model's scalar inputs, read and checked once per run. */
export interface Params {
  wage: number;
  spoilGrowth: number;
  fieldSurvival: number;
  replacementRate: number;
  naturalGrowth: number;
  works: number;
  fencing: number;
  minimalWorksShare: number;
  plantingStock: number;
  seedlings: number;
  plantingRate: number;
  careDays: number;
  managementDays: number;
  monitoring: number;
  releaseYear: number;
  naturalReleaseDelay: number;
  completionStocking: number;
  /** Closure bond, USD/ha: `bond_ratio` × (earthworks + cover + amendments) of the run. */
  bond: number;
  bondFeePct: number;
  residualLiability: number;
  penalty: number;
  mai: number;
  timberNet: number;
  fuelwoodNet: number;
  fruitNet: number;
  fodderNet: number;
  honeyNet: number;
  oilSeed: number;
  oilPrice: number;
  oilHarvestKgDay: number;
  esValue: number;
  /**
   * Establishment water for planted options where the site has no rain-fed window (optional inputs,
   * 0 when the table has no such rows): set-up in year 1, USD/ha; yearly cost, USD/ha/yr; years watered.
   */
  irrigationCapex: number;
  irrigationYearly: number;
  irrigationYears: number;
  rf: Record<OptionId, number>;
  carbonAccrual: number;
  carbonBuffer: number;
  carbonMrv: number;
  carbonStart: number;
  droughtLoss: number;
  fireLoss: number;
  grazingLoss: number;
  theftLoss: number;
  tenureLoss: number;
  priceCollapseLoss: number;
  shares: Record<OptionId, Partial<Record<Product, number>>>;
}

/** An input the table may leave out (establishment water): 0 when absent. */
function optional(x: Inputs, name: string): number {
  const value = x[name];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** Reads the inputs the streams need (names as in the estimate table). */
export function readParams(x: Inputs): Params {
  const v = (name: string) => requireInput(x, name);
  const shares = {} as Record<OptionId, Partial<Record<Product, number>>>;
  for (const option of OPTION_IDS) {
    shares[option] = {};
    for (const p of OPTION_PRODUCTS[option]) shares[option][p] = v(`share_${option}_${p}`);
  }
  const works = v("earthworks_usd_ha") + v("cover_usd_ha") + v("amendments_usd_ha");
  return {
    wage: v("wage_usd_day"),
    spoilGrowth: v("spoil_growth_factor"),
    fieldSurvival: v("field_survival"),
    replacementRate: v("replacement_rate"),
    naturalGrowth: v("natural_growth_factor"),
    works,
    fencing: v("fencing_usd_ha"),
    minimalWorksShare: v("minimal_works_share"),
    plantingStock: v("planting_stock_usd_ha"),
    seedlings: v("seedlings_per_ha"),
    plantingRate: v("planting_rate"),
    careDays: v("care_days_ha"),
    managementDays: v("management_days_ha"),
    monitoring: v("monitoring_usd_ha"),
    releaseYear: Math.round(v("release_year")),
    naturalReleaseDelay: Math.round(v("natural_release_delay")),
    completionStocking: v("completion_stocking"),
    // The regulator sizes the bond on the same closure works (direct costs × the ratio for indirect costs).
    bond: v("bond_ratio") * works,
    bondFeePct: v("bond_fee_pct"),
    residualLiability: v("residual_liability_share"),
    penalty: v("penalty_usd_ha"),
    mai: v("wood_mai_m3_ha"),
    timberNet: v("timber_net_usd_m3"),
    fuelwoodNet: v("fuelwood_net_usd_m3"),
    fruitNet: v("fruit_net_usd_ha"),
    fodderNet: v("fodder_net_usd_ha"),
    honeyNet: v("honey_net_usd_ha"),
    oilSeed: v("oil_seed_t_ha"),
    oilPrice: v("oil_seed_usd_t"),
    oilHarvestKgDay: v("oil_harvest_kg_day"),
    esValue: v("es_value_usd_ha"),
    irrigationCapex: optional(x, "irrigation_capex_usd_ha"),
    irrigationYearly: optional(x, "irrigation_usd_ha_yr"),
    irrigationYears: Math.round(optional(x, "irrigation_years")),
    rf: { natural: v("rf_plantation"), plantation: v("rf_plantation"), agroforestry: v("rf_agroforestry"), bioenergy: v("rf_bioenergy") },
    carbonAccrual: v("carbon_accrual_years"),
    carbonBuffer: v("carbon_buffer_share"),
    carbonMrv: v("carbon_mrv_usd_ha"),
    carbonStart: v("carbon_start_usd_ha"),
    droughtLoss: v("drought_loss"),
    fireLoss: v("fire_loss"),
    grazingLoss: v("grazing_loss"),
    theftLoss: v("theft_loss"),
    tenureLoss: v("tenure_loss"),
    priceCollapseLoss: v("price_collapse_loss"),
    shares
  };
}

/** Year (1-based) in which the option's completion criteria are assessed and the bond is released. */
export function releaseYear(p: Params, option: OptionId): number {
  return option === "natural" ? p.releaseYear + p.naturalReleaseDelay : p.releaseYear;
}

/** Whether the option meets its completion criteria in this run (1/0). */
export function completionMet(p: Params, states: States, option: OptionId): number {
  if (option === "natural") return states.regenerationSuccess;
  return stocking(p.fieldSurvival, p.replacementRate) >= p.completionStocking ? 1 : 0;
}

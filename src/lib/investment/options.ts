/**
 * The restoration options the model compares with doing nothing, the products each yields, and the
 * shapes shared by the model's parts (docs/investment-model.md).
 */

import { OPTION_IDS, type OptionId } from "../scenario/index.js";

/** One run's inputs: estimate variable name → value. */
export type Inputs = Record<string, number>;

export { OPTION_IDS, type OptionId };

export const OPTION_NAMES: Record<OptionId, string> = {
  natural: "Natural regeneration",
  plantation: "Timber and carbon plantation",
  agroforestry: "Multistrata agroforestry",
  bioenergy: "Bioenergy-oil trees"
};

/** Product streams, named after the species use classes that yield them (records.ts UseClass). */
export const PRODUCTS = ["timber", "fuelwood", "fruit", "fodder", "honey", "oil"] as const;
export type Product = (typeof PRODUCTS)[number];

/** The products each option harvests (a species counts only for these uses in that option). */
export const OPTION_PRODUCTS: Record<OptionId, Product[]> = {
  natural: ["fuelwood", "honey"],
  plantation: ["timber", "fuelwood"],
  agroforestry: ["fruit", "fodder", "honey", "fuelwood", "timber"],
  bioenergy: ["oil", "fuelwood"]
};

/** Tonnes CO2 per tonne C (molar masses 44/12). */
export const CO2_PER_C = 44 / 12;

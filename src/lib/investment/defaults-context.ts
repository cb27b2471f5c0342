/** What the default-estimate sections share (src/lib/investment/defaults.ts builds it once). */
import type { EstimateInputs } from "./estimate-types.js";

export interface SectionContext {
  inputs: EstimateInputs;
  /** Notes for the page on what was filled from where (sections append to it). */
  notes: string[];
  countryName: string;
  /** Horizon, years. */
  H: number;
  /** Genera of the species mix, lower case (to pick SDPT rows of the same genera). */
  mixGenera: Set<string>;
}

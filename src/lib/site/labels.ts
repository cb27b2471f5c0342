/** Names the site page and its inputs show (components may import this file). */

/** Soil–water extracts an EC can be measured in: the saturated paste (ECe) or a soil:water ratio. */
export type EcMethod = "ECe" | "1:1" | "1:2" | "1:5";
export const EC_METHODS: readonly EcMethod[] = ["ECe", "1:1", "1:2", "1:5"];

/** Where the site elevation used for the lapse-rate correction came from (ClimateEstimate.elevationSource). */
export const ELEVATION_SOURCE_TEXT: Record<"given" | "grid" | "stations" | "unknown", string> = {
  given: "the site elevation you entered",
  grid: "the site elevation from the 5′ terrain grid",
  stations: "the stations' weighted elevation",
  unknown: "no correction (no elevation known)"
};

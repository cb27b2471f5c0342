/** Names the site page and its inputs show (components may import this file). */

/** Soil–water extracts an EC can be measured in: the saturated paste (ECe) or a soil:water ratio. */
export type EcMethod = "ECe" | "1:1" | "1:2" | "1:5";
export const EC_METHODS: readonly EcMethod[] = ["ECe", "1:1", "1:2", "1:5"];

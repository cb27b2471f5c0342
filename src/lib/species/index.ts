/** The species step: scoring, native status, ranking, the planting mix and their words (one file per idea). */

export { describeScenario } from "../site/climate.js";
export * from "./classify.js";
export * from "./detail.js";
export * from "./diversity.js";
export * from "./explain.js";
export * from "./feasibility.js";
export * from "./labels.js";
export * from "./mix.js";
export * from "./mix-text.js";
export * from "./native.js";
export * from "./native-trees.js";
export * from "./prepare.js";
export * from "./ranges.js";
export * from "./rank.js";
export * from "./relevance.js";
export * from "./score.js";
export * from "./site.js";
export * from "./substrate.js";
export * from "./table.js";
export * from "./zones.js";

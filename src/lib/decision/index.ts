/** The decision engine's public API (decisionSupport-compatible Monte Carlo, EVPI, PLS-VIP). */
export { createRRandom, RRandom, type RandomSource } from "./rng.js";
export {
  parseEstimateCsv,
  validateEstimate,
  writeEstimateCsv,
  parseCorrelationCsv,
  writeCorrelationCsv,
  formatIssue,
  type Estimate,
  type EstimateRow,
  type EstimateIssue,
  type CorrelationMatrix
} from "./estimate.js";
export { resolveDistribution, sampleDistribution, DistributionError, type Distribution } from "./distributions.js";
export {
  mcSimulation,
  sampleInputs,
  ModelError,
  SimulationCancelled,
  type Model,
  type ModelOutput,
  type SimulationOptions,
  type SimulationResult
} from "./simulate.js";
export { bindHelpers, vv, chanceEvent, gompertzYield, discount, tempSituations, type ModelHelpers } from "./helpers.js";
export { summarize, quantile7, mean, sd, type ColumnSummary } from "./stats.js";
export { summarizeOutputs, cashflowBands, type CashflowBand } from "./summaries.js";
export { scenarioMc, scenarioEstimate, type ScenarioRow, type ScenarioResult } from "./scenarios.js";
export { multiEvpi, empiricalEvpi, type EvpiResult, type EvpiVariable } from "./evpi.js";
export { plsVip, type PlsResult, type PlsVariable } from "./pls.js";
export { MODELS, getModel, type RegisteredModel } from "./models.js";
export type { McRequest, McResult } from "./worker-protocol.js";

/** The decision engine's public API (decisionSupport-compatible Monte Carlo, EVPI, PLS-VIP). */

export { parseCorrelationCsv, writeCorrelationCsv } from "./correlation.js";
export {
  type CsvReadOptions,
  type CsvRecord,
  type CsvScanner,
  CsvSyntaxError,
  csvField,
  csvLine,
  csvScanner,
  detectDelimiter,
  formatCsv,
  formatCsvRecords,
  guardFormula,
  parseCsv,
  parseCsvRows,
  parseCsvWithDelimiter,
  unguardFormula
} from "./csv.js";
export { type Distribution, DistributionError, resolveDistribution, sampleDistribution } from "./distributions.js";
export {
  CALCULATE_DISTRIBUTIONS,
  type CorrelationMatrix,
  type Estimate,
  type EstimateIssue,
  type EstimateRow,
  formatIssue,
  parseEstimateCsv,
  validateEstimate,
  writeEstimateCsv
} from "./estimate.js";
export { type EvpiResult, type EvpiVariable, empiricalEvpi, multiEvpi } from "./evpi.js";
export { bindHelpers, chanceEvent, discount, gompertzYield, type ModelHelpers, tempSituations, vv } from "./helpers.js";
export { finiteProblem, MAX_INPUT_MAGNITUDE, type NumberCell, readNumberCell } from "./numbers.js";
export { type PlsResult, type PlsVariable, plsVip } from "./pls.js";
export { ECHO_LENGTH, printable } from "./printable.js";
export { createRRandom, type RandomSource, RRandom } from "./rng.js";
export { type ModelEntry, type ModelLookup, runRequest, type SimulationCache, simulationCache, transferables } from "./run-request.js";
export { type ScenarioResult, type ScenarioRow, scenarioEstimate, scenarioMc } from "./scenarios.js";
export {
  formatBytes,
  type Model,
  ModelError,
  type ModelOutput,
  mcSimulation,
  SimulationCancelled,
  type SimulationOptions,
  type SimulationResult,
  sampleInputs
} from "./simulate.js";
export { pbeta } from "./special.js";
export { type ColumnSummary, mean, quantile7, quantileSorted, sd, summarize } from "./stats.js";
export { type CashflowBand, cashflowBands, summarizeOutputs } from "./summaries.js";
export type { McRequest, McResult, WorkerMessage, WorkerRequest } from "./worker-protocol.js";

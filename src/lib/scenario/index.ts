/** The Scenario: its type and defaults, the ids it may hold, how it is read from untrusted data and written to a URL. */
export * from "./amendments.js";
export * from "./closure.js";
export * from "./codec.js";
export * from "./ids.js";
export * from "./monitoring.js";
export { boundNotices, FORBIDDEN_KEYS, plainData, SCENARIO_LIMITS } from "./plain.js";
export { sanitizeScenario } from "./sanitize.js";
export * from "./types.js";

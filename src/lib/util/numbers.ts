/**
 * Numbers typed by people, read and refused the same way everywhere. Defined in the engine (the CLI and
 * the estimate reader need it) and re-exported from that module itself, not the engine's index, so that
 * importing it does not load the engine.
 */
export { finiteProblem, MAX_INPUT_MAGNITUDE, type NumberCell, readNumberCell } from "../decision/numbers.js";

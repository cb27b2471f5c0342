/** Numbers typed by people, read and refused the same way everywhere (defined in the engine, which needs it too). */
export { finiteProblem, MAX_INPUT_MAGNITUDE, type NumberCell, readNumberCell } from "../decision/index.js";

/**
 * Echoes of user input cut to a short, printable form. Defined in the engine (whose messages need it) and
 * re-exported from that module itself, not the engine's index, so that importing it does not load the engine.
 */
export { ECHO_LENGTH, printable } from "../decision/printable.js";

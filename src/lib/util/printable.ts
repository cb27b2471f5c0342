/** Echoes of user input cut to a short, printable form (defined in the engine, which needs it too). */
export { ECHO_LENGTH, printable } from "../decision/index.js";

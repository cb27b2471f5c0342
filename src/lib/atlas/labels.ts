/** How the atlas names a mine's mining method (components may import this file). */
import type { Mine } from "../data/records.js";

/** The open-pit filter's states; "any" means no filter. */
export type OpenPitFilter = "any" | "open" | "underground" | "unknown";

/** The open-pit state of a mine as the filter names it. */
export function openPitState(mine: Pick<Mine, "openPit">): Exclude<OpenPitFilter, "any"> {
  return mine.openPit === true ? "open" : mine.openPit === false ? "underground" : "unknown";
}

/** The state's label in tables and legends. */
export const OPEN_PIT_LABEL = { open: "open pit / surface", underground: "underground", unknown: "not stated" } as const;

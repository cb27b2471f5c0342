/**
 * How the closure page groups and names things (components may import these values): the sections of the
 * quantities table, and the kinds of steps in the cost waterfall with their colours (Okabe–Ito).
 */
import type { ClosureQuantityId } from "../scenario/index.js";

export const QUANTITY_GROUPS: { name: string; ids: ClosureQuantityId[] }[] = [
  { name: "Disturbed area by domain", ids: ["dumpsHa", "pitHa", "tailingsHa", "infrastructureHa", "roadsHa", "plantHa"] },
  { name: "Dump faces to re-profile", ids: ["dumpHeightM", "dumpSlopeDeg", "targetSlopeDeg"] },
  { name: "Soil layers (the site's cover rule)", ids: ["growthMediumDepthM", "coverDepthM", "tailingsCoverDepthM"] },
  { name: "Ground preparation and revegetation", ids: ["rippingHa", "seedingHa", "plantingHa", "seedlingsPerHa"] },
  { name: "Safety and structures", ids: ["fenceM", "buildingsM2", "concreteM3"] },
  { name: "Water and monitoring", ids: ["waterM3PerYear", "waterYears", "monitoringYears"] }
];

/** Waterfall step kinds: direct activities, regulator percentages, the total. */
export const STEP_COLORS = { activity: "#0072b2", percentage: "#e69f00", total: "#009e73" } as const;
export const STEP_NAMES = { activity: "direct cost of an activity", percentage: "regulator percentage", total: "total" } as const;

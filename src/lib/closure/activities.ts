/**
 * The closure activities: what work each is, its quantity from the closure quantities, and the unit rate
 * it is priced at. Order is the order of the estimate table, the model's outputs and the page's charts.
 */
import type { ClosureQuantityId, ClosureRateId } from "../scenario/index.js";
import { DOMAINS, MAX_DOZER_PUSH_M, regradeVolume } from "./quantities.js";

export const ACTIVITY_IDS = [
  "regrade",
  "pitSafety",
  "growthMedium",
  "cover",
  "ripping",
  "seeding",
  "plantingStock",
  "planting",
  "demolition",
  "concrete",
  "water",
  "monitoring",
  "mobilisation"
] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

export interface ActivityDef {
  id: ActivityId;
  label: string;
  /** Unit of the activity's quantity. */
  unit: string;
  /** Who usually carries the activity (for the hand-over to /institutions). */
  group: "earthworks" | "revegetation" | "structures" | "water" | "monitoring" | "site";
}

export const ACTIVITIES: ActivityDef[] = [
  { id: "regrade", label: "Re-profiling waste dumps", unit: "m³", group: "earthworks" },
  { id: "pitSafety", label: "Pit safety fence and bund", unit: "m", group: "earthworks" },
  { id: "growthMedium", label: "Growth medium respread", unit: "m³", group: "earthworks" },
  { id: "cover", label: "Full covers (dumps, tailings)", unit: "m³", group: "earthworks" },
  { id: "ripping", label: "Ripping compacted ground", unit: "ha", group: "earthworks" },
  { id: "seeding", label: "Seeding and mulching", unit: "ha", group: "revegetation" },
  { id: "plantingStock", label: "Planting stock", unit: "seedlings", group: "revegetation" },
  { id: "planting", label: "Planting trees and shrubs", unit: "seedlings", group: "revegetation" },
  { id: "demolition", label: "Demolition of buildings and plant", unit: "m²", group: "structures" },
  { id: "concrete", label: "Concrete foundations", unit: "m³", group: "structures" },
  { id: "water", label: "Water treatment", unit: "m³", group: "water" },
  { id: "monitoring", label: "Monitoring", unit: "ha·yr", group: "monitoring" },
  { id: "mobilisation", label: "Mobilisation and demobilisation", unit: "lump sum", group: "site" }
];

/**
 * Each activity's quantity from the closure quantities, and its rate:
 * - re-profiling: the regrade volume (regradeVolume), by dozer push, or by load and haul when the push is
 *   longer than MAX_DOZER_PUSH_M;
 * - soil layers: a full cover replaces the growth medium on the domain it covers (dumps: cover depth > 0;
 *   tailings: tailings cover depth > 0); the growth medium goes on every other domain but the pit;
 * - planting: seedlings = area planted × seedlings per ha (stock and labour);
 * - water: m³/yr × years (undiscounted); monitoring: disturbed area × years;
 * - mobilisation: one lump sum when there is any earthwork.
 */
export function activityQuantities(q: Record<ClosureQuantityId, number>): Record<ActivityId, { quantity: number; rateId: ClosureRateId }> {
  const regrade = regradeVolume(q.dumpsHa, q.dumpHeightM, q.dumpSlopeDeg, q.targetSlopeDeg);
  const dumpsCovered = q.coverDepthM > 0;
  const tailingsCovered = q.tailingsCoverDepthM > 0;
  const growthHa = (dumpsCovered ? 0 : q.dumpsHa) + (tailingsCovered ? 0 : q.tailingsHa) + q.infrastructureHa + q.roadsHa + q.plantHa;
  const seedlings = q.plantingHa * q.seedlingsPerHa;
  const growthM3 = growthHa * 10_000 * q.growthMediumDepthM;
  const coverM3 = q.dumpsHa * 10_000 * q.coverDepthM + q.tailingsHa * 10_000 * q.tailingsCoverDepthM;
  const earthworks = regrade.volumeM3 + growthM3 + coverM3 + q.rippingHa + q.fenceM;
  const disturbedHa = DOMAINS.reduce((s, d) => s + q[d], 0);
  return {
    regrade: { quantity: regrade.volumeM3, rateId: regrade.pushM > MAX_DOZER_PUSH_M ? "loadHaul" : "dozerPush" },
    pitSafety: { quantity: q.fenceM, rateId: "fencing" },
    growthMedium: { quantity: growthM3, rateId: "growthMedium" },
    cover: { quantity: coverM3, rateId: "coverPlacement" },
    ripping: { quantity: q.rippingHa, rateId: "ripping" },
    seeding: { quantity: q.seedingHa, rateId: "seeding" },
    plantingStock: { quantity: seedlings, rateId: "plantingStock" },
    planting: { quantity: seedlings, rateId: "plantingLabour" },
    demolition: { quantity: q.buildingsM2, rateId: "demolition" },
    concrete: { quantity: q.concreteM3, rateId: "concrete" },
    water: { quantity: q.waterM3PerYear * q.waterYears, rateId: "waterTreatment" },
    monitoring: { quantity: disturbedHa * q.monitoringYears, rateId: "monitoring" },
    mobilisation: { quantity: earthworks > 0 ? 1 : 0, rateId: "mobilisation" }
  };
}

/**
 * The nursery page's downloads as CSV text: the seed order list, the production schedule and the cost
 * estimates in decisionSupport's estimate-table format (readable by R's estimate_read_csv).
 * Pure: plan and calendar in, text out. Written with the project's CSV writer (src/lib/util/csv.ts), whose
 * formula guard keeps a species name such as "=HYPERLINK(…)" as text in a spreadsheet.
 */
import { formatCsvRecords } from "../util/csv.js";
import type { SpeciesSchedule } from "./calendar.js";
import type { NurseryEstimateRow } from "./estimates.js";
import { REFERENCES } from "./labels.js";
import type { NurseryPlan } from "./plan.js";

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export const SEED_ORDER_COLUMNS = [
  "species",
  "ecocrop_id",
  "seeds_to_sow",
  "germination",
  "seeds_per_kg",
  "seed_kg_to_buy",
  "price_usd_per_kg",
  "seed_cost_usd",
  "sow_by",
  "seeds_per_kg_source"
] as const;

/** One row per species: how much seed to order, by when (the sowing date), and where seeds/kg came from. */
export function seedOrderCsv(plan: NurseryPlan, schedules: SpeciesSchedule[]): string {
  const sowBy = new Map(schedules.map((s) => [s.id, s.sow]));
  const rows = plan.species.map((s) => {
    const source = s.sources.seedsPerKg;
    return {
      species: s.name,
      ecocrop_id: s.id,
      seeds_to_sow: s.sowing.seeds,
      germination: s.params.germination,
      seeds_per_kg: s.params.seedsPerKg,
      seed_kg_to_buy: round(s.seedKg, 3),
      price_usd_per_kg: s.params.seedPriceUsdPerKg,
      seed_cost_usd: round(s.costUsd.seed, 2),
      sow_by: sowBy.get(s.id) ?? "",
      seeds_per_kg_source:
        source === "user"
          ? "entered by the user"
          : `${source.assumption ? "assumption: " : ""}${source.note}${source.ref ? ` (${REFERENCES[source.ref]})` : ""}`
    };
  });
  return formatCsvRecords(SEED_ORDER_COLUMNS, rows);
}

export const SCHEDULE_COLUMNS = ["species", "ecocrop_id", "stage", "start", "end", "weeks", "count", "unit", "status", "warning"] as const;

/** One row per species and crop stage, then a "dispatch" row on the ready date with the seedlings to dispatch. */
export function productionScheduleCsv(plan: NurseryPlan, schedules: SpeciesSchedule[]): string {
  const bySpecies = new Map(plan.species.map((s) => [s.id, s]));
  const rows: Record<string, unknown>[] = [];
  for (const schedule of schedules) {
    const s = bySpecies.get(schedule.id);
    if (!s) continue;
    for (const stage of schedule.stages) {
      const [count, unit] =
        stage.stage === "germination"
          ? [s.sowing.seeds, "seeds sown"]
          : stage.stage === "pricking out"
            ? [s.toRaise, "seedlings pricked out"]
            : [s.toRaise, "seedlings raised"];
      rows.push({
        species: s.name,
        ecocrop_id: s.id,
        stage: stage.stage,
        start: stage.start,
        end: stage.end,
        weeks: stage.weeks,
        count,
        unit,
        status: schedule.status,
        warning: schedule.warning ?? ""
      });
    }
    rows.push({
      species: s.name,
      ecocrop_id: s.id,
      stage: "dispatch",
      start: schedule.ready,
      end: schedule.ready,
      weeks: 0,
      count: s.dispatch,
      unit: "seedlings dispatched",
      status: schedule.status,
      warning: schedule.warning ?? ""
    });
  }
  return formatCsvRecords(SCHEDULE_COLUMNS, rows);
}

export const ESTIMATE_COLUMNS = ["variable", "distribution", "lower", "median", "upper", "unit", "label", "Description"] as const;

/** The cost estimates as a decisionSupport estimate table (extra columns are carried along by R). */
export function estimatesCsv(rows: NurseryEstimateRow[]): string {
  return formatCsvRecords(
    ESTIMATE_COLUMNS,
    rows.map((r) => ({
      variable: r.variable,
      distribution: r.distribution,
      lower: r.lower,
      median: r.median,
      upper: r.upper,
      unit: r.unit,
      label: r.label,
      Description: r.source
    }))
  );
}

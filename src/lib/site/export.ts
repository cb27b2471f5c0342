/**
 * CSV downloads of the site page: the climate summary (present and scenario, annual and monthly) and the
 * soil constraints with their thresholds and sources. Written with the project's CSV writer
 * (src/lib/util/csv.ts: RFC 4180 quoting, formula guard); numbers rounded to 4 decimals; empty cells for
 * unknown values.
 */

import { formatCsv } from "../util/csv.js";
import { MONTH_NAMES } from "../util/format.js";
import type { ClimateAssessment, SoilAssessment } from "./assess.js";

/** Rows to CSV text (header first): numbers rounded to 4 decimals (the precision the page shows and more). */
function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const rounded = (value: string | number | null | undefined) => (typeof value === "number" ? Math.round(value * 1e4) / 1e4 : value);
  return formatCsv([header, ...rows.map((row) => row.map(rounded))]);
}

/**
 * The climate summary as a long table: one row per quantity (and month), with present and scenario
 * values. Empty when there is no climate (no station nearby): the header and a row saying so.
 */
export function climateSummaryCsv(climate: ClimateAssessment, site: { lat: number; lon: number }): string {
  const header = ["quantity", "month", "unit", "present", "scenario"];
  const { present, scenario } = climate;
  const rows: (string | number | null)[][] = [
    ["latitude", null, "degrees", site.lat, site.lat],
    ["longitude", null, "degrees", site.lon, site.lon],
    ["warming applied", null, "°C", 0, climate.warmingC],
    ["rainfall change applied", null, "%", 0, climate.rainfallPct]
  ];
  if (!present || !scenario) {
    rows.push(["no climate", null, null, climate.estimate.status === "no-station" ? climate.estimate.message : null, null]);
    return toCsv(header, rows);
  }
  const annual: [string, string, keyof typeof present][] = [
    ["annual mean temperature", "°C", "tMean"],
    ["annual rainfall", "mm", "precAnnual"],
    ["dry months (< 60 mm)", "months", "dryMonths"],
    ["mean temperature of the coldest month", "°C", "tColdestMonth"],
    ["mean daily minimum of the coldest month", "°C", "tMinColdest"],
    ["mean daily maximum of the warmest month", "°C", "tMaxWarmest"],
    ["elevation used", "m", "elevation"]
  ];
  for (const [label, unit, key] of annual) rows.push([label, null, unit, present[key] as number | null, scenario[key] as number | null]);
  rows.push(["Köppen–Geiger class", null, null, present.koppen, scenario.koppen]);
  rows.push([
    "planting window",
    null,
    "months",
    present.plantingMonths.map((m) => MONTH_NAMES[m]).join(" "),
    scenario.plantingMonths.map((m) => MONTH_NAMES[m]).join(" ")
  ]);
  rows.push(["wet seasons", null, null, present.seasons?.description ?? null, scenario.seasons?.description ?? null]);
  if (present.monthly && scenario.monthly) {
    MONTH_NAMES.forEach((month, m) =>
      rows.push(["mean temperature", month, "°C", present.monthly!.temperature[m], scenario.monthly!.temperature[m]])
    );
    MONTH_NAMES.forEach((month, m) =>
      rows.push(["rainfall", month, "mm", present.monthly!.precipitation[m], scenario.monthly!.precipitation[m]])
    );
  }
  if (climate.estimate.status === "ok") {
    for (const s of climate.estimate.stations)
      rows.push([`station ${s.name ?? s.id} (${s.id})`, null, "km; IDW weight", s.distanceKm, s.weight]);
  }
  return toCsv(header, rows);
}

/** The soil constraints as judged on the page, with the value's origin, threshold and source. */
export function constraintsCsv(soil: SoilAssessment): string {
  const header = ["constraint", "severity", "value", "unit", "value from", "threshold", "message", "source"];
  const from = (id: string) => {
    const key = id.startsWith("metal-")
      ? id.slice(6)
      : (
          {
            acidity: "ph",
            alkalinity: "ph",
            salinity: "ece",
            "low-soc": "soc",
            compaction: "bulkDensity",
            "coarse-texture": "sand",
            "low-water": "sand"
          } as Record<string, string>
        )[id];
    return (soil.sources as Record<string, string | undefined>)[key] ?? null;
  };
  return toCsv(
    header,
    soil.constraints.map((c) => [c.label, c.severity, c.value, c.unit, from(c.id), c.threshold, c.message, c.source])
  );
}

/** Reads the economics raw files and builds country-economics, removal-factors and restoration-costs. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  buildCountryEconomics,
  buildRemovalFactors,
  parseDrawdownTable,
  type RemovalFactorRecord,
  type RestorationCostRecord,
  summariseRestorationCosts
} from "../../lib/data/economics.js";
import type { CountryEconomics } from "../../lib/data/records.js";
import { DATA_DIR, readRawText } from "./raw.js";

export function loadCountryEconomics(): CountryEconomics[] {
  const rows = buildCountryEconomics({
    gdp: readRawText("economics/wb_gdp_current_usd.csv"),
    population: readRawText("economics/wb_population.csv"),
    inflation: readRawText("economics/wb_inflation_cpi.csv"),
    lending: readRawText("economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv")
  });
  const count = (f: (r: CountryEconomics) => boolean) => rows.filter(f).length;
  console.warn(
    `country-economics: ${rows.length} countries (WB aggregates left out); GDP per capita ${count((r) => r.gdpPerCapitaUsd !== null)}, inflation ${count((r) => r.inflationPct !== null)}, lending rate ${count((r) => r.lendingRatePct !== null)} (latest lending year ${Math.max(...rows.map((r) => r.lendingYear ?? 0))})`
  );
  return rows;
}

export function loadRemovalFactors(): RemovalFactorRecord[] {
  const rows = buildRemovalFactors(readRawText("economics/sdpt_v2_plantation_removal_factors.csv"));
  console.warn(`removal-factors: ${rows.length} rows with a removal factor, ${new Set(rows.map((r) => r.iso3)).size} countries`);
  return rows;
}

export const DRAWDOWN_FILES = 25;

export function loadRestorationCosts(): RestorationCostRecord[] {
  const dir = join(DATA_DIR, "economics/drawdown");
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort();
  } catch {
    throw new Error("data/economics/drawdown/: folder is missing (see data/SOURCES.md).");
  }
  if (files.length !== DRAWDOWN_FILES) throw new Error(`data/economics/drawdown/: ${files.length} CSV files, expected ${DRAWDOWN_FILES}.`);
  let withoutValue = 0;
  const records = files.flatMap((file) => {
    const parsed = parseDrawdownTable(file, readRawText(`economics/drawdown/${file}`));
    withoutValue += parsed.withoutValue;
    return parsed.records;
  });
  const excluded = records.filter((r) => r.excluded).length;
  console.warn(
    `restoration-costs: ${records.length} source rows with a value (${excluded} flagged Exclude Data?, left out of the ranges; ${withoutValue} rows without a value skipped); ${summariseRestorationCosts(records).length} solution × metric ranges; licence CC BY-NC-SA 4.0`
  );
  return records;
}

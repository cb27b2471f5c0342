/**
 * The catalogue of site datasets: what each holds, where it comes from, under which licence, its files and
 * its column dictionary (name, type, unit, meaning). The single source of truth for the /data page, the
 * loaders (which check their rows against it) and the data tests. Raw inputs: data/SOURCES.md; derivations
 * and join coverage: docs/datasets.md.
 */
import { nativeDatasets } from "./catalogue-native.js";
import type { DatasetInfo } from "./dataset-info.js";
import { ECONOMICS_DATASETS } from "./datasets-economics.js";
import { MINING_DATASETS } from "./datasets-mining.js";
import { SITE_DATASETS } from "./datasets-site.js";
import { SPECIES_DATASETS } from "./datasets-species.js";

export type { ColumnInfo, ColumnType, DatasetInfo, FlatRow, SourceInfo } from "./dataset-info.js";

/** Every site dataset, in the order the /data page lists them. */
export const datasets: DatasetInfo[] = [
  ...SPECIES_DATASETS,
  ...SITE_DATASETS,
  ...MINING_DATASETS,
  ...ECONOMICS_DATASETS,
  ...nativeDatasets
];

/** The catalogue entry of a dataset; throws for an unknown name. */
export function datasetInfo(name: string): DatasetInfo {
  const info = datasets.find((d) => d.name === name);
  if (!info) throw new Error(`Unknown dataset "${name}" (known: ${datasets.map((d) => d.name).join(", ")}).`);
  return info;
}

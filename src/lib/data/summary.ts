/** The /data page's summary of a dataset (built by src/data/datasets-summary.json.ts). */
import type { FlatRow } from "./catalogue.js";

export interface DatasetSummary {
  name: string;
  rows: number;
  /** Sizes of the download files, bytes. */
  bytes: { csv: number; parquet: number; arrow: number };
  /** The first rows, long text cut to PREVIEW_TEXT_LENGTH characters. */
  preview: FlatRow[];
}

export const PREVIEW_TEXT_LENGTH = 80;

/** The first `n` rows, with text longer than PREVIEW_TEXT_LENGTH cut and ended with "…". */
export function previewRows(rows: readonly FlatRow[], n: number): FlatRow[] {
  return rows
    .slice(0, n)
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === "string" && v.length > PREVIEW_TEXT_LENGTH ? `${v.slice(0, PREVIEW_TEXT_LENGTH - 1)}…` : v
        ])
      )
    );
}

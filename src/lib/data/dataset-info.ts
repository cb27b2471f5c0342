/** The shape of the dataset catalogue's entries (src/lib/data/catalogue.ts): sources, licences, columns. */

export type ColumnType = "string" | "integer" | "number" | "boolean";

/** One column of a flat dataset file (CSV, Parquet, Arrow). */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
  /** Unit of the values (e.g. "°C", "mm/yr", "g/cm³"), or null for text, codes and flags. */
  unit: string | null;
  meaning: string;
}

/** A row of a flat dataset: scalar values only; null = not known. */
export type FlatRow = Record<string, string | number | boolean | null>;

export interface SourceInfo {
  /** Short name, e.g. "FAO Ecocrop". */
  name: string;
  /** Files under data/ this dataset reads. */
  files: string[];
  licence: string;
  /** What to cite (required attribution). */
  citation: string;
}

export interface DatasetInfo {
  /** File stem, named after the content: data/<name>.csv, .parquet, .arrow. */
  name: string;
  title: string;
  description: string;
  sources: SourceInfo[];
  /** The most restrictive licence of the sources, in one line. */
  licence: string;
  /** True when a source is licensed for non-commercial use only. */
  nonCommercial: boolean;
  /** True when a source's licence is share-alike (derived databases must keep it). */
  shareAlike: boolean;
  /** Page-facing compact file(s), relative to the site root, if any (e.g. "data/species.json"). */
  compact: string[];
  /** Expected number of rows of the flat form: the loader fails below `minRows`; tests check both. */
  minRows: number;
  maxRows: number;
  columns: ColumnInfo[];
}

/** A column entry: name, type, unit (null when none) and meaning. */
export const col = (name: string, type: ColumnType, unit: string | null, meaning: string): ColumnInfo => ({ name, type, unit, meaning });

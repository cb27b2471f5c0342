/**
 * Columnar JSON: an array of records stored as one array per field, which is about half the size of the
 * row form (field names are written once). `toColumnar` and `fromColumnar` are exact inverses.
 */

export interface Columnar<T> {
  n: number;
  columns: { [K in keyof T]: T[K][] };
}

export function toColumnar<T extends object>(rows: readonly T[], keys: readonly (keyof T)[]): Columnar<T> {
  const columns = {} as { [K in keyof T]: T[K][] };
  for (const key of keys) columns[key] = rows.map((row) => row[key]);
  return { n: rows.length, columns };
}

/** Rebuilds the records; throws when a column's length differs from n. */
export function fromColumnar<T extends object>(data: Columnar<T>): T[] {
  const keys = Object.keys(data.columns) as (keyof T)[];
  for (const key of keys) {
    if (data.columns[key].length !== data.n)
      throw new Error(`columnar data: column ${String(key)} has ${data.columns[key].length} values, expected ${data.n}.`);
  }
  return Array.from({ length: data.n }, (_, i) => {
    const row = {} as T;
    for (const key of keys) row[key] = data.columns[key][i];
    return row;
  });
}

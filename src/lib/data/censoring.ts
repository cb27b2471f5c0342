/**
 * Detection-limit fill in laboratory data. AfSIS TXRF columns often hold one constant in most rows (e.g.
 * As 0.3 mg/kg in 95 % of samples, Mo 184.5 in 98 %): the instrument's lower limit written in place of a
 * measurement (data/SOURCES.md, AfSIS). Such a value means "below this", so it is kept as a censoring limit,
 * never as a measured value.
 */

export interface FillValue {
  /** The repeated constant, in the column's unit. */
  value: number;
  /** Rows holding exactly that value, and their share of the rows with a value. */
  count: number;
  share: number;
  /** Share of the rows with a value strictly below the constant. */
  shareBelow: number;
}

export interface FillOptions {
  /** Smallest share of rows at one constant to call it a fill (default 0.01 = 1 %). */
  minShare?: number;
  /** Smallest number of rows at the constant (default 10). */
  minCount?: number;
  /** Largest share of rows below the constant: a detection limit sits at the bottom (default 0.05). */
  maxShareBelow?: number;
}

/**
 * The detection-limit fill of one column, or null. The fill is the most common exact value when it fills at
 * least `minShare` of the rows (and `minCount` rows) and at most `maxShareBelow` of the rows lie below it:
 * a measured value repeats rarely and sits inside the distribution, a fill repeats and sits at its floor.
 * With the defaults, AfSIS TXRF Cu (mode 3.1 in 1.3 % of rows, 13 % below it) is not a fill; As (0.3 in
 * 95 %, none below) and Pb (0.4, the minimum, in 1.5 %) are.
 */
export function detectFillValue(values: Iterable<number | null>, options: FillOptions = {}): FillValue | null {
  const { minShare = 0.01, minCount = 10, maxShareBelow = 0.05 } = options;
  const counts = new Map<number, number>();
  const finite: number[] = [];
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    finite.push(value);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (finite.length === 0) return null;
  let mode = NaN;
  let count = 0;
  for (const [value, n] of counts) {
    if (n > count || (n === count && value < mode)) {
      mode = value;
      count = n;
    }
  }
  const share = count / finite.length;
  const shareBelow = finite.filter((v) => v < mode).length / finite.length;
  if (count < minCount || share < minShare || shareBelow > maxShareBelow) return null;
  return { value: mode, count, share, shareBelow };
}

/** Paging a long list or table: which rows a page shows, and how to say so. */

export interface Page {
  /** Page number, 0-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  /** Row range shown, [start, end) 0-based. */
  start: number;
  end: number;
  total: number;
}

/**
 * The rows shown on page `page` (0-based) of `total` rows, `pageSize` per page. A page past the end is
 * clamped to the last; an empty result has one empty page.
 * @throws RangeError when pageSize is not a positive whole number or total is negative.
 */
export function pageOf(total: number, page: number, pageSize: number): Page {
  if (!Number.isInteger(pageSize) || pageSize <= 0) throw new RangeError(`pageSize must be a positive whole number, got ${pageSize}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pageCount - 1);
  const start = p * pageSize;
  return { page: p, pageCount, start, end: Math.min(total, start + pageSize), total };
}

/** "Rows 51–100 of 1,234" (1-based, inclusive), or "No rows". */
export function pageLabel({ start, end, total }: Page): string {
  if (total === 0) return "No rows";
  return `Rows ${(start + 1).toLocaleString("en-US")}–${end.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
}

import { html } from "npm:htl";
import { pageLabel, pageOf } from "../lib/util/paging.js";

/** Rows to show: an array, or anything that can hand out a slice of rows on demand (a query result). */
export interface RowSource<T> {
  readonly length: number;
  slice(start: number, end: number): T[];
}

/** A column of a PagedTable. */
export interface PagedColumn<T> {
  /** Header text. */
  label: string;
  /** The cell: text (escaped), or a Node built with htl (e.g. a link). */
  cell: (row: T) => string | Node;
  /** Right-align numbers. */
  align?: "left" | "right";
  /** When set, the header is a button that asks for sorting by this key (see `sort`). */
  sortKey?: string;
}

export interface PagedTableOptions<T> {
  columns: PagedColumn<T>[];
  /** Rows per page (default 25). */
  pageSize?: number;
  /** Table caption (screen readers announce it; shown above the table). */
  caption?: string;
  /** Current sort, shown with aria-sort; `onSort(key)` is called when a sortable header is pressed. */
  sort?: { key: string; descending: boolean; onSort: (key: string) => void };
  /** Shown instead of the table when there are no rows. */
  empty?: string | Node;
  /** A test id for the table element. */
  testId?: string;
}

/**
 * A table of `rows` shown a page at a time, with previous/next buttons and a "Rows 1–25 of 1,234" status,
 * and (optionally) sortable headers as buttons, so that it works from the keyboard. All text is set
 * through htl (escaped) — cells may hold anything from a dataset or a query.
 */
export function PagedTable<T>(
  rows: RowSource<T>,
  { columns, pageSize = 25, caption, sort, empty = "No rows.", testId }: PagedTableOptions<T>
): HTMLElement {
  if (!rows.length) return html`<div class="paged-table-empty notice" role="status">${empty}</div>` as HTMLElement;
  const status = html`<span class="paged-table-status" role="status" aria-live="polite"></span>` as HTMLElement;
  const prev = html`<button type="button" aria-label="Previous page">← Previous</button>` as HTMLButtonElement;
  const next = html`<button type="button" aria-label="Next page">Next →</button>` as HTMLButtonElement;
  const tbody = html`<tbody></tbody>` as HTMLTableSectionElement;
  let page = 0;

  function header(column: PagedColumn<T>): HTMLElement {
    const align = column.align === "right" ? "right" : "left";
    if (!column.sortKey || !sort) return html`<th scope="col" style=${`text-align:${align}`}>${column.label}</th>` as HTMLElement;
    const active = sort.key === column.sortKey;
    const ariaSort = active ? (sort.descending ? "descending" : "ascending") : "none";
    const arrow = active ? (sort.descending ? " ▼" : " ▲") : "";
    const button = html`<button type="button" class="sort-button">${column.label}${arrow}</button>` as HTMLButtonElement;
    button.onclick = () => sort.onSort(column.sortKey!);
    return html`<th scope="col" aria-sort=${ariaSort} style=${`text-align:${align}`}>${button}</th>` as HTMLElement;
  }

  function render(): void {
    const p = pageOf(rows.length, page, pageSize);
    page = p.page;
    tbody.replaceChildren(
      ...rows
        .slice(p.start, p.end)
        .map(
          (row) =>
            html`<tr>${columns.map((c) => html`<td style=${c.align === "right" ? "text-align:right" : ""}>${c.cell(row)}</td>`)}</tr>` as Node
        )
    );
    status.textContent = pageLabel(p) + (p.pageCount > 1 ? ` · page ${p.page + 1} of ${p.pageCount}` : "");
    prev.disabled = p.page === 0;
    next.disabled = p.page >= p.pageCount - 1;
  }
  prev.onclick = () => {
    page--;
    render();
  };
  next.onclick = () => {
    page++;
    render();
  };
  render();

  const single = rows.length <= pageSize;
  return html`<div class="paged-table">
    <div class="paged-table-scroll">
      <table data-testid=${testId ?? null}>
        ${caption ? html`<caption>${caption}</caption>` : null}
        <thead><tr>${columns.map(header)}</tr></thead>
        ${tbody}
      </table>
    </div>
    <div class="paged-table-pager">${single ? null : prev} ${status} ${single ? null : next}</div>
  </div>` as HTMLElement;
}

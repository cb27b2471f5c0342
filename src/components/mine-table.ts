import { html } from "npm:htl";
import type { MineSortKey } from "../lib/atlas/atlas.js";
import { OPEN_PIT_LABEL, openPitState } from "../lib/atlas/labels.js";
import type { Mine } from "../lib/data/records.js";
import { PagedTable } from "./paged-table.js";

/**
 * The mines as a sortable, paged table with an "Open site" link per mine: the keyboard route to every
 * mine on the map. Sorting re-renders the table in place and keeps the focus on the pressed header.
 */
export function MineTable(
  mines: readonly Mine[],
  {
    hrefFor,
    sort: sortMines,
    pageSize = 25,
    caption
  }: {
    hrefFor: (mine: Mine) => string;
    /** The order of the rows for a column and direction (the page passes the atlas's sortMines). */
    sort: (mines: readonly Mine[], key: MineSortKey, descending: boolean) => Mine[];
    pageSize?: number;
    caption?: string;
  }
): HTMLElement {
  const root = html`<div class="mine-table"></div>` as HTMLElement;
  let sort: { key: MineSortKey; descending: boolean } = { key: "name", descending: false };

  function render(focusKey: string | null): void {
    const table = PagedTable(sortMines(mines, sort.key, sort.descending), {
      pageSize,
      caption,
      testId: "mine-table",
      empty: "No mines match these filters.",
      sort: {
        ...sort,
        onSort: (key) => {
          sort = { key: key as MineSortKey, descending: sort.key === key ? !sort.descending : false };
          render(key);
        }
      },
      columns: [
        { label: "Mine", sortKey: "name", cell: (m) => m.name },
        { label: "Country", sortKey: "country", cell: (m) => m.country ?? m.iso3 ?? "" },
        { label: "Commodities", sortKey: "commodity", cell: (m) => m.commodities.join(", ") },
        { label: "Mining method", sortKey: "openPit", cell: (m) => OPEN_PIT_LABEL[openPitState(m)] },
        { label: "Source", sortKey: "source", cell: (m) => m.source },
        {
          label: "Restore",
          cell: (m) =>
            html`<a href=${hrefFor(m)} style="white-space:nowrap" data-testid="open-site" aria-label=${`Open site: ${m.name}`}>Open site →</a>` as HTMLElement
        }
      ]
    });
    root.replaceChildren(table);
    if (focusKey) {
      const index = ["name", "country", "commodity", "openPit", "source"].indexOf(focusKey);
      root.querySelectorAll<HTMLButtonElement>("th .sort-button")[index]?.focus();
    }
  }
  render(null);
  return root;
}

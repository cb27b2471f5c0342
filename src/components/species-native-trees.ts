import { html } from "npm:htl";
import type { NativeTree } from "../lib/species/index.js";
import { WCUPS_USE_LABEL } from "../lib/species/labels.js";
import { PagedTable } from "./paged-table.js";

/**
 * The native useful trees of the site's botanical country (GlobUNT × WCVP × WCUPS): name, family, WCUPS
 * uses, how widely native, whether Ecocrop has it (then it is scored in the ranked table), and a button
 * that adds it to the must-haves (or removes it). A page at a time; text only (htl escapes data).
 */
export function NativeTreesTable(
  trees: readonly NativeTree[],
  {
    isMustHave,
    onToggle,
    areaName,
    pageSize = 20
  }: { isMustHave: (tree: NativeTree) => boolean; onToggle: (tree: NativeTree) => void; areaName: string; pageSize?: number }
): HTMLElement {
  return PagedTable(trees as NativeTree[], {
    pageSize,
    testId: "native-trees-table",
    caption: `Useful trees native to ${areaName} (WCVP), with their WCUPS uses`,
    empty: "No native useful tree matches the search.",
    columns: [
      { label: "Species", cell: (t) => html`<em>${t.name}</em>` as Node },
      { label: "Family", cell: (t) => t.family },
      { label: "Uses (WCUPS)", cell: (t) => t.uses.map((u) => WCUPS_USE_LABEL[u] ?? u).join(", ") || "not in WCUPS" },
      { label: "Native areas", cell: (t) => String(t.native.length), align: "right" },
      { label: "In Ecocrop", cell: (t) => (t.ecocropId === null ? "no: not scored" : "yes: scored above") },
      {
        label: "Planting mix",
        cell: (t) => {
          const added = isMustHave(t);
          const button =
            html`<button type="button" data-testid="native-tree-toggle" aria-label=${`${added ? "Remove" : "Add"} ${t.name} ${added ? "from" : "as"} a must-have`}>${added ? "Remove" : "Add as must-have"}</button>` as HTMLButtonElement;
          button.onclick = () => onToggle(t);
          return button;
        }
      }
    ]
  }) as HTMLElement;
}

import { html } from "npm:htl";
import type { CriterionId, ScoredSpecies, SortKey } from "../lib/species/index.js";
import { CHANGE_LABEL, CRITERIA, NATIVE_LABEL } from "../lib/species/labels.js";
import { ClassLabel, CodeBadge } from "./species-codes.js";

/** Short column headers for the criteria (the full label is the header's tooltip and aria-label). */
const SHORT: Record<string, string> = {
  temperature: "T",
  rainfall: "Rain",
  drySeason: "Dry",
  cold: "Cold",
  altitude: "Alt",
  zone: "Zone",
  ph: "pH",
  salinity: "Salt",
  aluminium: "Al",
  fertility: "Fert",
  texture: "Text",
  drainage: "Drain",
  depth: "Depth",
  metals: "Metal"
};

export interface SpeciesTableOptions {
  /** The explanation of a criterion's code for a species (on hover), computed by the page. */
  explain: (s: ScoredSpecies, id: CriterionId) => string;
  /** The uses shown for a species, in words. */
  usesOf: (s: ScoredSpecies) => string[];
  /** What is known of the species' invasion risk at the site, in words ([] = nothing recorded). */
  riskOf: (s: ScoredSpecies) => string[];
  /** Whose codes the criterion columns show. */
  which?: "present" | "scenario";
  /** Rank of a species in the ranking (1 = best). */
  rankOf: (s: ScoredSpecies) => number;
  /** Current sort; `onSort(key)` is called when a header is pressed. */
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  /** Called with the species' id when its name is pressed. */
  onSelect: (id: number) => void;
  selectedId?: number | null;
  /** How the scenario is named in headers, e.g. "+3 °C". */
  scenarioLabel?: string;
  pageSize?: number;
  /** A line drawn above row `index` (the end of the suitable species, from the page), or null for none. */
  line?: { index: number; text: string } | null;
}

/**
 * The transparent species table: rank, name, class now and under the scenario, the change, one code per
 * criterion (symbol, word for screen readers, explanation on hover), native status here (WCVP), N
 * fixation, wood density, uses and invasion risk. A page at a time; headers are buttons that sort; names are buttons that open the
 * species' detail. `rows` are in display order. Everything is text (htl escapes data).
 */
export function SpeciesTable(
  rows: readonly ScoredSpecies[],
  {
    explain,
    usesOf,
    riskOf,
    which = "present",
    rankOf,
    sort,
    onSort,
    onSelect,
    selectedId = null,
    scenarioLabel = "scenario",
    pageSize = 25,
    line = null
  }: SpeciesTableOptions
): HTMLElement {
  const status = html`<span role="status" aria-live="polite"></span>` as HTMLElement;
  const prev = html`<button type="button">← Previous</button>` as HTMLButtonElement;
  const next = html`<button type="button">Next →</button>` as HTMLButtonElement;
  const tbody = html`<tbody></tbody>` as HTMLTableSectionElement;
  let page = 0;
  let selected = selectedId;

  const header = (key: SortKey | null, text: string, title: string) => {
    if (!key) return html`<th scope="col" title=${title}>${text}</th>`;
    const active = sort.key === key;
    const button =
      html`<button type="button" class="sort-button" aria-label=${`${text}: sort by ${title}`}>${text}${active ? (sort.descending ? " ▼" : " ▲") : ""}</button>` as HTMLButtonElement;
    button.onclick = () => onSort(key);
    return html`<th scope="col" title=${title} aria-sort=${active ? (sort.descending ? "descending" : "ascending") : "none"}>${button}</th>`;
  };

  const thead = html`<thead><tr>
    ${header("rank", "#", "rank")}
    ${header("name", "Species", "species name")}
    ${header("present", "Now", "class in the present climate")}
    ${header("scenario", scenarioLabel === "no change" ? "Scenario" : scenarioLabel, `class under the scenario (${scenarioLabel})`)}
    ${header("change", "Change", "change under the scenario")}
    ${header("native", "Native here", "native status at the site's botanical country (WCVP)")}
    ${CRITERIA.map((c) => header(c.id, SHORT[c.id], `${c.label}${c.limiting ? "" : " (caution)"}, ${which === "present" ? "present climate" : scenarioLabel}`))}
    ${header(null, "N-fix", "N fixation (NodDB genus status)")}
    ${header("woodDensity", "Wood", "wood density, g/cm³ (GWDD)")}
    ${header(null, "Uses", "uses (Ecocrop detailed uses, WCUPS, NodDB)")}
    ${header(null, "Risk", "invasion risk: GRIIS (this country, other countries), IUCN 100 worst, Ecocrop weed")}
  </tr></thead>`;

  function row(s: ScoredSpecies): HTMLElement {
    const r = s.species.record;
    const nameButton =
      html`<button type="button" class="link-button sp-name" aria-label=${`Show details of ${r.name}`}>${r.name}</button>` as HTMLButtonElement;
    nameButton.onclick = () => {
      selected = r.id;
      for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("sp-selected", tr.dataset.id === String(r.id));
      onSelect(r.id);
    };
    const codes = s[which].codes;
    const uses = usesOf(s);
    const risk = riskOf(s);
    return html`<tr data-id=${r.id} data-testid="species-row" class=${selected === r.id ? "sp-selected" : ""}>
      <td>${rankOf(s)}</td>
      <td>${nameButton}${r.commonNames.length ? html` <span class="muted sp-common">${r.commonNames[0]}</span>` : ""}</td>
      <td>${ClassLabel(s.present.cls)}</td>
      <td>${ClassLabel(s.scenario.cls)}</td>
      <td data-change=${s.change}>${CHANGE_LABEL[s.change]}</td>
      <td data-native=${s.native} data-testid="native-cell">${s.native === "native" ? html`<strong>${NATIVE_LABEL[s.native]}</strong>` : NATIVE_LABEL[s.native]}</td>
      ${CRITERIA.map((c, i) => html`<td class="sp-c">${CodeBadge(codes[i], { label: c.label, note: explain(s, c.id) })}</td>`)}
      <td class="sp-c">${r.nFixer === null ? "?" : r.nFixer ? "yes" : "no"}</td>
      <td style="text-align:right">${r.woodDensity === null ? "" : r.woodDensity.toFixed(2)}</td>
      <td class="sp-uses">${uses.join(", ")}</td>
      <td class="sp-risk" data-testid="risk-cell">${risk.length ? html`<span aria-label=${`Risk: ${risk.join("; ")}`}>⚠ ${risk.join("; ")}</span>` : html`<span class="muted">none recorded</span>`}</td>
    </tr>` as HTMLElement;
  }

  function lineRow(text: string): HTMLElement {
    return html`<tr class="sp-line" data-testid="suitable-line"><td colspan=${6 + CRITERIA.length + 4}><strong>${text}</strong></td></tr>` as HTMLElement;
  }

  function render(): void {
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    page = Math.min(Math.max(0, page), pages - 1);
    const start = page * pageSize;
    const end = Math.min(rows.length, start + pageSize);
    const shown: HTMLElement[] = rows.slice(start, end).map(row);
    // The line sits above its row; at index 0 it heads every empty-of-suitable list.
    if (line && line.index < rows.length && line.index >= start && line.index < end)
      shown.splice(line.index - start, 0, lineRow(line.text));
    tbody.replaceChildren(...shown);
    status.textContent = `Species ${(start + 1).toLocaleString("en-US")}–${end.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  prev.onclick = () => {
    page--;
    render();
  };
  next.onclick = () => {
    page++;
    render();
  };
  if (!rows.length) return html`<p class="notice" role="status">No species match the filters.</p>` as HTMLElement;
  render();
  return html`<div class="sp-table-wrap">
    <div class="sp-table-scroll"><table class="sp-table" data-testid="species-table">
      <caption class="muted" style="text-align:left">Codes for the ${which === "present" ? "present climate" : `scenario (${scenarioLabel})`}; hover a code for the values behind it.</caption>
      ${thead}${tbody}</table></div>
    <div class="sp-pager no-print">${prev}${next}${status}</div>
  </div>` as HTMLElement;
}

import { html } from "npm:htl";
import type { UseClass } from "../lib/data/records.js";
import type { MixResult } from "../lib/species/index.js";
import { NATIVE_LABEL, USE_LABEL } from "../lib/species/labels.js";
import { ClassLabel } from "./species-codes.js";

/**
 * The planting mix: each species with its share of stems, role (nurse or diversity), native or exotic, classes now and
 * under the scenario and why it is in; the mix's functional diversity (Rao's Q) and what it covers.
 */
export function MixView(
  mix: MixResult,
  {
    scenarioLabel = "the scenario",
    coverage = []
  }: {
    scenarioLabel?: string;
    /** Uses the mix provides and how many species provide each (mixUseCoverage), computed by the page. */
    coverage?: readonly { use: UseClass; species: number }[];
  } = {}
): HTMLElement {
  if (!mix.members.length)
    return html`<div class="notice warning" role="status" data-testid="species-mix">No species can go in the mix: ${mix.notes.join(" ") || "none is viable with the current filters."}</div>` as HTMLElement;
  const records = mix.members.map((m) => m.scored.species.record);
  const natives = mix.members.filter((m) => m.origin === "native").length;
  const densities = records.map((r) => r.woodDensity).filter((w): w is number => w !== null);
  const fixers = records.filter((r) => r.nFixer === true).length;
  return html`<div data-testid="species-mix">
    ${mix.notes.length ? html`<div class="notice warning" role="status"><ul>${mix.notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ""}
    <div class="sp-table-scroll"><table class="sp-mix">
      <thead><tr><th scope="col">Species</th><th scope="col">Share of stems</th><th scope="col">Role</th><th scope="col">Native or exotic (WCVP)</th><th scope="col">Now</th><th scope="col">Under ${scenarioLabel}</th><th scope="col">Why it is in</th></tr></thead>
      <tbody>${mix.members.map(
        (m) => html`<tr data-testid="mix-member" data-id=${m.id}>
          <td><em>${m.name}</em></td>
          <td style="text-align:right">${m.percent} %</td>
          <td>${m.role}</td>
          <td data-origin=${m.origin} data-testid="mix-origin">${m.origin === "native" ? html`<strong>native</strong>` : html`exotic <span class="muted">(${NATIVE_LABEL[m.scored.native]})</span>`}</td>
          <td>${ClassLabel(m.scored.present.cls)}</td>
          <td>${ClassLabel(m.scored.scenario.cls)}</td>
          <td>${m.reason}</td>
        </tr>`
      )}</tbody>
    </table></div>
    <p>
      <span data-testid="mix-native-count">${natives} of ${mix.members.length} species native here</span>.
      Functional diversity (Rao's Q on Gower distances, 0–1): <strong data-testid="mix-rao">${mix.raoQ.toFixed(3)}</strong>.
      ${fixers} N-fixer${fixers === 1 ? "" : "s"};
      wood density ${densities.length ? `${Math.min(...densities).toFixed(2)}–${Math.max(...densities).toFixed(2)} g/cm³` : "not recorded"};
      uses: ${coverage.map((u) => `${USE_LABEL[u.use]} (${u.species})`).join(", ") || "none recorded"}.
    </p>
  </div>` as HTMLElement;
}

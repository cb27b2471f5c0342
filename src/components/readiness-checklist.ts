/**
 * The readiness checklist after the WRI/IUCN Restoration Diagnostic: the key success factors grouped by
 * theme (motivate, enable, implement) and feature, each a checkbox "in place". An unticked factor is
 * missing; where the model represents it, the risk it raises is named beside it. The element's value is
 * the list of missing factor ids (an "input" event fires on change, for Framework's view()).
 */
import { html } from "npm:htl";
import type { ReadinessFactor } from "../lib/institutions/readiness.js";

export function ReadinessChecklist(
  factors: readonly ReadinessFactor[],
  { missing = [] as readonly string[] } = {}
): HTMLElement & { value: string[] } {
  let value = factors.filter((f) => missing.includes(f.id)).map((f) => f.id);
  const root = html`<div class="readiness" data-testid="readiness"></div>` as HTMLElement & { value: string[] };
  for (const theme of [...new Set(factors.map((f) => f.theme))]) {
    const themeFactors = factors.filter((f) => f.theme === theme);
    const fieldset = html`<fieldset><legend><strong>${theme}</strong></legend></fieldset>` as HTMLFieldSetElement;
    for (const feature of [...new Set(themeFactors.map((f) => f.feature))]) {
      fieldset.append(html`<div class="muted small">${feature}</div>` as Node);
      for (const factor of themeFactors.filter((f) => f.feature === feature)) {
        const box =
          html`<input type="checkbox" checked=${!value.includes(factor.id)} data-testid=${`factor-${factor.id}`}>` as HTMLInputElement;
        const risk =
          html`<span class="risk">${factor.risk ? `If missing: ${factor.risk.toLowerCase()}.` : "Context only (no link in the model)."}</span>` as HTMLElement;
        box.addEventListener("change", () => {
          value = box.checked ? value.filter((id) => id !== factor.id) : [...value, factor.id];
          root.dispatchEvent(new Event("input", { bubbles: true }));
        });
        box.addEventListener("input", (event) => event.stopPropagation());
        fieldset.append(html`<label>${box} ${factor.text} ${risk}</label>` as Node);
      }
    }
    root.append(fieldset);
  }
  Object.defineProperty(root, "value", { get: () => value, set: (v: string[]) => (value = v) });
  return root;
}

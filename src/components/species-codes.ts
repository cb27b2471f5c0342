import { html } from "npm:htl";
import { CLASS_LABEL, CODE_SYMBOL, CODE_WORD, type CriterionCode, type SuitabilityClass } from "../lib/species/labels.js";

/**
 * One criterion's code as a badge: the symbol (+ ± − ?), a tint that repeats it (never alone), a label
 * for screen readers ("Temperature: optimal") and the explanation as a tooltip. Text only (htl escapes).
 */
export function CodeBadge(code: CriterionCode, { label, note }: { label: string; note?: string }): HTMLElement {
  const word = CODE_WORD[code];
  return html`<span class=${`sp-code sp-${code}`} role="img" aria-label=${`${label}: ${word}`} title=${`${label}: ${note ?? word}`} data-code=${code}>${CODE_SYMBOL[code]}</span>` as HTMLElement;
}

/** A suitability class with its swatch and word. */
export function ClassLabel(cls: SuitabilityClass): HTMLElement {
  return html`<span class=${`sp-class sp-class-${cls}`} data-class=${cls}>${CLASS_LABEL[cls]}</span>` as HTMLElement;
}

/** The legend of the codes, with what each means. */
export function CodeLegend(): HTMLElement {
  const items: [CriterionCode, string][] = [
    ["optimal", "optimal: within the species' optimal range"],
    ["tolerable", "tolerable: within its absolute limits"],
    ["outside", "outside its limits"],
    ["unknown", "unknown: no data for the site or the species (never assumed tolerant)"]
  ];
  return html`<div class="sp-legend" aria-label="Legend of the criterion codes">${items.map(
    ([code, text]) => html`<span>${CodeBadge(code, { label: "Legend", note: text })} ${text}</span>`
  )}</div>` as HTMLElement;
}

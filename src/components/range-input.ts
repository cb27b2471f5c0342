/**
 * Inputs.range with both of its controls labelled. Inputs.range pairs a number box with a slider, and its
 * <label> names only the number box, so the slider is an unlabelled form control for a screen reader
 * (axe rule "label", WCAG 4.1.2). The slider gets the same label as an aria-label.
 */
import * as Inputs from "npm:@observablehq/inputs";

export function rangeInput(extent: [number, number], options: { label: string; step?: number; value?: number }): HTMLElement {
  const form = Inputs.range(extent, options) as HTMLElement;
  form.querySelector("input[type=range]")?.setAttribute("aria-label", options.label);
  return form;
}

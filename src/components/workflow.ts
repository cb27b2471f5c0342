import { html } from "npm:htl";
import type { Route } from "../lib/workflow/routes.js";

/**
 * The workflow as a row of linked steps (a numbered list: screen readers announce the order).
 * Route text is static project data, and htl escapes it anyway.
 */
export function workflowList(steps: Route[], { numbered = true }: { numbered?: boolean } = {}): HTMLElement {
  const items = steps.map(
    (step) => html`<li><a href=${`.${step.path}`}>
      <span class="step-name">${step.name}</span>
      <span class="step-question">${step.question}</span>
    </a></li>`
  );
  return numbered
    ? (html`<ol class="workflow">${items}</ol>` as HTMLElement)
    : (html`<ul class="workflow unnumbered">${items}</ul>` as HTMLElement);
}

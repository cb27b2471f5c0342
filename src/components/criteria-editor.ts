/**
 * The completion-criteria builder: one row per criterion — Recovery Wheel sub-attribute, indicator,
 * target, reference site value, deadline and confidence — with buttons to add, remove and reset to the
 * plan's defaults. The element's value is the list of criteria (an "input" event fires on every valid
 * change, for Framework's view()); a value out of range is named beside the table and not taken.
 * Also: a planting-date field and the hand ratings of the Recovery Wheel (both view()-able inputs).
 */
import { html } from "npm:htl";
import { INDICATORS, type Indicator, indicatorById, indicatorsForSub } from "../lib/monitoring/indicator-labels.js";
import { ATTRIBUTES, SUB_ATTRIBUTES } from "../lib/monitoring/wheel-labels.js";
import { type Criterion, isIsoDate, LIMITS, MAX_STARS } from "../lib/scenario/index.js";

type Editable = HTMLElement & { value: Criterion[] };

const CONFIDENCES = [0.8, 0.9, 0.95, 0.99];
const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;

function subSelect(value: string, label: string): HTMLSelectElement {
  return html`<select aria-label=${label}>${ATTRIBUTES.map(
    (a) =>
      html`<optgroup label=${a.label}>${SUB_ATTRIBUTES.filter((s) => s.attribute === a.id).map((s) => {
        const usable = indicatorsForSub(s.id).length > 0;
        return html`<option value=${s.id} selected=${s.id === value} disabled=${!usable}>${s.label}${usable ? "" : " (rate by hand)"}</option>`;
      })}</optgroup>`
  )}</select>` as HTMLSelectElement;
}

function indicatorOptions(select: HTMLSelectElement, sub: string, value: string): void {
  select.replaceChildren(
    ...indicatorsForSub(sub).map((i) => html`<option value=${i.id} selected=${i.id === value}>${i.label} (${i.unit})</option>` as Node)
  );
}

/** The criteria table; `defaults()` gives the plan's default criteria for the reset button. */
export function CriteriaEditor(initial: readonly Criterion[], { defaults }: { defaults: () => Criterion[] }): Editable {
  let value: Criterion[] = initial.map((c) => ({ ...c }));
  const body = html`<tbody></tbody>` as HTMLTableSectionElement;
  const message = html`<p class="muted small" role="status" aria-live="polite" data-testid="criteria-message"></p>` as HTMLElement;
  const root = html`<div class="criteria-editor" data-testid="criteria-editor">
    <div class="table-scroll" tabindex="0" role="region" aria-label="Completion criteria (scrolls sideways)">
      <table class="site-table criteria-table">
        <caption>Completion criteria: each row is judged on the monitoring data below</caption>
        <thead><tr>
          <th scope="col">Recovery Wheel sub-attribute</th><th scope="col">Indicator</th>
          <th scope="col">Target (empty: default)</th><th scope="col">Reference site value</th>
          <th scope="col">Deadline, years after planting</th><th scope="col">Confidence (one-sided)</th><th scope="col"><span class="sr-only">Remove</span></th>
        </tr></thead>
        ${body}
      </table>
    </div>
    ${message}
  </div>` as Editable;

  const emit = () => root.dispatchEvent(new Event("input", { bubbles: true }));
  const number = (input: HTMLInputElement) => (input.value.trim() === "" ? null : Number(input.value));

  function row(criterion: Criterion, index: number): HTMLTableRowElement {
    const n = index + 1;
    const sub = subSelect(criterion.sub, `Sub-attribute of criterion ${n}`);
    const indicator = html`<select aria-label=${`Indicator of criterion ${n}`}></select>` as HTMLSelectElement;
    indicatorOptions(indicator, criterion.sub, criterion.indicator);
    const unit = html`<span class="unit"></span>` as HTMLElement;
    const target =
      html`<input type="number" step="any" style="width:6em" aria-label=${`Target of criterion ${n}`} value=${criterion.target ?? ""}>` as HTMLInputElement;
    const reference =
      html`<input type="number" step="any" style="width:6em" aria-label=${`Reference site value of criterion ${n}`} value=${criterion.reference ?? ""}>` as HTMLInputElement;
    const years =
      html`<input type="number" step="0.5" min="0" max="100" style="width:4.5em" aria-label=${`Deadline of criterion ${n}, years after planting`} value=${criterion.years}>` as HTMLInputElement;
    const levels = CONFIDENCES.includes(criterion.confidence) ? CONFIDENCES : [...CONFIDENCES, criterion.confidence].sort();
    const confidence = html`<select aria-label=${`Confidence of criterion ${n}`}>${levels.map(
      (c) => html`<option value=${c} selected=${c === criterion.confidence}>${percent(c)}</option>`
    )}</select>` as HTMLSelectElement;
    const remove = html`<button type="button" aria-label=${`Remove criterion ${n}`}>Remove</button>` as HTMLButtonElement;
    const showUnit = () => {
      const i = indicatorById(indicator.value)!;
      unit.textContent = i.unit;
      target.placeholder = i.defaultTarget === null ? "none" : i.defaultTarget === "density" ? "90 % of density" : String(i.defaultTarget);
    };
    showUnit();
    const update = () => {
      const i = indicatorById(indicator.value)!;
      const t = number(target);
      const r = number(reference);
      const y = number(years);
      const problem =
        t !== null && !(t >= i.min && t <= i.max)
          ? `Criterion ${n}: the target must be from ${i.min} to ${i.max} ${i.unit}.`
          : r !== null && !(r >= i.min && r <= i.max)
            ? `Criterion ${n}: the reference value must be from ${i.min} to ${i.max} ${i.unit}.`
            : y === null || !(y >= LIMITS.years[0] && y <= LIMITS.years[1])
              ? `Criterion ${n}: the deadline must be from ${LIMITS.years[0]} to ${LIMITS.years[1]} years.`
              : null;
      message.textContent = problem ?? "";
      if (problem) return;
      value = value.map((c, j) =>
        j === index ? { sub: sub.value, indicator: i.id, target: t, reference: r, years: y!, confidence: Number(confidence.value) } : c
      );
      emit();
    };
    sub.onchange = () => {
      const fits = indicatorsForSub(sub.value);
      indicatorOptions(indicator, sub.value, fits.some((i) => i.id === indicator.value) ? indicator.value : fits[0].id);
      showUnit();
      update();
    };
    indicator.onchange = () => {
      showUnit();
      update();
    };
    for (const input of [target, reference, years]) input.oninput = update;
    confidence.onchange = update;
    remove.onclick = () => {
      value = value.filter((_, j) => j !== index);
      render();
      emit();
    };
    // Keep the inner inputs' own events from reaching view() with a non-criteria value.
    for (const el of [sub, indicator, target, reference, years, confidence])
      el.addEventListener("input", (event) => {
        event.stopPropagation();
      });
    return html`<tr data-testid="criterion-row" data-indicator=${criterion.indicator}>
      <td>${sub}</td><td>${indicator}</td><td>${target} ${unit}</td><td>${reference}</td><td>${years}</td><td>${confidence}</td><td>${remove}</td>
    </tr>` as HTMLTableRowElement;
  }

  function render() {
    body.replaceChildren(...value.map(row));
    if (!value.length)
      body.append(html`<tr><td colspan="7" class="muted">No criteria: add one, or reset to the plan's defaults.</td></tr>` as Node);
  }

  const add = html`<button type="button" data-testid="add-criterion">Add a criterion</button>` as HTMLButtonElement;
  add.onclick = () => {
    if (value.length >= LIMITS.criteria) {
      message.textContent = `At most ${LIMITS.criteria} criteria.`;
      return;
    }
    const first = INDICATORS[0];
    value = [
      ...value,
      { sub: first.subs[0], indicator: first.id, target: null, reference: null, years: first.defaultYears, confidence: 0.9 }
    ];
    render();
    emit();
  };
  const reset = html`<button type="button" data-testid="reset-criteria">Reset to the plan's defaults</button>` as HTMLButtonElement;
  reset.onclick = () => {
    value = defaults();
    render();
    message.textContent = "";
    emit();
  };
  root.append(html`<p class="no-print">${add} ${reset}</p>` as Node);
  render();
  Object.defineProperty(root, "value", {
    get: () => value,
    set: (v: Criterion[]) => {
      value = v;
      render();
    }
  });
  return root;
}

/** Where each indicator's default target and deadline come from, flagging the assumptions. */
export function DefaultsList(indicators: readonly Indicator[] = INDICATORS): HTMLElement {
  const badge = (assumption: boolean) => (assumption ? html`<strong class="assumption">Assumption — replace: </strong>` : "");
  return html`<dl class="column-help" data-testid="criteria-defaults">${indicators.map(
    (i) => html`<dt>${i.label} (${i.unit}, ${i.better === "higher" ? "at least" : "at most"} the target)</dt>
      <dd>Target ${i.defaultTarget === null ? "none by default" : i.defaultTarget === "density" ? "90 % of the planting density" : `${i.defaultTarget} ${i.unit}`}: ${badge(i.targetSource.assumption)}${i.targetSource.text}.
        Deadline year ${i.defaultYears}: ${badge(i.yearsSource.assumption)}${i.yearsSource.text}.</dd>`
  )}</dl>` as HTMLElement;
}

/** A labelled date field (yyyy-mm-dd) whose value is the ISO date or null when empty or invalid. */
export function DateField({
  label,
  value,
  testId
}: {
  label: string;
  value: string | null;
  testId?: string;
}): HTMLElement & { value: string | null } {
  const input = html`<input type="date" value=${value ?? ""} data-testid=${testId ?? null}>` as HTMLInputElement;
  const root = html`<div class="date-field"><label>${label} ${input}</label></div>` as HTMLElement & { value: string | null };
  let current = value;
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    const v = input.value;
    current = v && isIsoDate(v) ? v : null;
    root.dispatchEvent(new Event("input", { bubbles: true }));
  });
  Object.defineProperty(root, "value", {
    get: () => current,
    set: (v: string | null) => {
      current = v;
      input.value = v ?? "";
    }
  });
  return root;
}

/** Hand ratings (0–5 stars, or none) of the 18 sub-attributes; the value maps sub-attribute ids to stars. */
export function RatingsForm(initial: Readonly<Record<string, number>>): HTMLElement & { value: Record<string, number> } {
  let value: Record<string, number> = { ...initial };
  const root = html`<div class="table-scroll" tabindex="0" role="region" aria-label="Hand ratings (scrolls sideways)">
    <table class="site-table" data-testid="ratings-form">
      <caption>Your ratings, 0–5 stars against the reference ecosystem (used where there is no evidence)</caption>
      <thead><tr><th scope="col">Attribute</th><th scope="col">Sub-attribute</th><th scope="col">Rating</th></tr></thead>
      <tbody></tbody>
    </table>
  </div>` as HTMLElement & { value: Record<string, number> };
  const body = root.querySelector("tbody")!;
  for (const s of SUB_ATTRIBUTES) {
    const attribute = ATTRIBUTES.find((a) => a.id === s.attribute)!;
    const current = Object.hasOwn(value, s.id) ? value[s.id] : null;
    const select = html`<select aria-label=${`Rating of ${s.label}`}>
      <option value="" selected=${current === null}>not rated</option>
      ${Array.from({ length: MAX_STARS + 1 }, (_, k) => html`<option value=${k} selected=${current === k}>${k} ★</option>`)}
    </select>` as HTMLSelectElement;
    select.addEventListener("input", (event) => event.stopPropagation());
    select.onchange = () => {
      const next: Record<string, number> = {};
      for (const [k, v] of Object.entries(value)) if (k !== s.id) next[k] = v;
      if (select.value !== "") next[s.id] = Number(select.value);
      value = next;
      root.dispatchEvent(new Event("input", { bubbles: true }));
    };
    body.append(html`<tr><td>${attribute.label}</td><th scope="row">${s.label}</th><td>${select}</td></tr>` as Node);
  }
  Object.defineProperty(root, "value", { get: () => value, set: (v: Record<string, number>) => (value = v) });
  return root;
}

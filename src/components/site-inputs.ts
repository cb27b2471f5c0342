import { html } from "npm:htl";
import type { Mine } from "../lib/data/records.js";
import { SPOIL_FIELDS, type SpoilField } from "../lib/scenario/index.js";
import type { ClimatePreset } from "../lib/site/climate-change.js";
import { EC_METHODS, type EcMethod } from "../lib/site/labels.js";

export interface PickedSite {
  lat: number;
  lon: number;
  name: string | null;
}

/**
 * Latitude and longitude fields (and an optional name) with a button: the keyboard route to choosing a
 * site. Checks the numbers and says what is wrong in plain text.
 */
export function CoordinatesForm({ site, onPick }: { site: PickedSite | null; onPick: (site: PickedSite) => void }): HTMLFormElement {
  const lat =
    html`<input type="number" step="any" min="-90" max="90" name="lat" required value=${site?.lat ?? ""} style="width:8em">` as HTMLInputElement;
  const lon =
    html`<input type="number" step="any" min="-180" max="180" name="lon" required value=${site?.lon ?? ""} style="width:8em">` as HTMLInputElement;
  const name = html`<input type="text" name="name" maxlength="120" value=${site?.name ?? ""} style="width:14em">` as HTMLInputElement;
  const message = html`<span class="muted" role="status" aria-live="polite"></span>` as HTMLElement;
  const form = html`<form class="coordinates-form" data-testid="coordinates-form">
    <label>Latitude (°, −90 to 90) ${lat}</label>
    <label>Longitude (°, −180 to 180) ${lon}</label>
    <label>Name (optional) ${name}</label>
    <button type="submit">Use these coordinates</button>
    ${message}
  </form>` as HTMLFormElement;
  form.onsubmit = (event) => {
    event.preventDefault();
    const la = Number(lat.value);
    const lo = Number(lon.value);
    if (lat.value.trim() === "" || !Number.isFinite(la) || la < -90 || la > 90)
      message.textContent = "Latitude must be a number from −90 to 90.";
    else if (lon.value.trim() === "" || !Number.isFinite(lo) || lo < -180 || lo > 180)
      message.textContent = "Longitude must be a number from −180 to 180.";
    else {
      message.textContent = "";
      onPick({ lat: la, lon: lo, name: name.value.trim() || null });
    }
  };
  return form;
}

/**
 * A search box over the mines: typing two or more letters lists up to `limit` mines whose name (or
 * country) contains them; choosing one picks its position.
 */
export function MineSearch(
  mines: readonly Mine[],
  { onPick, limit = 12 }: { onPick: (site: PickedSite) => void; limit?: number }
): HTMLElement {
  const input =
    html`<input type="search" placeholder="e.g. Kansanshi, Grasberg, Carajás" autocomplete="off" style="width:20em" data-testid="mine-search">` as HTMLInputElement;
  const results = html`<ul class="mine-results" aria-live="polite"></ul>` as HTMLUListElement;
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const folded = mines.map((m) => ({ mine: m, key: fold(`${m.name} ${m.country ?? ""}`) }));
  input.oninput = () => {
    const q = fold(input.value.trim());
    results.replaceChildren();
    if (q.length < 2) return;
    const hits = folded.filter((m) => m.key.includes(q)).slice(0, limit);
    if (!hits.length) {
      results.append(html`<li class="muted">No mine matches “${input.value.trim()}”.</li>` as HTMLElement);
      return;
    }
    for (const { mine } of hits) {
      const button = html`<button type="button" class="link-button">${mine.name}</button>` as HTMLButtonElement;
      button.onclick = () => onPick({ lat: mine.lat, lon: mine.lon, name: mine.name });
      results.append(
        html`<li>${button} <span class="muted small">${[mine.country, mine.commodities.slice(0, 3).join(", "), mine.source].filter(Boolean).join(" · ")}</span></li>` as HTMLElement
      );
    }
  };
  return html`<div class="mine-search"><label>Find a mine by name ${input}</label>${results}</div>` as HTMLElement;
}

export interface ClimateSetting {
  warmingC: number;
  rainfallPct: number;
  preset: string | null;
}

/**
 * Climate-change settings: preset buttons (present climate and the region's AR6 warming), and the
 * warming (°C) and rainfall change (%) fields. Choosing a preset fills the fields; editing a field makes
 * the setting custom. The element's value is {warmingC, rainfallPct, preset}; it emits "input".
 */
export function ClimateChangeControls(presets: readonly ClimatePreset[], initial: ClimateSetting): HTMLElement & { value: ClimateSetting } {
  const warming =
    html`<input type="number" step="0.05" min="-2" max="8" value=${initial.warmingC} style="width:6em" data-testid="warming-input">` as HTMLInputElement;
  const rainfall =
    html`<input type="number" step="1" min="-60" max="60" value=${initial.rainfallPct} style="width:6em" data-testid="rainfall-input">` as HTMLInputElement;
  const message = html`<span class="muted small" role="status"></span>` as HTMLElement;
  const source = html`<p class="muted small" data-testid="preset-source"></p>` as HTMLElement;
  const element = html`<div class="climate-controls">
    <div class="preset-buttons" role="group" aria-label="Climate-change presets">${presets.map((p) => {
      const b =
        html`<button type="button" data-preset=${p.id} aria-pressed="false">${p.label}${p.id === "present" ? "" : ` (+${p.warmingC.toFixed(2)} °C)`}</button>` as HTMLButtonElement;
      b.onclick = () => {
        warming.value = String(p.warmingC);
        rainfall.value = String(p.rainfallPct);
        update(p.id);
      };
      return b;
    })}</div>
    <div class="climate-fields">
      <label>Warming (°C, −2 to 8) ${warming}</label>
      <label>Rainfall change (%, −60 to 60) ${rainfall}</label>
      ${message}
    </div>
    ${source}
  </div>` as HTMLElement & { value: ClimateSetting };
  const read = (input: HTMLInputElement, min: number, max: number) => {
    const x = Number(input.value);
    return input.value.trim() !== "" && Number.isFinite(x) && x >= min && x <= max ? x : null;
  };
  function update(preset: string | null) {
    const w = read(warming, -2, 8);
    const r = read(rainfall, -60, 60);
    if (w === null || r === null) {
      message.textContent = w === null ? "Warming must be a number from −2 to 8 °C." : "Rainfall change must be a number from −60 to 60 %.";
      return;
    }
    message.textContent = "";
    const chosen = presets.find((p) => p.id === preset) ?? null;
    for (const b of element.querySelectorAll<HTMLButtonElement>("button[data-preset]"))
      b.setAttribute("aria-pressed", String(b.dataset.preset === preset));
    source.textContent = chosen ? chosen.source : "Set by hand.";
    element.value = { warmingC: w, rainfallPct: r, preset: chosen ? chosen.id : null };
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }
  warming.oninput = () => update(null);
  rainfall.oninput = () => update(null);
  element.value = { ...initial };
  const start = presets.find((p) => p.id === initial.preset);
  for (const b of element.querySelectorAll<HTMLButtonElement>("button[data-preset]"))
    b.setAttribute("aria-pressed", String(b.dataset.preset === start?.id));
  source.textContent = start ? start.source : initial.warmingC || initial.rainfallPct ? "Set by hand." : "";
  return element;
}

const SPOIL_ORDER: SpoilField[] = ["ph", "ecDsM", "socGkg", "clayPct", "sandPct", "bulkDensity", "Cu", "Zn", "Pb", "Cd", "As", "Ni", "Cr"];

/**
 * Measured values of the mine substrate (spoil, overburden, tailings), entered by hand. EC can be given
 * for any extract and is stored as ECe (toECe). Empty fields are not used. The value is a partial record
 * keyed like Scenario.soil.spoil; "input" is emitted on "Apply". `toECe` converts an EC in an extract to
 * ECe (the page passes src/lib/site/soil.ts toECe).
 */
export function SpoilForm(
  initial: Partial<Record<SpoilField, number>>,
  { toECe }: { toECe: (ec: number, method: EcMethod) => number }
): HTMLFormElement & { value: Partial<Record<SpoilField, number>> } {
  const inputs = new Map<SpoilField, HTMLInputElement>();
  const method =
    html`<select aria-label="EC extract">${EC_METHODS.map((m) => html`<option value=${m}>${m === "ECe" ? "ECe (saturated paste)" : `${m} soil:water`}</option>`)}</select>` as HTMLSelectElement;
  const message = html`<div class="muted small" role="status" aria-live="polite"></div>` as HTMLElement;
  const fields = SPOIL_ORDER.map((key) => {
    const f = SPOIL_FIELDS[key];
    const input =
      html`<input type="number" step="any" min=${f.min} max=${f.max} value=${initial[key] ?? ""} style="width:7em" data-field=${key}>` as HTMLInputElement;
    inputs.set(key, input);
    return html`<label class="spoil-field">${f.label}${f.unit ? ` (${f.unit})` : ""}${key === "ecDsM" ? html` ${method}` : ""} ${input}</label>`;
  });
  const form = html`<form class="spoil-form" data-testid="spoil-form">
    <div class="spoil-fields">${fields}</div>
    <button type="submit">Apply substrate values</button> <button type="button" data-action="clear">Clear</button>
    ${message}
  </form>` as HTMLFormElement & { value: Partial<Record<SpoilField, number>> };
  form.value = { ...initial };
  form.onsubmit = (event) => {
    event.preventDefault();
    const value: Partial<Record<SpoilField, number>> = {};
    const problems: string[] = [];
    for (const [key, input] of inputs) {
      if (input.value.trim() === "") continue;
      const { label, min, max } = SPOIL_FIELDS[key];
      let x = Number(input.value);
      if (!Number.isFinite(x) || x < min || x > max) {
        problems.push(`${label}: ${input.value} is not a number from ${min} to ${max}.`);
        continue;
      }
      if (key === "ecDsM") x = Math.round(toECe(x, method.value as EcMethod) * 1000) / 1000;
      value[key] = x;
    }
    if ((value.sandPct ?? 0) + (value.clayPct ?? 0) > 100) problems.push("Sand + clay exceed 100 %.");
    if (problems.length) {
      message.replaceChildren(html`<span class="notice error">${problems.join(" ")} Nothing was applied.</span>` as HTMLElement);
      return;
    }
    if (value.ecDsM !== undefined && method.value !== "ECe") {
      inputs.get("ecDsM")!.value = String(value.ecDsM);
      method.value = "ECe";
      message.textContent = `EC converted to ECe: ${value.ecDsM} dS/m.`;
    } else message.textContent = Object.keys(value).length ? "Applied." : "No values: the regional soil and your samples are used.";
    form.value = value;
    form.dispatchEvent(new Event("input", { bubbles: true }));
  };
  form.querySelector<HTMLButtonElement>("[data-action=clear]")!.onclick = () => {
    for (const input of inputs.values()) input.value = "";
    form.requestSubmit();
  };
  return form;
}

/**
 * A number field that may be left empty (value null), e.g. the site elevation. An entry outside
 * [min, max] or not a number is reported in words and treated as empty. Emits "input".
 */
export function OptionalNumber({
  label,
  min,
  max,
  value = null,
  placeholder = "",
  unit = "",
  testId
}: {
  label: string;
  min: number;
  max: number;
  value?: number | null;
  placeholder?: string;
  unit?: string;
  testId?: string;
}): HTMLElement & { value: number | null } {
  const input =
    html`<input type="number" step="any" min=${min} max=${max} value=${value ?? ""} placeholder=${placeholder} style="width:9em" data-testid=${testId ?? null}>` as HTMLInputElement;
  const message = html`<span class="muted small" role="status" aria-live="polite"></span>` as HTMLElement;
  const element =
    html`<div class="optional-number"><label>${label}${unit ? ` (${unit})` : ""} ${input}</label> ${message}</div>` as HTMLElement & {
      value: number | null;
    };
  element.value = value;
  input.oninput = (event) => {
    event.stopPropagation();
    const text = input.value.trim();
    const x = Number(text);
    if (text === "") {
      message.textContent = "";
      element.value = null;
    } else if (!Number.isFinite(x) || x < min || x > max) {
      message.textContent = `Enter a number from ${min} to ${max}${unit ? ` ${unit}` : ""}, or leave it empty.`;
      element.value = null;
    } else {
      message.textContent = "";
      element.value = x;
    }
    element.dispatchEvent(new Event("input", { bubbles: true }));
  };
  return element;
}

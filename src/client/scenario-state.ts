/**
 * The Scenario in a page: read it from the URL, write it back on change (history.replaceState), carry it
 * on links between pages, copy a link, export and import it as a JSON file, and show notices about
 * anything in a URL or file that was rejected. Everything is rendered as text (htl escapes; no innerHTML).
 *
 * Typical page:
 *   const loaded = loadScenario();                 // {scenario, notices}
 *   display(scenarioNotices(loaded.notices));
 *   …inputs initialised from loaded.scenario…
 *   const scenario = {...loaded.scenario, planting: {...}}; // derived from the inputs
 *   saveScenario(scenario, "/nursery");            // URL, sidebar and nav links follow
 *   display(scenarioToolbar(scenario, "/nursery"));
 */
import { html } from "npm:htl";
import { saveBlob } from "../components/download-button.js";
import {
  type DecodedScenario,
  decodeScenario,
  encodeScenario,
  relativePath,
  SCENARIO_LIMITS,
  type Scenario,
  scenarioFromJson,
  scenarioToJson
} from "../lib/scenario/index.js";
import { routes } from "../lib/workflow/routes.js";

/** The scenario in the current URL, with notices for anything rejected. */
export function loadScenario(): DecodedScenario {
  return decodeScenario(window.location.search, window.location.hash);
}

const workflowPaths = () => new Set(routes.filter((r) => r.kind === "workflow").map((r) => r.path));

/**
 * Writes `scenario` into the current URL (no new history entry) and onto every link to a workflow page
 * (sidebar and `a[data-scenario-path]`), so that moving between pages keeps the scenario.
 */
export function saveScenario(scenario: Scenario, currentPath: string): void {
  const { search, hash } = encodeScenario(scenario);
  const url = `${window.location.pathname}${search}${hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, "", url);
  }
  const paths = workflowPaths();
  for (const link of document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href]")) {
    const target = new URL(link.href, window.location.href);
    const path = target.pathname.replace(/\.html$/, "").replace(/.*(?=\/[^/]+$)/, "");
    if (paths.has(path)) link.href = `${target.pathname}${search}${hash}`;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-scenario-path]")) {
    link.href = relativePath(currentPath, link.dataset.scenarioPath!) + search + hash;
  }
}

/** A link to another page that carries the scenario (kept up to date by saveScenario). */
export function scenarioLink(currentPath: string, toPath: string, scenario: Scenario, text: string): HTMLAnchorElement {
  const { search, hash } = encodeScenario(scenario);
  const a =
    html`<a data-scenario-path=${toPath} href=${relativePath(currentPath, toPath) + search + hash}>${text}</a>` as HTMLAnchorElement;
  return a;
}

/** A notice listing what was rejected from the URL or file; an empty span when there is nothing. */
export function scenarioNotices(notices: string[]): HTMLElement {
  if (!notices.length) return html`<span></span>` as HTMLElement;
  return html`<div class="notice warning" role="status" data-testid="scenario-notice">
    <strong>Some settings in this link could not be used.</strong>
    <ul>${notices.map((n) => html`<li>${n}</li>`)}</ul>
  </div>` as HTMLElement;
}

/** "Copy link", "Export scenario" and "Import scenario" controls for a workflow page. */
export function scenarioToolbar(scenario: Scenario, currentPath: string): HTMLElement {
  const status = html`<span class="muted" role="status" aria-live="polite"></span>` as HTMLElement;
  const copy = html`<button type="button">Copy link to this scenario</button>` as HTMLButtonElement;
  copy.onclick = async () => {
    saveScenario(scenario, currentPath);
    try {
      await navigator.clipboard.writeText(window.location.href);
      status.textContent = "Link copied.";
    } catch {
      // Clipboard access can be refused (e.g. insecure context): show the link to copy by hand.
      window.prompt("Copy this link:", window.location.href);
    }
  };
  const exportButton = html`<button type="button">Export scenario (JSON)</button>` as HTMLButtonElement;
  exportButton.onclick = () => saveBlob(new Blob([scenarioToJson(scenario)], { type: "application/json" }), "scenario.json");
  const importInput = html`<input type="file" accept=".json,application/json" aria-label="Import a scenario file">` as HTMLInputElement;
  importInput.onchange = async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    if (file.size > SCENARIO_LIMITS.maxFileBytes) {
      status.textContent = `Import: the file is too large for a scenario (${file.size.toLocaleString("en-US")} bytes; at most ${SCENARIO_LIMITS.maxFileBytes.toLocaleString("en-US")}); nothing was changed.`;
      return;
    }
    const { scenario: imported, notices } = scenarioFromJson(await file.text());
    if (notices.length) {
      status.textContent = `Import: ${notices.join(" ")}`;
      if (notices.some((n) => /default settings are used/.test(n))) return;
    }
    // Reopen the page on the imported scenario (a reload, so every cell starts from it).
    const { search, hash } = encodeScenario(imported);
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${hash}`);
    window.location.reload();
  };
  return html`<div class="scenario-toolbar no-print">
    ${copy} ${exportButton}
    <label class="scenario-import">Import scenario ${importInput}</label>
    ${status}
  </div>` as HTMLElement;
}

/** Previous / next links along the workflow, carrying the scenario. */
export function workflowNav(currentPath: string, scenario: Scenario): HTMLElement {
  const steps = routes.filter((r) => r.kind === "workflow");
  const i = steps.findIndex((r) => r.path === currentPath);
  const prev = i > 0 ? steps[i - 1] : null;
  const next = i >= 0 && i < steps.length - 1 ? steps[i + 1] : null;
  return html`<nav class="workflow-nav no-print" aria-label="Workflow">
    ${prev ? html`<span>← ${scenarioLink(currentPath, prev.path, scenario, prev.name)}</span>` : html`<span></span>`}
    ${next ? html`<span>${scenarioLink(currentPath, next.path, scenario, next.name)} →</span>` : html`<span></span>`}
  </nav>` as HTMLElement;
}

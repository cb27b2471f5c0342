/**
 * The state of a simulation run as a status line with a progress bar (announced politely to screen
 * readers): waiting, running a phase with done/total, finished with timing, or failed with the message.
 */
import { html } from "npm:htl";

export type RunState =
  | { state: "waiting"; message: string }
  | { state: "running"; phase: string; done: number; total: number }
  | { state: "done"; message: string }
  | { state: "error"; message: string };

const PHASES: Record<string, string> = { simulation: "Simulating", evpi: "Value of information", vip: "Sensitivity (PLS)" };

export function RunStatus(run: RunState, { testId = "run-status" }: { testId?: string } = {}): HTMLElement {
  if (run.state === "running") {
    const what = PHASES[run.phase] ?? run.phase;
    const unit = run.phase === "simulation" ? "runs" : "steps";
    return html`<div class="run-status" role="status" aria-live="polite" data-testid=${testId} data-state="running">
      <progress max=${run.total} value=${run.done}></progress>
      <span>${what}: ${run.done.toLocaleString("en-US")} of ${run.total.toLocaleString("en-US")} ${unit}…</span>
    </div>` as HTMLElement;
  }
  const cls = run.state === "error" ? "notice error" : "muted";
  return html`<div class="run-status ${cls}" role=${run.state === "error" ? "alert" : "status"} aria-live="polite" data-testid=${testId} data-state=${run.state}>${run.message}</div>` as HTMLElement;
}

/**
 * Web Worker entry (bundled by src/data/mc-worker.js.ts): runs one analysis per "run" message, posting
 * progress while it works and the result with its columns transferred. Cancellation is done by the page
 * terminating the worker (src/components/mc-client.ts), which stops even a long synchronous run at once.
 */
import { runRequest, simulationCache, transferables, type WorkerMessage, type WorkerRequest } from "../lib/decision/index.js";
import { getModel } from "../lib/workflow/models.js";

const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

// The last simulation, reused when the page asks for the value of information on the same runs.
const cache = simulationCache();

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const result = runRequest(
      request,
      getModel,
      (phase, done, total) => scope.postMessage({ type: "progress", id, phase, done, total }),
      () => performance.now(),
      cache
    );
    scope.postMessage({ type: "result", id, result }, transferables(result));
  } catch (error) {
    scope.postMessage({ type: "error", id, message: error instanceof Error ? error.message : String(error) });
  }
};

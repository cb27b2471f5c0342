/**
 * Runs decision analyses in a Web Worker so the page stays responsive. In a page:
 *
 *   const client = McClient(await FileAttachment("data/mc-worker.js").url());
 *   const result = await client.run({model: "cooperative-nursery", n: 100000, seed: 42, evpi: ["NPV_decision"]},
 *                                   {onProgress: (p) => …, signal: controller.signal});
 *
 * Aborting the signal terminates the worker (a new one starts with the next run) and rejects with an
 * AbortError. Only one run at a time: a new run cancels the previous one.
 */
import type { McRequest, McResult, WorkerMessage } from "../lib/decision/index.js";

export interface McProgress {
  phase: "simulation" | "evpi" | "vip";
  done: number;
  total: number;
}

export interface McClient {
  run(request: McRequest, options?: { onProgress?: (progress: McProgress) => void; signal?: AbortSignal }): Promise<McResult>;
  /** Stops any run and the worker. */
  dispose(): void;
}

export function McClient(workerUrl: string | URL): McClient {
  let worker: Worker | null = null;
  let nextId = 1;
  let cancelCurrent: (() => void) | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    run(request, { onProgress, signal } = {}) {
      cancelCurrent?.();
      if (signal?.aborted) return Promise.reject(new DOMException("The run was cancelled.", "AbortError"));
      worker ??= new Worker(workerUrl, { type: "module" });
      const w = worker;
      const id = nextId++;
      return new Promise<McResult>((resolve, reject) => {
        const cleanup = () => {
          w.removeEventListener("message", onMessage);
          w.removeEventListener("error", onError);
          signal?.removeEventListener("abort", onAbort);
          cancelCurrent = null;
        };
        const onMessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === "progress") onProgress?.({ phase: message.phase, done: message.done, total: message.total });
          else if (message.type === "result") {
            cleanup();
            resolve(message.result);
          } else {
            cleanup();
            reject(new Error(message.message));
          }
        };
        const onError = (event: ErrorEvent) => {
          cleanup();
          stopWorker();
          reject(new Error(`the simulation worker failed: ${event.message || "could not load"}`));
        };
        const onAbort = () => {
          cleanup();
          stopWorker();
          reject(new DOMException("The run was cancelled.", "AbortError"));
        };
        cancelCurrent = onAbort;
        w.addEventListener("message", onMessage);
        w.addEventListener("error", onError);
        signal?.addEventListener("abort", onAbort, { once: true });
        w.postMessage({ type: "run", id, request });
      });
    },
    dispose() {
      cancelCurrent?.();
      stopWorker();
    }
  };
}

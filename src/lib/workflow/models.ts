/**
 * Models that pages can run in the Web Worker (functions cannot be sent to a worker, so the worker
 * imports them from here by name). To add a model: import it and add one line to MODELS.
 */

import { closureModel } from "../closure/model.js";
import type { Model, ModelEntry } from "../decision/index.js";
import { institutionsModel } from "../institutions/model.js";
import { restorationModel } from "../investment/model.js";
import cooperativeNursery, { cooperativeNurseryEstimates } from "./models/cooperative-nursery.js";

export interface RegisteredModel extends ModelEntry {
  /** Shown to people. */
  label: string;
  model: Model;
  /** The estimate table (decisionSupport CSV) the model is meant to run with. */
  estimates?: string;
}

export const MODELS: Record<string, RegisteredModel> = {
  "cooperative-nursery": {
    label: "Cooperative nursery with carbon credits vs status quo (decisionSupport reference model D)",
    model: cooperativeNursery as Model,
    estimates: cooperativeNurseryEstimates
  },
  closure: { label: "Closure cost by activity with regulator-style percentages (src/lib/closure/model.ts)", model: closureModel as Model },
  restoration: { label: "Mine restoration options vs doing nothing (src/lib/economics.ts)", model: restorationModel as Model },
  institutions: {
    label: "Who pays and who earns under institutional arrangements (src/lib/institutions.ts)",
    model: institutionsModel as Model
  }
};

export function getModel(name: string): RegisteredModel {
  const entry = MODELS[name];
  if (!entry) throw new Error(`unknown model "${name}" (registered: ${Object.keys(MODELS).join(", ")})`);
  return entry;
}

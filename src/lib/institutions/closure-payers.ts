/**
 * Who pays each group of closure activities (/closure) under each institutional arrangement, read from the
 * arrangements' rules (./arrangements.ts): the mining company stays liable for closure in every arrangement
 * (the polluter pays, and the bond secures it); what changes is who funds the revegetation and who is paid
 * to do it. docs/institutions.md, "Who pays for closure".
 */
import type { ArrangementId } from "../scenario/index.js";
import type { Stakeholder } from "./arrangements.js";

/** The closure estimate's activity groups (src/lib/closure/activities.ts) and its indirect costs. */
export const CLOSURE_GROUPS = ["earthworks", "revegetation", "structures", "water", "monitoring", "site", "indirect"] as const;
export type ClosureGroup = (typeof CLOSURE_GROUPS)[number];

export const CLOSURE_GROUP_LABELS: Record<ClosureGroup, string> = {
  earthworks: "Earthworks and soil layers",
  revegetation: "Revegetation (seeding, planting stock, planting)",
  structures: "Demolition",
  water: "Water treatment",
  monitoring: "Monitoring to completion",
  site: "Mobilisation",
  indirect: "Project management, maintenance, contingency"
};

/** Who pays a group, and who else earns from it (plain words), under one arrangement. */
export interface ClosurePayer {
  payer: Stakeholder;
  note: string | null;
}

const company = (note: string | null = null): ClosurePayer => ({ payer: "company", note });

/** The payer of every closure group under every arrangement. */
export const CLOSURE_PAYERS: Record<ArrangementId, Record<ClosureGroup, ClosurePayer>> = {
  "company-run": Object.fromEntries(CLOSURE_GROUPS.map((g) => [g, company()])) as Record<ClosureGroup, ClosurePayer>,
  "progressive-bond": Object.fromEntries(
    CLOSURE_GROUPS.map((g) => [g, company(g === "earthworks" ? "a tranche of the bond is released once the works are done" : null)])
  ) as Record<ClosureGroup, ClosurePayer>,
  "community-concession": {
    ...(Object.fromEntries(CLOSURE_GROUPS.map((g) => [g, company()])) as Record<ClosureGroup, ClosurePayer>),
    revegetation: company("community members are paid the wages; after the handover year the community manages the site")
  },
  "cooperative-nursery": {
    ...(Object.fromEntries(CLOSURE_GROUPS.map((g) => [g, company()])) as Record<ClosureGroup, ClosurePayer>),
    revegetation: company("the planting stock is bought from the community cooperative at cost plus its margin")
  },
  "carbon-sharing": {
    ...(Object.fromEntries(CLOSURE_GROUPS.map((g) => [g, company()])) as Record<ClosureGroup, ClosurePayer>),
    revegetation: {
      payer: "investor",
      note: "the investor funds planting stock and the wages of years 1–3 against a share of the carbon credits"
    }
  }
};

/**
 * The studio's pages, in workflow order: the single source of truth for the sidebar
 * (observablehq.config.ts), the home page's workflow diagram and the browser tests.
 * A page is listed here only once it exists and works ("real or nothing").
 */
import { CASES } from "./cases.js";

export interface Route {
  /** URL path, as Framework serves it (no extension). */
  path: string;
  /** Short name for the sidebar and the workflow diagram. */
  name: string;
  /** The question the page answers, for the home page. */
  question: string;
  /** "workflow" pages carry the Scenario; "tool" pages stand beside the chain. */
  kind: "workflow" | "tool";
}

export const routes: Route[] = [
  {
    path: "/atlas",
    name: "Atlas",
    question: "Where are the world's mines, and which one do you want to restore?",
    kind: "workflow"
  },
  {
    path: "/site",
    name: "Site",
    question: "What climate and soil does this mine site have, and what constrains restoration there?",
    kind: "workflow"
  },
  {
    path: "/species",
    name: "Species",
    question: "Which trees and shrubs suit this site now and under a warmer climate, for the uses people need?",
    kind: "workflow"
  },
  {
    path: "/nursery",
    name: "Nursery",
    question: "How many seeds, seedlings, beds, workers and dollars, and when to sow each species for the planting window?",
    kind: "workflow"
  },
  {
    path: "/closure",
    name: "Closure cost",
    question: "What will closing and restoring this site cost, by activity, and what bond covers it at P90?",
    kind: "workflow"
  },
  {
    path: "/investment",
    name: "Investment",
    question: "Is restoring the site worth it, which way, and what should be measured before deciding?",
    kind: "workflow"
  },
  {
    path: "/institutions",
    name: "Institutions",
    question: "Who pays and who earns under each arrangement, how many jobs, and what must be in place?",
    kind: "workflow"
  },
  {
    path: "/monitoring",
    name: "Monitoring",
    question: "Which completion criteria prove the land has recovered, where to survey, and does the field evidence meet them?",
    kind: "workflow"
  },
  {
    path: "/explore",
    name: "SQL explorer",
    question: "What do the datasets behind the studio say when you ask them your own question in SQL?",
    kind: "tool"
  },
  {
    path: "/data",
    name: "Data",
    question: "Which datasets are behind the studio, where do they come from, under which licence, and how do you download them?",
    kind: "tool"
  }
];

/** Published case studies (fixed scenarios); listed in their own sidebar section. */
export const caseStudies: Route[] = CASES.map((c) => ({ path: `/cases/${c.slug}`, name: c.shortName, question: c.question, kind: "tool" }));

/**
 * Starts the static server over dist/ once for all browser tests and hands its URL to them
 * (`inject("baseUrl")`). Fails early, with the fix, when dist/ or Chromium is missing.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium } from "./browser.js";
import { serveStatic } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(process.cwd(), "dist");
  if (!existsSync(join(dist, "index.html")))
    throw new Error("dist/ has no index.html: run `npm run build` first (npm run test:browser does).");
  findChromium(); // throws with installation instructions
  const server = await serveStatic(dist);
  project.provide("baseUrl", server.url);
  return async () => server.close();
}

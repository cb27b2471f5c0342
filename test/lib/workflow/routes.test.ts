import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseStudies, routes } from "../../../src/lib/workflow/routes.js";

describe("routes", () => {
  const all = [...routes, ...caseStudies];

  it("names each page once", () => {
    expect(new Set(all.map((r) => r.path)).size).toBe(all.length);
  });

  it("points every route at a Markdown page that exists", () => {
    for (const { path } of all) expect(existsSync(join("src", `${path}.md`)), path).toBe(true);
  });

  it("gives every route a name and the question it answers", () => {
    for (const route of all) {
      expect(route.name.length, route.path).toBeGreaterThan(0);
      expect(route.question, route.path).toMatch(/\?$|\.$/);
    }
  });
});

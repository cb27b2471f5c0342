/**
 * The built site names no CDN, font or extension host in any file (text or binary), so that nothing it
 * loads can reach beyond the host serving it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const FORBIDDEN_HOSTS = [
  "cdn.jsdelivr.net",
  "unpkg.com",
  "esm.sh",
  "cdnjs.cloudflare.com",
  "cdn.skypack.dev",
  "ga.jspm.io",
  "fonts.googleapis.com",
  "fonts.gstatic.com",
  "use.typekit.net",
  "extensions.duckdb.org",
  "events.observablehq.com",
  "www.google-analytics.com",
  "www.googletagmanager.com"
];

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

describe("dist/", () => {
  it("names no CDN, font, extension or telemetry host", () => {
    const dist = join(process.cwd(), "dist");
    const hits: string[] = [];
    let files = 0;
    for (const file of walk(dist)) {
      files++;
      const text = readFileSync(file).toString("latin1");
      for (const host of FORBIDDEN_HOSTS) if (text.includes(host)) hits.push(`${file.slice(dist.length + 1)}: ${host}`);
    }
    expect(files).toBeGreaterThan(0);
    expect(hits).toEqual([]);
  });
});

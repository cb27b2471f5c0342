/**
 * data/ holds the raw inputs byte-identical to their sources: every file listed in data/SHA256SUMS exists
 * with that checksum, and every file in data/ (but SOURCES.md and SHA256SUMS) is listed. data/SHA256SUMS
 * is the shared data folder's list without its SOURCES.md line (this project writes its own SOURCES.md).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const dataDir = join(process.cwd(), "data");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(dataDir, path)];
  });
}

const sums = readFileSync(join(dataDir, "SHA256SUMS"), "utf8")
  .trim()
  .split("\n")
  .map((line) => {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`data/SHA256SUMS: malformed line "${line}"`);
    return { sha256: match[1], path: match[2] };
  });

describe("data/ raw files", () => {
  it("lists the expected number of raw files", () => {
    expect(sums.length).toBe(61);
  });

  it.each(sums)("$path matches its SHA-256", ({ path, sha256 }) => {
    const actual = createHash("sha256")
      .update(readFileSync(join(dataDir, path)))
      .digest("hex");
    expect(actual).toBe(sha256);
  });

  it("holds no file that SHA256SUMS does not list", () => {
    const listed = new Set(sums.map((s) => s.path));
    const extra = listFiles(dataDir).filter((path) => !listed.has(path) && path !== "SOURCES.md" && path !== "SHA256SUMS");
    expect(extra).toEqual([]);
  });
});

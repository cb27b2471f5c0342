/**
 * A bad or missing raw file fails a loader: it exits non-zero, writes nothing to stdout and names the
 * file and the problem on stderr (the build then stops). The loaders run on a broken copy of data/
 * (MRS_DATA_DIR) in a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrs-broken-data-"));
  cpSync(join(process.cwd(), "data"), dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runLoader(loader: string, args: string[] = []) {
  const result = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), [join(process.cwd(), "src/data", loader), ...args], {
    env: { ...process.env, MRS_DATA_DIR: dir },
    encoding: "utf8",
    timeout: 60_000
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("loaders on broken raw files", () => {
  it("fail naming a missing file", () => {
    unlinkSync(join(dir, "climate/koppen_0p5deg.csv"));
    const { status, stdout, stderr } = runLoader("koppen.json.ts");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/data\/climate\/koppen_0p5deg\.csv: file is missing/);
  });

  it("fail naming a file that lost a column", () => {
    const path = join(dir, "soil/afsis_TXRF.csv");
    writeFileSync(
      path,
      readFileSync(path, "utf8")
        .replace(/^SSN,Public,/, "SSN,Public_,")
        .replace(",Pb,", ",Lead,")
    );
    const { status, stderr } = runLoader("soil-sites.json.ts");
    expect(status).toBe(1);
    expect(stderr).toMatch(/soil\/afsis_TXRF\.csv: missing column "Pb"/);
  });

  it("fail naming an empty file", () => {
    truncateSync(join(dir, "mining/maus_tang_mining_area_by_country.csv"), 0);
    const { status, stderr } = runLoader("mining-area.json.ts");
    expect(status).toBe(1);
    expect(stderr).toMatch(/data\/mining\/maus_tang_mining_area_by_country\.csv: file is empty/);
  });

  it("refuse to write a truncated dataset (fewer rows than the catalogue's floor)", () => {
    const path = join(dir, "economics/sdpt_v2_plantation_removal_factors.csv");
    writeFileSync(path, readFileSync(path, "utf8").split("\n").slice(0, 50).join("\n"));
    const { status, stdout, stderr } = runLoader("[dataset].csv.ts", ["--dataset=removal-factors"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/removal-factors: 49 rows, expected at least 800; refusing to write a truncated dataset/);
  });
});

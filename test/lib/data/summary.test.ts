import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasets } from "../../../src/lib/data/catalogue.js";
import { PREVIEW_TEXT_LENGTH, previewRows } from "../../../src/lib/data/summary.js";
import { formatBytes } from "../../../src/lib/util/format.js";

describe("previewRows(rows, n)", () => {
  it("keeps the first n rows and cuts long text", () => {
    const long = "x".repeat(200);
    const preview = previewRows(
      [
        { a: long, b: 1 },
        { a: "y", b: 2 },
        { a: "z", b: 3 }
      ],
      2
    );
    expect(preview).toHaveLength(2);
    expect((preview[0].a as string).length).toBe(PREVIEW_TEXT_LENGTH);
    expect((preview[0].a as string).endsWith("…")).toBe(true);
    expect(preview[1]).toEqual({ a: "y", b: 2 });
  });
});

describe("formatBytes(bytes)", () => {
  it("writes kB below a megabyte and MB with one decimal above", () => {
    expect(formatBytes(104_270)).toBe("104 kB");
    expect(formatBytes(4_564_889)).toBe("4.6 MB");
    expect(formatBytes(12)).toBe("1 kB");
    expect(() => formatBytes(NaN)).toThrow();
  });
});

describe("the /data page (src/data.md)", () => {
  // FileAttachment needs literal file names, so the page lists them by hand: none may be missing.
  const page = readFileSync(join(process.cwd(), "src/data.md"), "utf8");
  it.each(datasets.map((d) => d.name))("links every download and compact file of %s", (name) => {
    const info = datasets.find((d) => d.name === name)!;
    for (const file of [`data/${name}.csv`, `data/${name}.parquet`, `data/${name}.arrow`, ...info.compact]) {
      expect(page).toContain(`FileAttachment("${file}")`);
    }
  });
});

// data/datasets-summary.json: for the /data page, per dataset its row count, the sizes of its CSV, Parquet
// and Arrow files and its first rows — so the page shows all this without loading any dataset.

import { datasets } from "../lib/data/catalogue.js";
import { previewRows } from "../lib/data/summary.js";
import { buildFlat } from "./_build/flat.js";
import { runLoader, toArrowStream, toCsvBytes, toParquet } from "./_build/write.js";

await runLoader("data/datasets-summary.json", async () => {
  const summaries = [];
  for (const info of datasets) {
    const { columns, rows } = await buildFlat(info.name);
    summaries.push({
      name: info.name,
      rows: rows.length,
      bytes: {
        csv: toCsvBytes(columns, rows).length,
        parquet: (await toParquet(columns, rows)).length,
        arrow: toArrowStream(columns, rows).length
      },
      preview: previewRows(rows, 5)
    });
  }
  return JSON.stringify({ datasets: summaries });
});

// data/<dataset>.csv: the full flat dataset as CSV (UTF-8, header row, lists '; '-separated). See src/lib/datasets.ts.
import { buildFlat } from "./_build/flat.js";
import { loaderParam, runLoader, toCsvBytes } from "./_build/write.js";

await runLoader(`data/${process.argv.find((a) => a.startsWith("--dataset="))?.slice(10)}.csv`, async () => {
  const { columns, rows } = await buildFlat(loaderParam("dataset"));
  return toCsvBytes(columns, rows);
});

// data/<dataset>.parquet: the full flat dataset as Parquet (zstd), written by DuckDB. See src/lib/datasets.ts.
import { buildFlat } from "./_build/flat.js";
import { loaderParam, runLoader, toParquet } from "./_build/write.js";

await runLoader(`data/${process.argv.find((a) => a.startsWith("--dataset="))?.slice(10)}.parquet`, async () => {
  const { columns, rows } = await buildFlat(loaderParam("dataset"));
  return toParquet(columns, rows);
});

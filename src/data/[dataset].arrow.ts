// data/<dataset>.arrow: the full flat dataset as an Arrow IPC stream, the format DuckDB-Wasm reads offline.
import { buildFlat } from "./_build/flat.js";
import { loaderParam, runLoader, toArrowStream } from "./_build/write.js";

await runLoader(`data/${process.argv.find((a) => a.startsWith("--dataset="))?.slice(10)}.arrow`, async () => {
  const { columns, rows } = await buildFlat(loaderParam("dataset"));
  return toArrowStream(columns, rows);
});

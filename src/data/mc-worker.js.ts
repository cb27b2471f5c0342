/**
 * Data loader: the decision-engine Web Worker (src/client/mc-worker.ts and everything it imports),
 * bundled by esbuild into one ES module on stdout. Pages get its URL with
 * FileAttachment("data/mc-worker.js").url() and hand it to McClient (src/client/mc-client.ts).
 */

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entry = fileURLToPath(new URL("../client/mc-worker.ts", import.meta.url));
try {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent"
  });
  const code = result.outputFiles[0].text;
  if (code.length < 1000) throw new Error(`bundle is only ${code.length} bytes`);
  process.stdout.write(code);
  process.stderr.write(`mc-worker.js: ${(code.length / 1024).toFixed(1)} KiB\n`);
} catch (error) {
  process.stderr.write(`mc-worker.js.ts: could not bundle ${entry}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

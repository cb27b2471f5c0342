/**
 * The CSV download of a query result, written piece by piece so that a result of millions of rows
 * neither blocks the page nor is built as one string: each piece of about 1,000 rows becomes UTF-8 bytes
 * (a part of the final Blob, which the browser may keep on disk), and the page gets its turn between pieces. Cells go through
 * the project's CSV writer (src/lib/util/csv.ts: RFC 4180 quoting and the formula guard).
 */
import { resultCsvHeader, resultCsvLines } from "../lib/explore/cells.js";
import type { QueryResult, ResultColumn } from "../lib/explore/result.js";
import type { Statement } from "../lib/explore/statements.js";
import type { SqlEngine } from "./sql-engine.js";
import { batchResult } from "./sql-run.js";

const CSV_TYPE = "text/csv;charset=utf-8";
/** Rows per piece: small enough that writing one (and the garbage it leaves) never holds the page long. */
const PIECE_ROWS = 1024;

/** Lets the page handle input and paint before the next piece. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A piece as UTF-8 bytes: handing Blob a string makes the browser externalise it, and thousands of
 * external strings make the next full garbage collection block the page for 250–1,200 ms (measured on
 * 1,000,000 rows); bytes in an ArrayBuffer do not.
 */
const encoder = new TextEncoder();

/** Every row of a result the page holds, as a CSV Blob; `onProgress` hears the share written (0–1). */
export async function csvBlob(result: QueryResult, onProgress?: (share: number) => void): Promise<Blob> {
  const parts: BlobPart[] = [encoder.encode(resultCsvHeader(result))];
  for (let start = 0; start < result.rowCount; start += PIECE_ROWS) {
    parts.push(encoder.encode(resultCsvLines(result, start, start + PIECE_ROWS)));
    onProgress?.(Math.min(1, (start + PIECE_ROWS) / result.rowCount));
    await nextTurn();
  }
  return new Blob(parts, { type: CSV_TYPE });
}

/**
 * A result too large for the page to hold: the script is run again (in its own transaction, rolled back)
 * and each batch written as it arrives. `onProgress` hears the rows written.
 */
export async function csvBlobByRerun(
  engine: SqlEngine,
  statements: readonly Statement[],
  onProgress?: (rows: number) => void
): Promise<Blob> {
  const parts: BlobPart[] = [];
  let columns: ResultColumn[] = [];
  let rows = 0;
  await engine.run(
    statements,
    {
      columns(c) {
        columns = c;
        parts.push(encoder.encode(resultCsvHeader(batchResult(c, []))));
      },
      batch(batch) {
        const piece = batchResult(columns, [batch]);
        parts.push(encoder.encode(resultCsvLines(piece, 0, piece.rowCount)));
        rows += piece.rowCount;
        onProgress?.(rows);
      }
    },
    { timeLimitMs: 10 * 60_000 }
  );
  return new Blob(parts, { type: CSV_TYPE });
}

/**
 * The SQL a user types, before it reaches DuckDB: split into statements (outside strings, quoted names
 * and comments, as DuckDB's scanner reads them), checked against what the explorer refuses, and searched
 * for the tables it names.
 *
 * The explorer's datasets must stay as they are: the engine runs every query inside a transaction that it
 * rolls back afterwards (src/client/sql-run.ts), so CREATE, DROP, ALTER, INSERT, UPDATE and DELETE work
 * within one run and are undone after it. What could end that transaction or reach outside the engine is
 * refused here, by the statement's first word: transaction control (BEGIN, START, COMMIT, END, ROLLBACK,
 * ABORT), ATTACH/DETACH/USE (other databases and the default schema), CHECKPOINT, EXPORT/IMPORT/COPY
 * (files), INSTALL/LOAD (extensions), and reading a URL as a table.
 */

export type SqlCheck = { ok: true; sql: string; statements: Statement[] } | { ok: false; message: string };

export interface Statement {
  /** The statement's text, trimmed, without its semicolon. */
  text: string;
  /** Its first word, upper case (after comments and opening parentheses), e.g. "SELECT"; "" if none. */
  keyword: string;
}

interface Segment {
  kind: "code" | "string" | "identifier" | "comment" | "semicolon";
  start: number;
  end: number;
}

const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Splits SQL into segments as DuckDB's (PostgreSQL's) scanner does: '…' strings ('' inside; E'…' with
 * backslash escapes), "…" names ("" inside), $$…$$ and $tag$…$tag$ strings, -- comments to the end of the
 * line, /* … *\/ comments (nested), and semicolons. An unclosed string or comment runs to the end.
 */
function segments(sql: string): Segment[] {
  const out: Segment[] = [];
  const n = sql.length;
  let i = 0;
  let codeStart = 0;
  const push = (kind: Segment["kind"], start: number, end: number) => {
    if (codeStart < start) out.push({ kind: "code", start: codeStart, end: start });
    out.push({ kind, start, end });
    codeStart = end;
  };
  while (i < n) {
    const ch = sql[i];
    const prev = i > 0 ? sql[i - 1] : "";
    if (ch === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      push("comment", i, end === -1 ? n : end);
      i = end === -1 ? n : end;
    } else if (ch === "/" && sql[i + 1] === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] === "/" && sql[j + 1] === "*") {
          depth++;
          j += 2;
        } else if (sql[j] === "*" && sql[j + 1] === "/") {
          depth--;
          j += 2;
        } else j++;
      }
      push("comment", i, j);
      i = j;
    } else if (ch === "'") {
      // E'…' (an escape string): a backslash escapes the next character.
      const escapes = (prev === "E" || prev === "e") && !(i >= 2 && IDENT_CHAR.test(sql[i - 2]));
      let j = i + 1;
      while (j < n) {
        if (escapes && sql[j] === "\\") j += 2;
        else if (sql[j] === "'") {
          if (sql[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      push("string", i, Math.min(n, j + 1));
      i = j + 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (sql[j] === '"') {
          if (sql[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      push("identifier", i, Math.min(n, j + 1));
      i = j + 1;
    } else if (ch === "$" && !IDENT_CHAR.test(prev)) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 66));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        const end = close === -1 ? n : close + tag[0].length;
        push("string", i, end);
        i = end;
      } else i++;
    } else if (ch === ";") {
      push("semicolon", i, i + 1);
      i++;
    } else i++;
  }
  if (codeStart < n) out.push({ kind: "code", start: codeStart, end: n });
  return out;
}

/** The statements of a script, in order, each with its first word; empty statements are left out. */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  let keyword: string | null = null;
  let hasContent = false;
  const finish = (end: number) => {
    if (hasContent) statements.push({ text: sql.slice(start, end).trim(), keyword: keyword ?? "" });
    keyword = null;
    hasContent = false;
  };
  for (const s of segments(sql)) {
    if (s.kind === "semicolon") {
      finish(s.start);
      start = s.end;
      continue;
    }
    if (s.kind === "comment") continue;
    if (s.kind !== "code") {
      hasContent = true;
      keyword ??= "";
      continue;
    }
    const text = sql.slice(s.start, s.end);
    if (text.trim()) hasContent = true;
    if (keyword === null) {
      const word = /^[\s(]*([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
      if (word) keyword = word[1].toUpperCase();
      else if (text.replace(/[\s(]/g, "")) keyword = "";
    }
  }
  finish(sql.length);
  return statements;
}

/** SQL with comments removed (outside strings and quoted names); a block comment leaves a space. */
export function stripSqlComments(sql: string): string {
  let out = "";
  for (const s of segments(sql)) {
    if (s.kind !== "comment") out += sql.slice(s.start, s.end);
    else if (sql[s.start] === "/") out += " ";
  }
  return out;
}

/** SQL with comments removed and every string literal emptied (''), for searching its words. */
function codeOnly(sql: string): string {
  let out = "";
  for (const s of segments(sql)) {
    if (s.kind === "string") out += "''";
    else if (s.kind === "comment") out += " ";
    else out += sql.slice(s.start, s.end);
  }
  return out;
}

/** First words the explorer refuses, with the reason shown to the reader. */
const REFUSED: { words: string[]; message: string }[] = [
  {
    words: ["BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "CHECKPOINT"],
    message:
      "Transactions are managed by the explorer: each query runs in its own transaction, which is rolled back afterwards so that the datasets stay as they are. Leave out BEGIN, COMMIT, ROLLBACK and CHECKPOINT."
  },
  {
    words: ["ATTACH", "DETACH", "USE"],
    message: "The explorer has one database with the tables listed on this page: ATTACH, DETACH and USE are not available."
  },
  {
    words: ["COPY", "EXPORT", "IMPORT"],
    message:
      "The explorer cannot read or write files (it works offline, on the tables listed on this page). Use the download button under a result instead."
  },
  {
    words: ["INSTALL", "LOAD", "FORCE"],
    message: "Extensions cannot be installed or loaded here (the explorer works offline). The core SQL functions are available."
  }
];

/** First words of statements that change tables (their changes are undone after the run). */
const MODIFYING = new Set(["CREATE", "DROP", "ALTER", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "COMMENT"]);

/** True when a script holds a statement that changes tables (undone after the run; the page says so). */
export function changesTables(statements: readonly Statement[]): boolean {
  return statements.some((s) => MODIFYING.has(s.keyword));
}

/**
 * Checks a script before it is sent to DuckDB: an empty editor; a file or URL read as a table (the
 * explorer is offline: only the registered tables exist, and the engine refuses external access anyway);
 * and the statements refused above. Everything else is left to DuckDB, whose message the page shows.
 */
export function checkSql(sql: string): SqlCheck {
  const statements = splitStatements(sql);
  if (!statements.length) return { ok: false, message: "Write a query first, e.g. SELECT * FROM mines LIMIT 10." };
  const text = stripSqlComments(sql);
  // A URL read as a table (FROM 'https://…', read_csv('s3://…'), parquet_scan(['…']), ATTACH 'http://…'); a URL as a plain
  // text value (SELECT 'https://…' AS link) is fine.
  if (/(\bFROM|\bJOIN|\bATTACH|\b(read_\w+|\w+_scan|glob)\s*\(\s*\[?)\s*'\s*(https?|s3|s3a|gcs|gs|r2|az|azure|abfss|hf):\/\//i.test(text)) {
    return {
      ok: false,
      message: "This explorer works offline: it cannot read files from the internet. Query the tables listed on this page."
    };
  }
  for (const statement of statements) {
    const refused = REFUSED.find((r) => r.words.includes(statement.keyword));
    if (refused) return { ok: false, message: refused.message };
  }
  return { ok: true, sql: sql.trim(), statements };
}

/**
 * The tables of `known` that a statement names (as a bare or double-quoted identifier, any case),
 * outside comments and string literals, in the order of `known`. The explorer loads a table before the
 * first query that names it; a name inside a text value does not count.
 */
export function referencedTables(sql: string, known: readonly string[]): string[] {
  const text = codeOnly(sql);
  const words = new Set<string>();
  for (const match of text.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    words.add((match[1] ?? match[2]).replace(/""/g, '"').toLowerCase());
  }
  return known.filter((name) => words.has(name.toLowerCase()));
}

/** True when a statement lists the database's tables or columns, so that every table must be loaded first. */
export function needsAllTables(sql: string): boolean {
  return /\b(SHOW\s+(ALL\s+)?TABLES|information_schema|duckdb_tables|duckdb_columns|duckdb_views|pragma_show_tables|show_tables)\b/i.test(
    codeOnly(sql)
  );
}

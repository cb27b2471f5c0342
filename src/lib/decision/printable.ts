/**
 * Echoes of user input in messages (a page notice, a CLI line) cut to a short, printable form: a 1 MB key
 * or a 5 MB header line must not become a 1 MB notice, and terminal escape sequences (ESC, BEL), NUL bytes
 * from UTF-16 files, line breaks and Unicode direction overrides must not reach a terminal or a page as
 * they are. Defined in the engine (whose messages echo estimate tables) and re-exported by
 * src/lib/util/printable.ts for everyone else.
 */

/** Characters shown escaped: C0 and C1 controls, DEL, line/paragraph separators, bidi overrides and isolates, BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const UNPRINTABLE_TEST = new RegExp(UNPRINTABLE.source);

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" };

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}

/** Default length of an echo, characters. */
export const ECHO_LENGTH = 60;

/**
 * `text` as it may be echoed: unprintable characters escaped (\n, \x1b, \u202e), and cut to `max`
 * characters with "…" and the full length when longer. Only the start of a long text is read.
 */
export function printable(text: string, max = ECHO_LENGTH): string {
  if (text.length <= max && !UNPRINTABLE_TEST.test(text)) return text;
  const head = text.length > max * 2 ? text.slice(0, max * 2) : text;
  let shown = head.replace(UNPRINTABLE, escapeChar);
  if (shown.length <= max && head.length === text.length) return shown;
  shown = shown.slice(0, Math.max(1, max - 1));
  // Do not cut a surrogate pair or an escape in half.
  if (/[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1);
  shown = shown.replace(/\\(x[0-9a-f]?|u[0-9a-f]{0,3}|)$/, "");
  return text.length > max ? `${shown}… (${text.length.toLocaleString("en-US")} characters)` : `${shown}…`;
}

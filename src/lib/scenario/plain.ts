/**
 * Untrusted scenario data (a link's hash, an imported file) turned into plain data before anything reads
 * it: a copy made of null-prototype objects and arrays, where the keys `__proto__`, `constructor` and
 * `prototype` are dropped at every depth (with a notice), and depth, size and text are bounded. The
 * sanitiser (sanitize.ts) then copies field by field, by the Scenario's schema, from this copy only.
 *
 * Why: `JSON.parse('{"constructor":{"keys":1}}')` is harmless, but any later merge such as
 * `(out[key] ??= {})[name] = x` with key "constructor" writes into `Object` itself (Object.keys = 1) and
 * breaks every page; `__proto__` reaches Object.prototype the same way. See docs/hostile-input.md.
 */
import { printable } from "../util/printable.js";

/** Keys that can reach a prototype or a constructor when merged; dropped wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Bounds on untrusted scenario data. A real scenario nests 6 levels (scenario → nursery → params → species
 * → parameter → number), holds at most a few thousand values (200 estimate overrides, 50 species × 30
 * parameters) and has short keys and texts; anything past these is not a scenario.
 */
export const SCENARIO_LIMITS = {
  /** Characters of the hash's packed scenario (base64url); a long link is refused before it is decoded. */
  maxHashChars: 65_536,
  /** Bytes of an imported scenario file. */
  maxFileBytes: 1_000_000,
  /** Nesting depth of objects and arrays. */
  maxDepth: 8,
  /** Values (objects, arrays, numbers, texts…) in all. */
  maxValues: 20_000,
  /** Characters of a key; a longer key is dropped. */
  maxKeyChars: 100,
  /** Characters of a text value; a longer text is cut. */
  maxTextChars: 1_000,
  /** Notices shown; the rest are counted. */
  maxNotices: 20
} as const;

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * A copy of parsed JSON as plain data (see the file's comment). Values past the limits are dropped, each
 * kind of problem noted once in `notices` with the path where it was first seen.
 */
export function plainData(value: unknown, notices: string[]): PlainValue {
  let values = 0;
  const noted = new Set<string>();
  const note = (kind: string, text: string) => {
    if (noted.has(kind)) return;
    noted.add(kind);
    notices.push(text);
  };
  const copy = (v: unknown, path: string, depth: number): PlainValue | undefined => {
    if (++values > SCENARIO_LIMITS.maxValues) {
      note("size", `The scenario holds more than ${SCENARIO_LIMITS.maxValues.toLocaleString("en-US")} values; the rest are ignored.`);
      return undefined;
    }
    if (v === null || typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    if (typeof v === "string") {
      if (v.length <= SCENARIO_LIMITS.maxTextChars) return v;
      note("text", `${path}: a text longer than ${SCENARIO_LIMITS.maxTextChars} characters was cut.`);
      return v.slice(0, SCENARIO_LIMITS.maxTextChars);
    }
    if (typeof v !== "object") return undefined;
    if (depth >= SCENARIO_LIMITS.maxDepth) {
      note("depth", `${path}: nested deeper than ${SCENARIO_LIMITS.maxDepth} levels; ignored.`);
      return undefined;
    }
    if (Array.isArray(v)) {
      const out: PlainValue[] = [];
      for (let i = 0; i < v.length && values <= SCENARIO_LIMITS.maxValues; i++) {
        const item = copy(v[i], `${path}[${i}]`, depth + 1);
        out.push(item === undefined ? null : item);
      }
      return out;
    }
    const out = Object.create(null) as { [key: string]: PlainValue };
    for (const key of Object.keys(v)) {
      if (values > SCENARIO_LIMITS.maxValues) break;
      if (FORBIDDEN_KEYS.has(key)) {
        note(`key:${key}`, `${path}.${key}: a key named "${key}" is not allowed (it could change how the page works); it is ignored.`);
        continue;
      }
      if (key.length > SCENARIO_LIMITS.maxKeyChars) {
        note("long key", `${path}: a key of ${key.length.toLocaleString("en-US")} characters ("${printable(key, 30)}") is ignored.`);
        continue;
      }
      const item = copy((v as Record<string, unknown>)[key], `${path}.${printable(key, 30)}`, depth + 1);
      if (item !== undefined) out[key] = item;
    }
    return out;
  };
  return copy(value, "scenario", 0) ?? null;
}

/** At most `max` notices, the rest counted in a last one. */
export function boundNotices(notices: string[], max: number = SCENARIO_LIMITS.maxNotices): string[] {
  if (notices.length <= max) return notices;
  return [...notices.slice(0, max - 1), `…and ${(notices.length - max + 1).toLocaleString("en-US")} more problems.`];
}

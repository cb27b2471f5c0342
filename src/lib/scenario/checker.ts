/** Field checks for values read from a URL or a file: each returns the checked value, or undefined and a notice. */
import { printable } from "../util/printable.js";

// ---------------------------------------------------------------------------------------------------
// Field checks. Each returns the checked value, or undefined (and records a notice) when invalid.

export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_TEXT = 120;

export class Checker {
  notices: string[] = [];

  /** Notes a rejected field (its path cut to a short, printable form). */
  reject(field: string, why: string): undefined {
    this.notices.push(`${printable(field, 80)}: ${why}; the default is used instead.`);
    return undefined;
  }

  number(field: string, value: unknown, min: number, max: number, { integer = false } = {}): number | undefined {
    const x = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof x !== "number" || !Number.isFinite(x)) return this.reject(field, "not a number");
    if (integer && !Number.isInteger(x)) return this.reject(field, "not a whole number");
    if (x < min || x > max) return this.reject(field, `${printable(String(x), 24)} is outside ${min} to ${max}`);
    return x;
  }

  text(field: string, value: unknown): string | undefined {
    if (typeof value !== "string") return this.reject(field, "not text");
    // Control characters are dropped; length is capped. The value is still only ever shown as text.
    const cleaned = value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, MAX_TEXT);
    return cleaned;
  }

  identifier(field: string, value: unknown): string | undefined {
    if (typeof value !== "string" || !IDENTIFIER.test(value)) return this.reject(field, "not a valid identifier");
    return value;
  }

  oneOf<T extends string>(field: string, value: unknown, ids: readonly T[]): T | undefined {
    if (typeof value !== "string" || !(ids as readonly string[]).includes(value)) return this.reject(field, `not one of ${ids.join(", ")}`);
    return value as T;
  }

  boolean(field: string, value: unknown): boolean | undefined {
    if (typeof value !== "boolean") return this.reject(field, "not true or false");
    return value;
  }

  object(field: string, value: unknown): Record<string, unknown> | undefined {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return this.reject(field, "not an object");
    return value as Record<string, unknown>;
  }

  array(field: string, value: unknown, maxLength: number): unknown[] | undefined {
    if (!Array.isArray(value)) return this.reject(field, "not a list");
    if (value.length > maxLength) return this.reject(field, `more than ${maxLength} entries`);
    return value;
  }
}

/** Copies `value` onto `target[key]` when it is defined (i.e. passed its check). */
export function assign<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Sets `target[key]` as an own data property: for keys taken from untrusted data, so that even a key such
 * as "__proto__" (refused before it gets here) could only ever name a property, never reach a prototype.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function has(object: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** Formatting for people, used by pages, components and loaders alike (defined once here). */

/** Month abbreviations, index 0 = January. */
export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Full month names, index 0 = January. */
export const MONTH_NAMES_FULL = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
] as const;

/** "$1,230" style, 3 significant digits for ≥ 1000, whole dollars below; the typographic minus. */
export function formatUsd(x: number): string {
  const abs = Math.abs(x);
  let rounded = abs;
  if (abs >= 1000) {
    const digits = Math.floor(Math.log10(abs)) - 2;
    const f = Math.pow(10, digits);
    rounded = Math.round(abs / f) * f;
  } else rounded = Math.round(abs);
  return `${x < 0 ? "−" : ""}$${rounded.toLocaleString("en-US", { maximumFractionDigits: 0 })}`;
}

/** A file size for people: "640 kB", "7.4 MB" (1 kB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (!(bytes >= 0)) throw new Error(`formatBytes: ${bytes} is not a size`);
  return bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * A compact axis label without SI's small prefixes: 1,500 → "1.5k", 2,000,000 → "2M", 0.1 → "0.1",
 * −250 → "−250" (d3's "~s" writes 0.1 as "100m", which reads as millions on a dollar axis).
 */
export function compactNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  const sign = x < 0 ? "−" : "";
  const trim = (v: number) => String(Number(v.toPrecision(3)));
  if (abs >= 1e9) return `${sign}${trim(abs / 1e9)}G`;
  if (abs >= 1e6) return `${sign}${trim(abs / 1e6)}M`;
  if (abs >= 1e4) return `${sign}${trim(abs / 1e3)}k`;
  if (abs >= 1000) return `${sign}${Math.round(abs).toLocaleString("en-US")}`;
  return `${sign}${trim(abs)}`;
}

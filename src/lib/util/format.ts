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

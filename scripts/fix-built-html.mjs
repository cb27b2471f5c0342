/**
 * postbuild: a Content-Security-Policy on every page, and three accessibility fixes to the HTML that
 * Observable Framework 1.13 writes, which its configuration cannot change.
 *
 * The policy (docs/hostile-input.md, "Content-Security-Policy"): a <meta http-equiv> tag first in <head>,
 * so that it governs every script after it:
 * - default-src 'self': nothing from another host, ever (the site is offline by design);
 * - script-src 'self', the SHA-256 hash of each inline script of the page (Framework writes two: the page's
 *   module and the sidebar toggle), and 'wasm-unsafe-eval' (DuckDB-Wasm and the engine's RNG compile
 *   WebAssembly; it allows WebAssembly only, not eval). No 'unsafe-inline', no 'unsafe-eval': the one
 *   `new Function` of the code base (the decision engine's generated loops, simulate.ts) runs in the
 *   decision worker, which is loaded from its own URL and so is not governed by this page policy; where a
 *   policy does forbid it, the engine falls back to plain loops (measured in docs/hostile-input.md);
 * - worker-src 'self' blob: (DuckDB-Wasm starts its worker from a blob: URL);
 * - style-src 'self' 'unsafe-inline' (Plot and the components set style attributes and <style> elements;
 *   styles cannot run code);
 * - connect-src 'self' blob: (Framework's file input reads an uploaded file by fetching its blob: URL);
 * - img-src 'self' data: blob:, font-src 'self' data:, object-src 'none', base-uri 'self', form-action 'self'.
 * frame-ancestors cannot be set from a meta tag (a host can add it as a header).
 *
 * The accessibility fixes (found by the axe-core browser test, test/e2e/a11y.test.ts):
 * - `<html>` has no `lang` (WCAG 3.1.1): the site is in English, so `lang="en"`;
 * - the viewport meta disables zoom with `maximum-scale=1` (WCAG 1.4.4): removed;
 * - the sidebar's close toggle, a `<label>`, sits directly inside an `<ol>` (only `<li>` may): it is wrapped
 *   in `<li class="sidebar-close-item">` (style.css keeps the label positioned as before).
 * Each fix checks that it applied, so that a Framework upgrade that changes the markup fails the build
 * loudly instead of silently shipping the old problem.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;

const FIXES = [
  { name: "html lang", from: /<html>/, to: '<html lang="en">' },
  { name: "viewport zoom", from: /(<meta name="viewport" content="[^"]*?), maximum-scale=1(")/, to: "$1$2" },
  {
    name: "sidebar close label",
    from: /(<ol>\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/,
    to: '$1<li class="sidebar-close-item">$2</li>'
  }
];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The page's Content-Security-Policy, with the hashes of its inline scripts (see the file's comment). */
function contentSecurityPolicy(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype="([^"]*)"/.exec(match[1])?.[1] ?? "";
    if (type && type !== "module" && type !== "text/javascript") continue; // data blocks do not run
    hashes.push(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

function addPolicy(file, html) {
  // Inline event handlers would need 'unsafe-hashes': the build must not have any.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(markup);
  if (handler)
    throw new Error(`${file}: an inline event handler (${handler[0].slice(0, 80)}…) would be blocked by the Content-Security-Policy`);
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${file}: already has a Content-Security-Policy`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  if (!/<meta charset="utf-8">/.test(html))
    throw new Error(`${file}: no <meta charset> to put the Content-Security-Policy after — has Framework's page markup changed?`);
  return html.replace(/<meta charset="utf-8">/, `<meta charset="utf-8">\n${meta}`);
}

let count = 0;
for (const file of htmlFiles(dist)) {
  let text = readFileSync(file, "utf8");
  for (const fix of FIXES) {
    // The 404 page has no sidebar; every page has the html tag and the viewport.
    if (!fix.from.test(text)) {
      if (fix.name === "sidebar close label" && !text.includes('id="observablehq-sidebar"')) continue;
      throw new Error(`${file}: the "${fix.name}" fix did not apply — has Framework's page markup changed?`);
    }
    text = text.replace(fix.from, fix.to);
  }
  text = addPolicy(file, text);
  writeFileSync(file, text);
  count++;
}
console.log(`fix-built-html: Content-Security-Policy, lang, zoom and sidebar list in ${count} pages`);

/**
 * postbuild: three accessibility fixes to the HTML that Observable Framework 1.13 writes, which its
 * configuration cannot change (found by the axe-core browser test, test/e2e/a11y.test.ts):
 * - `<html>` has no `lang` (WCAG 3.1.1): the site is in English, so `lang="en"`;
 * - the viewport meta disables zoom with `maximum-scale=1` (WCAG 1.4.4): removed;
 * - the sidebar's close toggle, a `<label>`, sits directly inside an `<ol>` (only `<li>` may): it is wrapped
 *   in `<li class="sidebar-close-item">` (style.css keeps the label positioned as before).
 * Each fix checks that it applied, so that a Framework upgrade that changes the markup fails the build
 * loudly instead of silently shipping the old problem.
 */
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
  writeFileSync(file, text);
  count++;
}
console.log(`fix-built-html: lang, zoom and sidebar list fixed in ${count} pages`);

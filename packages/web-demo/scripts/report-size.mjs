#!/usr/bin/env node
/**
 * Prints the gzipped size of the JavaScript the built page loads up front (the entry script and every
 * chunk it preloads; lazily loaded chunks are listed apart) and fails when it is over the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set();
for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) initial.add(m[1]);
const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const clean = (href) => href.replace(/^\.?\//, '');

let total = 0;
console.log('Initial JavaScript (gzipped):');
for (const href of initial) {
  const size = gz(clean(href));
  total += size;
  console.log(`  ${clean(href).padEnd(40)} ${kb(size)}`);
}
const lazy = readdirSync(join(dist, 'assets')).filter(
  (f) => f.endsWith('.js') && ![...initial].some((h) => clean(h) === `assets/${f}`),
);
for (const f of lazy) console.log(`  (lazy) assets/${f.padEnd(31)} ${kb(gz(`assets/${f}`))}`);
for (const href of css) console.log(`  (css)  ${clean(href).padEnd(33)} ${kb(gz(clean(href)))}`);
console.log(`Initial JS gzipped: ${kb(total)} (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)}.`);
  process.exit(1);
}

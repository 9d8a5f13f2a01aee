// After `vite build`: the gzipped JavaScript an officer downloads for the first page (index.html's
// entry, its static imports, and the lazy chunks of the layout and the home page with their static
// imports) and of the whole build. Exits 1 when the first page passes the budget.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET = 1024 * 1024; // bytes, gzipped
const FIRST_PAGE_LAZY = ["src/layout/AppLayout.tsx", "src/pages/home/HomePage.tsx"];

const DIST = join(dirname(dirname(fileURLToPath(import.meta.url))), "dist");
const manifest = JSON.parse(readFileSync(join(DIST, ".vite", "manifest.json"), "utf8"));

const gz = new Map();
function gzipped(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return gz.get(file);
}

/** The chunk files a manifest entry loads at once: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const first = closure("index.html");
for (const key of FIRST_PAGE_LAZY) closure(key, first);

const allJs = readdirSync(join(DIST, "assets"))
  .filter((name) => name.endsWith(".js"))
  .map((name) => `assets/${name}`)
  .sort();

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files) => [...files].reduce((total, file) => total + gzipped(file), 0);

const firstTotal = sum(first);
const total = sum(allJs);
console.log("First page (gzipped JS):");
for (const file of [...first].sort()) console.log(`  ${kib(gzipped(file)).padStart(10)}  ${file}`);
console.log(`  ${kib(firstTotal).padStart(10)}  total of the first page`);
console.log(`All JS chunks: ${allJs.length}, ${kib(total)} gzipped`);
if ([...first].some((file) => /echarts/.test(file))) {
  console.error("The first page loads echarts: only pages that chart should.");
  process.exit(1);
}
if (firstTotal > BUDGET) {
  console.error(`The first page is ${kib(firstTotal)} gzipped, over the ${kib(BUDGET)} budget.`);
  process.exit(1);
}

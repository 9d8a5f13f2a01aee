// The hash of everything web/dist is built from, so a reader can tell a stale build.
//
// Algorithm (the Python side recomputes it; keep the two in step):
//   1. Files, as POSIX paths relative to the repository root (the parent of web/):
//        every regular file under web/src/ (recursively, any name), web/index.html,
//        web/package.json, web/package-lock.json, web/vite.config.ts, web/codegen.ts,
//        every web/tsconfig*.json (files directly in web/ named tsconfig*.json), schema.graphql.
//      Files that do not exist are skipped. Symbolic links are not followed or included.
//   2. Sort the paths by their UTF-8 bytes (Python: sorted(paths, key=lambda p: p.encode())).
//   3. sha256 over, for each path in that order: the path's UTF-8 bytes, one NUL byte (0x00),
//      the file's raw bytes (no newline translation), one NUL byte.
//   4. The result is the lowercase hex digest.
//
// `node scripts/source-hash.mjs` prints the hash; build-info.mjs writes it to dist/build-info.json.
import { createHash } from "node:crypto";
import { lstatSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT = dirname(WEB);

function isFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The absolute paths of the source files, unsorted. */
export function sourceFiles(root = ROOT) {
  const web = join(root, "web");
  const files = walk(join(web, "src"), []);
  for (const name of ["index.html", "package.json", "package-lock.json", "vite.config.ts", "codegen.ts"]) {
    files.push(join(web, name));
  }
  for (const entry of readdirSync(web, { withFileTypes: true })) {
    if (entry.isFile() && /^tsconfig.*\.json$/.test(entry.name)) files.push(join(web, entry.name));
  }
  files.push(join(root, "schema.graphql"));
  return [...new Set(files)].filter(isFile);
}

/** The source hash (lowercase hex sha256) of the repository at `root`. */
export function sourceHash(root = ROOT) {
  const entries = sourceFiles(root).map((path) => ({
    path,
    key: Buffer.from(relative(root, path).split(sep).join("/"), "utf8"),
  }));
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  const hash = createHash("sha256");
  const nul = Buffer.from([0]);
  for (const { path, key } of entries) {
    hash.update(key);
    hash.update(nul);
    hash.update(readFileSync(path));
    hash.update(nul);
  }
  return hash.digest("hex");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(sourceHash());
}

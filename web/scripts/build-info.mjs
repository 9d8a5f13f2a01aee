// After `vite build`: dist/build-info.json names the sources the build came from, so the server
// (and CI) can tell when dist is stale. Deterministic: no timestamps.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceHash } from "./source-hash.mjs";

const WEB = dirname(dirname(fileURLToPath(import.meta.url)));
const info = { sourceHash: sourceHash() };
writeFileSync(join(WEB, "dist", "build-info.json"), `${JSON.stringify(info, null, 2)}\n`);
console.log(`dist/build-info.json: sourceHash ${info.sourceHash}`);

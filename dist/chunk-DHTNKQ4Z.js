import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/io/temp-space.ts
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
function tempRoot(configured) {
  return path.resolve(configured ?? tmpdir());
}
function makeTempDir(root, prefix) {
  mkdirSync(root, { recursive: true });
  return mkdtempSync(path.join(root, `mlgate-${prefix}`));
}
var live = /* @__PURE__ */ new Set();
var hooked = false;
function createTempSpace(root) {
  const made = [];
  const space = {
    makeDir(prefix) {
      const dir = makeTempDir(root, prefix);
      made.push(dir);
      live.add(space);
      if (!hooked) {
        hooked = true;
        process.on("exit", () => {
          for (const s of live) s.remove();
        });
      }
      return dir;
    },
    remove() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
      live.delete(space);
    }
  };
  return space;
}

export {
  tempRoot,
  makeTempDir,
  createTempSpace
};

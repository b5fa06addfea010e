import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/vendor/lazy-module.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function lazyModule(name) {
  let loaded;
  return () => {
    if (loaded === void 0) {
      const load = createRequire(import.meta.url);
      const bundled = fileURLToPath(new URL(`./vendor-${name}.cjs`, import.meta.url));
      loaded = existsSync(bundled) ? load(bundled) : load(name);
    }
    return loaded;
  };
}
var yamlLib = lazyModule("yaml");
var re2js = lazyModule("re2js");

export {
  yamlLib,
  re2js
};

/**
 * The npm package as a user gets it: `npm pack`, the tarball unpacked into a fresh folder's
 * node_modules with its `bin` linked the way npm links it, and `mlgate` run from there on a copy of
 * an example, far from this checkout's node_modules. (`npm install ./mlgate-x.tgz` would do the
 * same but also fetches the declared dependencies from the registry, which the tests cannot reach;
 * dist/ is bundled, so the bin needs none of them — running it where no node_modules can be found
 * is what shows that.)
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/run-node.js";

describe("npm pack (dist/ as published)", () => {
  it("packs dist/, schemas and action.yml, and its mlgate bin runs lint, test and schema with no other package installed", () => {
    const out = tempDir("mlgate-pack-");
    const name = execFileSync("npm", ["pack", "--pack-destination", out, "--silent"], {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        npm_config_audit: "false",
        npm_config_fund: "false",
        npm_config_offline: "true",
      },
    })
      .trim()
      .split("\n")
      .pop()!;
    const tarball = path.join(out, name);
    expect(existsSync(tarball)).toBe(true);
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
    expect(files).toContain("package/dist/cli.js");
    expect(files).toContain("package/schemas/mlgate.schema.json");
    expect(files).toContain("package/action.yml");
    // Nothing of the sources, tests or benchmarks.
    expect(files.filter((f) => /^package\/(?:src|test|bench|node_modules)\//.test(f))).toEqual([]);

    // Install as npm does: the package under node_modules, its bin linked into node_modules/.bin.
    const app = tempDir("mlgate-pack-app-");
    const pkgDir = path.join(app, "node_modules/mlgate");
    mkdirSync(pkgDir, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", pkgDir, "--strip-components=1"]);
    const manifest = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    expect(manifest.bin).toEqual({ mlgate: "dist/cli.js" });
    const target = path.join(pkgDir, manifest.bin.mlgate);
    expect(readFileSync(target, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(target).mode & 0o111).not.toBe(0);
    mkdirSync(path.join(app, "node_modules/.bin"));
    const bin = path.join(app, "node_modules/.bin/mlgate");
    symlinkSync(path.relative(path.dirname(bin), target), bin);
    chmodSync(target, 0o755);
    // No other package was installed: whatever the bin imports is in its bundle.
    expect(readdirSync(path.join(app, "node_modules")).sort()).toEqual([".bin", "mlgate"]);

    const run = (args: string[], cwd = app) =>
      spawnSync(bin, args, {
        cwd,
        encoding: "utf8",
        env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, HOME: app },
        timeout: 25_000,
      });
    expect(run(["--version"]).stdout.trim()).toBe(manifest.version);
    const repo = path.join(app, "churn-model");
    cpSync(path.join(ROOT, "examples/churn-model"), repo, { recursive: true });
    const check = run(["lint", "--env", "dev"], repo);
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain("Config lint");
    expect(check.status).toBe(0);
    const production = run(["test", "--env", "production", "-f", "json"], repo);
    expect(JSON.parse(production.stdout).tool).toEqual({ name: "mlgate", version: manifest.version });
    // The library: an ES module program and a CommonJS one both get its named exports (dist/ is
    // CommonJS, in the form Node's ESM loader reads the names from).
    writeFileSync(
      path.join(app, "esm.mjs"),
      'import { parseConfig, RENDERERS } from "mlgate";\nconsole.log(typeof parseConfig, typeof RENDERERS.json);\n',
    );
    writeFileSync(
      path.join(app, "cjs.cjs"),
      'const { parseConfig, RENDERERS } = require("mlgate");\nconsole.log(typeof parseConfig, typeof RENDERERS.json);\n',
    );
    for (const program of ["esm.mjs", "cjs.cjs"]) {
      const r = spawnSync(process.execPath, [program], { cwd: app, encoding: "utf8" });
      expect(r.stderr, program).toBe("");
      expect(r.stdout.trim(), program).toBe("function function");
    }
    // The config schema ships in the package, and `mlgate schema` prints the same.
    const schema = JSON.parse(readFileSync(path.join(pkgDir, "schemas/mlgate.schema.json"), "utf8"));
    expect(JSON.parse(run(["schema"]).stdout)).toEqual(schema);
  }, 60_000);
});

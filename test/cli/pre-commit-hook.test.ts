import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-node.js";

describe(".pre-commit-hooks.yaml", () => {
  it("runs the package's own binary on config files", () => {
    const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8"));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: "mlgate-lint", language: "node", pass_filenames: true });
    expect(hook.entry.split(" ")[0]).toBe(Object.keys(pkg.bin)[0]);
    const files = new RegExp(hook.files);
    for (const f of ["configs/a.yaml", "b.yml", "c.json", "d.jsonc", "e.toml", "MLproject", "sub/MLproject"])
      expect(files.test(f)).toBe(true);
    for (const f of ["train.py", "data.csv", "NotMLproject"]) expect(files.test(f)).toBe(false);
  });
});

/** A data regex RE2 cannot run is refused when mlgate.yml loads (bundled CLI; `npm run build` first). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

describe("data regexes RE2 cannot run (dist/cli.js)", () => {
  it("a backreference exits 2 at its line, naming the construct; no data is read", async () => {
    const dir = tempDir("mlgate-cli-regex-");
    writeFileSync(path.join(dir, "d.csv"), "v\naa\n");
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      'version: 1\ndata:\n  - name: d\n    path: d.csv\n    columns:\n      v:\n        regex: "^(a)\\\\1$"\n',
    );
    const r = await runNode("dist/cli.js", ["test", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "mlgate.yml:7:16 error config/unsupported-regex regex /^(a)\\1$/ uses a backreference (\\1), which the linear-time regex engine does not support\n",
    );
    expect(r.stdout).toBe("");
  });
});

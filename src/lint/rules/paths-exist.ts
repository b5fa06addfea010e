/** paths-exist: values of configured keys name local paths that must exist inside the repository. */
import path from "node:path";
import picomatch from "picomatch";
import { formatPath } from "../../schema/format-path.js";
import type { JsonPath } from "../../source/locate.js";
import type { Rule, RuleFinding } from "./rule.js";
import { walkStrings } from "./walk-strings.js";

/** URLs, templates and globs are not local paths to check. */
const NOT_A_PATH = /^[a-z][a-z0-9+.-]*:\/\/|\$\{|\{\{|[*?[]/i;

/** Key globs use dots (`**.path`); match them against the JSON path joined with slashes. */
function matcher(globs: string[]): (path: JsonPath) => boolean {
  const tests = globs.map((g) => picomatch(g.replace(/\./g, "/"), { dot: true }));
  return (p) => {
    const joined = p.map(String).join("/");
    return tests.some((t) => t(joined));
  };
}

export const pathsExist: Rule = {
  id: "paths-exist",
  description: "Values of the configured keys must be paths that exist inside the repository.",
  async run({ file, parsed, rules, exists }) {
    const matches = matcher(rules["paths-exist"].keys);
    const candidates: { document: number; path: JsonPath; value: string }[] = [];
    parsed.documents.forEach((doc, document) => {
      walkStrings(doc.data, (value, _key, pathOf) => {
        if (!value.trim() || NOT_A_PATH.test(value)) return;
        const p = pathOf();
        if (matches(p)) candidates.push({ document, path: p, value });
      });
    });
    const out: RuleFinding[] = [];
    for (const c of candidates) {
      const where = formatPath(c.path);
      const fromRoot = path.posix.normalize(c.value.replace(/\\/g, "/"));
      const fromFile = path.posix.join(path.posix.dirname(file), fromRoot);
      if (path.posix.isAbsolute(fromRoot) || fromRoot.startsWith("../")) {
        out.push({
          ...c,
          message: `${where} points outside the repository (${JSON.stringify(c.value)})`,
          hint: "Use a path relative to the repository root.",
        });
      } else if (!(await exists(fromRoot)) && !(await exists(fromFile))) {
        out.push({
          ...c,
          message: `${where} names ${JSON.stringify(c.value)}, which does not exist`,
          hint: "Fix the path, or create the file before mlgate runs.",
        });
      }
    }
    return out;
  },
};

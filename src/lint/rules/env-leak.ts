/** env-leak: in environment E, a value that mentions a marker of another environment. */
import { formatPath } from "../../schema/format-path.js";
import type { Rule, RuleFinding } from "./rule.js";
import { walkStrings } from "./walk-strings.js";

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A marker matches at the start of a word: `backtest` finds `s3://acme-backtest/` and `backtesting`. */
export const envLeak: Rule = {
  id: "env-leak",
  description:
    "A config for environment E mentions another environment's marker (backtest, staging, localhost, ...).",
  run({ environment, parsed, rules }) {
    // A file of another environment (its `{env}`) is not deployed by this run: no markers apply.
    if (environment === undefined) return [];
    const markers = rules["env-leak"].markers[environment] ?? [];
    if (!markers.length) return [];
    const re = new RegExp(`(?:^|[^A-Za-z0-9])(${markers.map(escapeRegExp).join("|")})`, "i");
    const out: RuleFinding[] = [];
    parsed.documents.forEach((doc, document) => {
      walkStrings(doc.data, (value, _key, pathOf) => {
        const m = re.exec(value);
        if (!m) return;
        const path = pathOf();
        const marker = markers.find((w) => w.toLowerCase() === m[1]!.toLowerCase()) ?? m[1]!;
        out.push({
          document,
          path,
          message: `${formatPath(path)} mentions "${marker}", which must not appear in ${environment} configs`,
          hint: `Point it at the ${environment} resource, or suppress with "# mlgate-disable-next-line env-leak" if it is intended.`,
        });
      });
    });
    return out;
  },
};

/** env-leak: in environment E, a value that mentions a marker of another environment. */
import { compileWordFinder } from "../../regex/word-finder.js";
import { formatPath } from "../../schema/format-path.js";
import type { Rule } from "./rule.js";

/**
 * Finders by marker list: compiling an RE2 program costs about a millisecond, and a run lints every
 * file with the same markers (thousands of files), so each list is compiled once per thread.
 */
const FINDERS = new Map<string, (text: string, ascii?: boolean) => string | undefined>();

/** The finder of `markers`, compiled on first use. */
function finderOf(markers: readonly string[]): (text: string, ascii?: boolean) => string | undefined {
  const key = markers.join("\u0000");
  let finder = FINDERS.get(key);
  if (!finder) {
    finder = compileWordFinder(markers);
    FINDERS.set(key, finder);
  }
  return finder;
}

/** A marker matches at the start of a word: `backtest` finds `s3://acme-backtest/` and `backtesting`. */
export const envLeak: Rule = {
  id: "env-leak",
  description:
    "A config for environment E mentions another environment's marker (backtest, staging, localhost, ...).",
  checkString({ environment, rules, asciiValues }) {
    // A file of another environment (its `{env}`) is not deployed by this run: no markers apply.
    if (environment === undefined) return undefined;
    const markers = rules["env-leak"].markers[environment] ?? [];
    if (!markers.length) return undefined;
    // Markers and values come from the repository: matched on RE2, linear in each value.
    const findMarker = finderOf(markers);
    return (value, _key, pathOf) => {
      const marker = findMarker(value, asciiValues);
      if (marker === undefined) return undefined;
      const path = pathOf();
      return {
        path,
        message: `${formatPath(path)} mentions "${marker}", which must not appear in ${environment} configs`,
        hint: `Point it at the ${environment} resource, or suppress with "# mlgate-disable-next-line env-leak" if it is intended.`,
      };
    };
  },
};

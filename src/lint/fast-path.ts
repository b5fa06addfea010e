/**
 * The fast path for YAML. yaml@2 keeps positions but parses several times slower than a lean
 * parser, and positions are needed only for files with findings. So a YAML file is first read by
 * the lean parser (src/source/yaml-lean.ts: plain block YAML, data and ranges in one pass), which
 * accepts only what it can prove is valid YAML and reads exactly as yaml@2 does. Anything else (a
 * parse error, several documents, tags, a truthy word, YAML outside its subset, a position its
 * index cannot give) makes the caller lint the file again with yaml@2. A test lints the official
 * YAML test suite and the fixtures both ways and compares.
 *
 * js-yaml used to read what the lean parser declined; the test suite showed it accepting what
 * YAML 1.2 rejects (tabs as indentation, `"a"# c`, over-indented blank lines in block scalars,
 * flow collections less indented than their parent) and reading `? [a, b]` and empty keys as
 * other data than yaml@2, so a result depended on the path. It is no longer used here.
 */
import type { ParsedFile } from "../source/source-document.js";
import { parseLeanYaml } from "../source/yaml-lean.js";
import { CannotLocate, leanLocate } from "../source/yaml-lines.js";

/**
 * Parse `text` the fast way, or return undefined when only the full parse can lint it. The
 * document's `locate` throws CannotLocate when the lean index cannot answer exactly. `bytes`: what
 * `text` was decoded from (see parseLeanYaml).
 */
export function parseYamlFast(text: string, truthyRule: boolean, bytes?: Uint8Array): ParsedFile | undefined {
  // The lean parser declines by itself what only the full parse reports (several documents, tags,
  // anchors, a bare yes/no/on/off when the yaml-truthy rule is on).
  const lean = parseLeanYaml(text, { rejectTruthy: truthyRule, ...(bytes ? { bytes } : {}) });
  if (!lean) return undefined;
  return {
    format: "yaml",
    diagnostics: [],
    truthy: [],
    documents: [
      {
        data: lean.data,
        locate: (path, preferKey) => ({ range: leanLocate((p) => lean.entry(p), path, preferKey) }),
      },
    ],
  };
}

export { CannotLocate };

/**
 * The fast path for YAML. yaml@2 keeps positions but parses several times slower than js-yaml,
 * and positions are needed only for files with findings. So a YAML file is first read by the lean
 * parser (src/source/yaml-lean.ts: plain block YAML, data and ranges in one pass); failing that, by
 * js-yaml (the same YAML 1.2 core data, merge keys included), located when it has findings by the
 * lean line index (src/source/yaml-lines.ts). Whatever the fast path cannot settle exactly (a parse
 * error, several documents, tags, a truthy word, a position the index cannot give) makes the caller
 * lint the file again with yaml@2. A test lints the same files both ways and compares.
 */
import jsyaml from "js-yaml";
import type { ParsedFile } from "../source/source-document.js";
import { TRUTHY_IN_TEXT } from "../source/truthy.js";
import { parseLeanYaml } from "../source/yaml-lean.js";
import { CannotLocate, indexYamlLines, leanLocate } from "../source/yaml-lines.js";

// @types/js-yaml does not declare `types`; js-yaml 4 exports it.
const { merge } = (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types;
/** YAML 1.2 core types plus merge keys: the data yaml@2 builds with `merge: true`. */
const SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [merge] });

/**
 * Several documents, directives, tags, anchors and aliases: left to the full parse, which handles
 * them all, and which alone caps alias expansion (js-yaml shares aliased values, so an alias bomb
 * would make the rules walk an exponential tree).
 */
const FULL_PARSE_SYNTAX = /^(?:---|\.\.\.|%)|(?:^|[\s[{,:-])[!&*](?=\S)/m;

/**
 * Parse `text` the fast way, or return undefined when only the full parse can lint it. The
 * document's `locate` throws CannotLocate when the lean index cannot answer exactly.
 */
export function parseYamlFast(text: string, truthyRule: boolean): ParsedFile | undefined {
  // Plain block YAML (most configs): data and ranges in one lean pass. It declines by itself what
  // the checks below look for (several documents, tags, anchors, a bare yes/no/on/off).
  const lean = parseLeanYaml(text, { rejectTruthy: truthyRule });
  if (lean) {
    return {
      format: "yaml",
      diagnostics: [],
      truthy: [],
      documents: [
        {
          data: lean.data,
          locate: (path, preferKey) => ({ range: leanLocate(lean.index, path, preferKey) }),
        },
      ],
    };
  }
  if (FULL_PARSE_SYNTAX.test(text)) return undefined;
  if (truthyRule && TRUTHY_IN_TEXT.test(text)) return undefined;
  let data: unknown;
  try {
    // js-yaml rejects duplicate keys and unknown tags; the full parse reports them with positions.
    data = jsyaml.load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  let index: ReturnType<typeof indexYamlLines> | null = null;
  return {
    format: "yaml",
    diagnostics: [],
    truthy: [],
    documents:
      data === undefined
        ? []
        : [
            {
              data,
              locate(path, preferKey) {
                index ??= indexYamlLines(text);
                if (!index) throw new CannotLocate("the file uses YAML the lean index does not model");
                return { range: leanLocate(index, path, preferKey) };
              },
            },
          ],
  };
}

export { CannotLocate };

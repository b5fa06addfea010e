/**
 * Directive mistakes that yaml@2 lets through and YAML 1.2 forbids (the official test suite's 9MMA
 * and SF5V): directives with no document after them, and `%YAML` given twice for one document.
 */
import { yamlLib } from "../vendor/lazy-module.js";

/** A directive YAML 1.2 rejects: its offsets in the text and why. */
export interface DirectiveProblem {
  start: number;
  end: number;
  message: string;
}

/** A line that starts with `%`, as every directive does. */
const DIRECTIVE_LINE = /^%/m;

const YAML_DIRECTIVE = /^%YAML(?:[ \t]|$)/;

/** The directive problems of `text`, in source order; none for text without directives. */
export function findDirectiveProblems(text: string): DirectiveProblem[] {
  // Most files have no directive, and only those pay for tokenizing the text a second time.
  if (!DIRECTIVE_LINE.test(text)) return [];
  const out: DirectiveProblem[] = [];
  let pending: { offset: number; source: string }[] = [];
  for (const token of new (yamlLib().Parser)().parse(text)) {
    if (token.type === "document") {
      pending = [];
    } else if (token.type === "directive") {
      const { offset, source } = token;
      if (YAML_DIRECTIVE.test(source) && pending.some((d) => YAML_DIRECTIVE.test(d.source))) {
        out.push({ start: offset, end: offset + source.length, message: "the %YAML directive is repeated" });
      }
      pending.push(token);
    }
  }
  const first = pending[0];
  if (first) {
    out.push({
      start: first.offset,
      end: first.offset + first.source.length,
      message: "directives must be followed by a document (`---`)",
    });
  }
  return out;
}

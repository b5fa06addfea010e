/** Small pieces of YAML text for the files init writes: keys and scalars quoted only when needed. */

/** Plain scalars YAML 1.1 or 1.2 readers could take for something else than a string. */
const SPECIAL = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
const PLAIN = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;

/** A mapping key or string value: bare when it cannot be misread, else a JSON (= YAML) string. */
export function yamlString(s: string): string {
  return PLAIN.test(s) && !SPECIAL.test(s) ? s : JSON.stringify(s);
}

/** A scalar: numbers and booleans as they are, strings through yamlString. */
export function yamlScalar(v: string | number | boolean): string {
  return typeof v === "string" ? yamlString(v) : String(v);
}

/** A flow mapping `{ a: 1, b: [x, y] }` of scalars, lists of scalars and nested flow mappings. */
export function flow(obj: Record<string, unknown>): string {
  const parts = Object.entries(obj).map(([k, v]) => `${yamlString(k)}: ${flowValue(v)}`);
  return `{ ${parts.join(", ")} }`;
}

function flowValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(", ")}]`;
  if (v !== null && typeof v === "object") return flow(v as Record<string, unknown>);
  return yamlScalar(v as string | number | boolean);
}

/** `text` as a YAML comment line (one line: line breaks from file names become spaces). */
export function comment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, " ")}`;
}

/** A file name as a glob that matches just it: glob characters escaped with a backslash. */
export function globLiteral(file: string): string {
  return file.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}

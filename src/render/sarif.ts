/** SARIF 2.1.0 for GitHub code scanning: one result per finding, rules described, stable fingerprints. */
import { createHash } from "node:crypto";
import { prefixed, reportDiagnostics } from "./diagnostics.js";
import type { Renderer } from "./renderer.js";

/** What each family of codes means, for the rule list code scanning shows. */
const DESCRIPTIONS: [RegExp, string][] = [
  [/^schema\/invalid-schema$/, "A schema used for linting is not a valid JSON Schema."],
  [/^schema\//, "The file does not satisfy its JSON Schema."],
  [/^yaml\/duplicate-key$|^json\/duplicate-key$/, "The same key appears twice in one mapping."],
  [/^(yaml|json|toml)\//, "The file cannot be parsed."],
  [/^env-leak$/, "A config for one environment mentions another environment's resources."],
  [/^secrets$/, "A credential is written into the file."],
  [/^yaml-truthy$/, "A bare yes/no/on/off that YAML 1.1 readers take as a boolean."],
  [/^paths-exist$/, "A configured path does not exist or leaves the repository."],
  [/^file\//, "The file cannot be linted (size, encoding, binary, nesting)."],
  [/^compare\/regression$/, "A metric worsened beyond its compare rule's tolerance."],
  [
    /^compare\/undetectable-tolerance$/,
    "A compare rule tolerates less worsening than its paired test can detect at this sample size.",
  ],
];

function describe(code: string): string {
  return DESCRIPTIONS.find(([re]) => re.test(code))?.[1] ?? `mlgate finding ${code}.`;
}

/** The SARIF log as pretty JSON. */
export const renderSarif: Renderer = (report, options = {}) => {
  const found = reportDiagnostics(report);
  const codes = [...new Set(found.map((f) => f.diagnostic.code))].sort();
  const results = found.map(({ diagnostic: d }) => {
    const uri = prefixed(d.file, options.pathPrefix);
    const location: Record<string, unknown> = { artifactLocation: { uri, uriBaseId: "%SRCROOT%" } };
    if (d.range) {
      location.region = {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.column + 1,
        endLine: d.range.end.line + 1,
        // 1-based and exclusive; a zero-width range still covers one column.
        endColumn:
          d.range.end.line > d.range.start.line
            ? d.range.end.column + 1
            : Math.max(d.range.end.column, d.range.start.column + 1) + 1,
      };
    }
    // Without the line, so that moving a finding does not make code scanning see a new alert.
    const fingerprint = createHash("sha256")
      .update(`${d.code}\0${uri}\0${d.message}`)
      .digest("hex")
      .slice(0, 32);
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
      locations: [{ physicalLocation: location }],
      partialFingerprints: { "mlgateFinding/v1": fingerprint },
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlgate",
            version: report.tool.version,
            rules: codes.map((id) => ({ id, shortDescription: { text: describe(id) } })),
          },
        },
        automationDetails: { id: `mlgate/${report.environment.name}/` },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

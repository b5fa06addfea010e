/** yaml-truthy: yes/no/on/off written bare, which YAML 1.1 tools (PyYAML, Ansible) read as booleans. */
import type { Rule } from "./rule.js";

export const yamlTruthy: Rule = {
  id: "yaml-truthy",
  description: "Unquoted yes/no/on/off: a string in YAML 1.2, a boolean in YAML 1.1 readers such as PyYAML.",
  run({ parsed }) {
    return parsed.truthy.map((t) => ({
      range: t.range,
      message: `"${t.text}" is a string for YAML 1.2 readers but a boolean for YAML 1.1 readers such as PyYAML`,
      hint: `Write true/false for a boolean, or "${t.text}" in quotes for a string.`,
    }));
  },
};

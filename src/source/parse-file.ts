/** Pick the parser by file name. */
import { parseJsonFile } from "./parse-json.js";
import { parseTomlFile } from "./parse-toml.js";
import { parseYamlFile } from "./parse-yaml.js";
import type { ParsedFile } from "./source-document.js";

/** The format a file name implies; YAML for anything unknown (MLproject, dvc.lock, ...). */
export function formatOf(file: string): ParsedFile["format"] {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".jsonc") || lower.endsWith(".json5")) return "jsonc";
  if (lower.endsWith(".toml")) return "toml";
  return "yaml";
}

/** Parse `text` as the format its name implies. */
export function parseFile(text: string, file: string): ParsedFile {
  const format = formatOf(file);
  if (format === "json" || format === "jsonc") return parseJsonFile(text, file, format === "jsonc");
  if (format === "toml") return parseTomlFile(text, file);
  return parseYamlFile(text, file);
}

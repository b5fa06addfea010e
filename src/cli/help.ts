/** The CLI's --help texts, printed from the command table in `commands.ts`. */
import { COMMANDS, type CommandName, OPTIONS, type OptionName } from "./commands.js";

const FOOTER = `Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.
Colour is used on a terminal; FORCE_COLOR=1 forces it (also when piped), NO_COLOR or FORCE_COLOR=0 turns it off.
`;

/** Help for `mlgate --help`: the commands. */
export function helpText(version: string): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  const commands = Object.entries(COMMANDS)
    .map(([name, spec]) => `  ${name.padEnd(width)}${spec.summary}`)
    .join("\n");
  return `mlgate ${version} - gate changes to machine-learning repositories

Usage: mlgate <command> [options]

Commands:
${commands}

Run mlgate <command> --help for a command's options and an example.

Options:
${optionLines(["help", "version"])}

${FOOTER}
Examples:
${Object.values(COMMANDS)
  .map((c) => `  ${c.examples[0]}`)
  .join("\n")}
`;
}

/** Help for `mlgate COMMAND --help`: its synopsis, options and example. */
export function commandHelpText(command: CommandName, version: string): string {
  const spec = COMMANDS[command];
  const details = "details" in spec ? `\n${spec.details}\n` : "";
  return `mlgate ${version} - ${spec.summary}

Usage: ${spec.usage}
${details}
Options:
${optionLines(spec.options, "describe" in spec ? spec.describe : undefined)}

${command === "init" || command === "schema" ? "" : `${FOOTER}\n`}Example${spec.examples.length > 1 ? "s" : ""}:
${spec.examples.map((e) => `  ${e}`).join("\n")}
`;
}

/** Option lines, `-C, --dir DIR` then the description, aligned. */
function optionLines(names: readonly OptionName[], describe?: Partial<Record<OptionName, string>>): string {
  const heads = names.map((name) => {
    const o = OPTIONS[name];
    const short = "short" in o ? `-${o.short}, ` : "    ";
    const value = "value" in o ? ` ${o.value}` : "";
    return `  ${short}--${name}${value}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return names
    .map((name, i) => {
      const head = heads[i]!;
      const text = describe?.[name] ?? OPTIONS[name].description;
      return head.length + 2 > width + 4
        ? `${head}\n${" ".repeat(width)}${text}`
        : `${head.padEnd(width)}${text}`;
    })
    .join("\n");
}

/**
 * The `mlgate` command lines a markdown file shows (in shell blocks, `$ ` lines and code spans),
 * its usage synopses (`mlgate <check|lint> [--dir DIR]`) and the options it names on their own
 * (`--env production`), and what the CLI's own argument parser says about each.
 */
import { marked } from "marked";
import { COMMANDS, type CommandName, isCommand } from "../../src/cli/commands.js";
import { parseCliArgs, UsageError } from "../../src/cli/parse-args.js";
import { RENDERERS } from "../../src/render/index.js";

/** One place where a markdown file tells the reader what to type. */
export interface CliMention {
  /** `run`: a whole command line; `synopsis`: a usage line; `option`: an option with or without its value. */
  kind: "run" | "synopsis" | "option";
  /** The text as written, for messages. */
  text: string;
  /** The words after `mlgate` (or the option and its value). */
  args: string[];
}

const SHELL_LANGS = new Set(["sh", "bash", "shell", "console", "zsh"]);

/** `mlgate`, `npx mlgate` or `node dist/cli.js`, then its words up to a shell separator or comment. */
const INVOCATION =
  /(?:^|[\s;&|(])(?:npx\s+)?(?:mlgate|node\s+dist\/cli\.js)(?![^\s;&|)])((?:[ \t]+[^\s;&|#)]+)*)/g;

/** A first word that can be a command or an option; anything else (`mlgate 0.1.0`, `mlgate (production)`) is prose or output. */
const COMMAND_LIKE = /^(?:-|[a-z][a-z-]*$)/;

function invocationsIn(text: string, kind: "run" | "synopsis"): CliMention[] {
  const out: CliMention[] = [];
  for (const m of text.matchAll(INVOCATION)) {
    const args = m[1]!.trim().split(/\s+/).filter(Boolean);
    if (!args.length || (!COMMAND_LIKE.test(args[0]!) && !args[0]!.startsWith("<"))) continue;
    const synopsis = kind === "synopsis" || args.some((a) => /[<>[\]|]/.test(a));
    out.push({ kind: synopsis ? "synopsis" : "run", text: m[0].trim(), args });
  }
  return out;
}

/** A block of usage lines: each line is `mlgate COMMAND ...` or continues the one before (indented). */
function isUsageBlock(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^mlgate [a-z]/.test(l) || /^\s/.test(l)) && /\[/.test(text);
}

/** Every mention of the CLI in `markdown`. */
export function cliMentions(markdown: string): CliMention[] {
  const mentions: CliMention[] = [];
  marked.walkTokens(marked.lexer(markdown), (t) => {
    if (t.type === "code") {
      const text: string = t.text;
      if (SHELL_LANGS.has(t.lang ?? "")) {
        for (const line of text.split("\n")) mentions.push(...invocationsIn(line, "run"));
      } else if (/^mlgate </m.test(text) || isUsageBlock(text)) {
        // A usage block: every line, continuation lines included, names commands and options.
        mentions.push({ kind: "synopsis", text, args: text.split(/\s+/).filter(Boolean).slice(1) });
      } else {
        for (const line of text.split("\n"))
          if (line.startsWith("$ ")) mentions.push(...invocationsIn(line.slice(2), "run"));
      }
    } else if (t.type === "codespan") {
      const text: string = t.text;
      if (/^--[a-z]/.test(text)) mentions.push({ kind: "option", text, args: text.split(/\s+/) });
      else if (/^(?:npx\s+)?(?:mlgate|node\s+dist\/cli\.js)\s/.test(text))
        mentions.push(...invocationsIn(text, "run"));
    }
  });
  return mentions;
}

/** The parser's complaint about `args` (a command line after `mlgate`), or undefined when it accepts them. */
function usageProblem(args: string[], cwd: string): string | undefined {
  try {
    parseCliArgs(args, cwd);
    return undefined;
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
}

/** Whether the parser knows `--name` (for some command: they all share one option table). */
export function isKnownOption(name: string, cwd: string): boolean {
  const problem = usageProblem(["check", name], cwd);
  return !problem?.startsWith("unknown option");
}

/** What is wrong with a mention, or undefined when the CLI would accept it. */
export function mentionProblem(mention: CliMention, cwd: string): string | undefined {
  if (mention.kind === "run") return usageProblem(mention.args, cwd);
  if (mention.kind === "option") {
    const [option] = mention.args;
    if (!isKnownOption(option!, cwd)) return `unknown option ${option}`;
    // With a value, the parser must take it too (`--format sarif`, not `--format sarf`).
    return mention.args.length > 1 ? usageProblem(["check", ...mention.args], cwd) : undefined;
  }
  const problems: string[] = [];
  const commands = Object.keys(COMMANDS);
  const text = mention.text;
  for (const m of text.matchAll(/\bmlgate\s+<([^>]*)>/g))
    for (const c of m[1]!.split("|")) if (!commands.includes(c)) problems.push(`unknown command ${c}`);
  for (const m of text.matchAll(/\bmlgate\s+([a-z][a-z-]*)/g))
    if (!commands.includes(m[1]!)) problems.push(`unknown command ${m[1]}`);
  for (const [option] of text.matchAll(/--[a-z][a-z-]*/g))
    if (!isKnownOption(option, cwd)) problems.push(`unknown option ${option}`);
  // Each usage line takes only the options of its command(s), as their --help lists them.
  for (const line of text
    .split("\n")
    .join(" ")
    .split(/(?=\bmlgate\s)/)) {
    const named = synopsisCommands(line);
    for (const [option] of line.matchAll(/--[a-z][a-z-]*/g)) {
      const name = option.slice(2);
      const refusing = named.filter((c) => !(COMMANDS[c].options as string[]).includes(name));
      if (refusing.length && isKnownOption(option, cwd))
        problems.push(`mlgate ${refusing.join("|")} does not take ${option}`);
    }
  }
  for (const m of text.matchAll(/--format\s+([a-z|]+)/g))
    for (const f of m[1]!.split("|")) if (!Object.hasOwn(RENDERERS, f)) problems.push(`unknown format ${f}`);
  return problems.length ? problems.join("; ") : undefined;
}

/** The commands a usage line is for: `mlgate <check|lint> ...` or `mlgate init ...`. */
export function synopsisCommands(line: string): CommandName[] {
  const m = /\bmlgate\s+(?:<([^>]*)>|([a-z][a-z-]*))/.exec(line);
  const names = m ? (m[1] ?? m[2]!).split("|") : [];
  return names.filter(isCommand);
}

/** What a set of markdown files names: commands, options and formats, as the CLI would read them. */
export function namedInDocs(mentions: CliMention[]): {
  commands: Set<string>;
  options: Set<string>;
  formats: Set<string>;
} {
  const commands = new Set<string>();
  const options = new Set<string>();
  const formats = new Set<string>();
  for (const m of mentions) {
    const words = m.kind === "synopsis" ? m.text.split(/[\s[\]|<>]+/) : m.args;
    if (m.kind === "run" && isCommand(m.args[0] ?? "")) commands.add(m.args[0]!);
    if (m.kind === "synopsis") for (const c of m.text.split("\n").flatMap(synopsisCommands)) commands.add(c);
    for (const [i, w] of words.entries()) {
      if (/^--[a-z][a-z-]*$/.test(w)) options.add(w.slice(2));
      if (/^-[a-zA-Z]$/.test(w)) options.add(w);
      if ((w === "--format" || w === "-f") && words[i + 1])
        for (const f of words[i + 1]!.split("|")) if (/^[a-z]+$/.test(f)) formats.add(f);
    }
  }
  return { commands, options, formats };
}

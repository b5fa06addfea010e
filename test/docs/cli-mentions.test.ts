import { readFileSync } from "node:fs";
import path from "node:path";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { COMMANDS, OPTIONS } from "../../src/cli/commands.js";
import { RENDERERS } from "../../src/render/index.js";
import { ROOT } from "../helpers/run-node.js";
import { cliMentions, isKnownOption, mentionProblem, namedInDocs, synopsisCommands } from "./cli-mentions.js";

describe("finding the CLI in markdown", () => {
  const md = [
    "Run `mlgate lint --env production` or `node dist/cli.js check`; pick `mlgate (production)`.",
    "Read `mlgate.yml`; pass `--format json`, not `npm --prefix bench install --rounds 3`.",
    "",
    "```sh",
    "npm ci && node dist/cli.js check --dir examples/churn-model   # then read it",
    "node bench/data/run.mjs --rounds 3",
    "```",
    "",
    "```text",
    "$ mlgate compare --baseline-ref main",
    "mlgate 0.1.0",
    "```",
    "",
    "```yaml",
    "# On a pull request mlgate checks the change",
    "```",
    "",
    "```text",
    "mlgate <check|lint> [--dir DIR]",
    "                    [--format terminal|json]",
    "```",
  ].join("\n");

  it("takes command lines from shell blocks, $ lines and code spans, and leaves prose, output and other tools alone", () => {
    expect(cliMentions(md).map((m) => [m.kind, m.args.join(" ")])).toEqual([
      ["run", "lint --env production"],
      ["run", "check"],
      ["option", "--format json"],
      ["run", "check --dir examples/churn-model"],
      ["run", "compare --baseline-ref main"],
      ["synopsis", "<check|lint> [--dir DIR] [--format terminal|json]"],
    ]);
    expect(cliMentions(md).every((m) => mentionProblem(m, ROOT) === undefined)).toBe(true);
  });

  it("knows the parser's options and refuses others", () => {
    expect(isKnownOption("--env", ROOT)).toBe(true);
    expect(isKnownOption("--help", ROOT)).toBe(true);
    expect(isKnownOption("--baseline-ref", ROOT)).toBe(true);
    expect(isKnownOption("--enviroment", ROOT)).toBe(false);
  });

  it("reports a misspelt command, option or format wherever it is written", () => {
    const bad = [
      "`mlgate chek --dir .`, `mlgate lint --enviroment production`, `--format sarf`, `--fail-on warning`",
      "",
      "```text",
      "mlgate <check|lnt> [--dirr DIR] [--format terminal|jsn]",
      "```",
    ].join("\n");
    expect(cliMentions(bad).map((m) => mentionProblem(m, ROOT))).toEqual([
      'unknown command "chek" (did you mean "check"?); expected one of check, lint, test, compare, init, schema',
      "unknown option --enviroment",
      'unknown format "sarf" (did you mean "sarif"?); expected one of terminal, markdown, json, sarif, github, html',
      "unknown option --fail-on",
      "unknown command lnt; unknown option --dirr; unknown format jsn",
    ]);
  });
});

describe("usage lines, per command", () => {
  it("read a block of `mlgate COMMAND [...]` lines as a synopsis and hold each line to its command's options", () => {
    const md = [
      "```text",
      "mlgate check  [--dir DIR] [--baseline PATH]",
      "              [--quiet]",
      "mlgate init   [--dir DIR] [--force] [--baseline-ref REF]",
      "mlgate lint   [FILE...] [--dry-run]",
      "```",
    ].join("\n");
    const [m] = cliMentions(md);
    expect(m!.kind).toBe("synopsis");
    expect(mentionProblem(m!, ROOT)).toBe(
      "mlgate init does not take --baseline-ref; mlgate lint does not take --dry-run",
    );
    expect(synopsisCommands("mlgate <check|lint|nope> [--x]")).toEqual(["check", "lint"]);
  });

  it("a command line is checked against its own command too", () => {
    const [m] = cliMentions("`mlgate lint --baseline-ref main`");
    expect(mentionProblem(m!, ROOT)).toBe("mlgate lint does not take --baseline-ref");
  });
});

describe("README.md", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("shows only commands, options and formats the CLI accepts", () => {
    const mentions = cliMentions(readme);
    // The README shows the CLI in many places; a change that stops finding them would pass vacuously.
    expect(mentions.filter((m) => m.kind === "run").length).toBeGreaterThan(5);
    expect(mentions.filter((m) => m.kind === "option").length).toBeGreaterThan(5);
    expect(mentions.filter((m) => m.kind === "synopsis").length).toBeGreaterThan(0);
    const problems = mentions.flatMap((m) => {
      const problem = mentionProblem(m, ROOT);
      return problem ? [`${m.text}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe("README.md and docs/, the other way round", () => {
  const files = ["README.md", ...globSync("docs/**/*.md", { cwd: ROOT })];
  const text = (f: string) => readFileSync(path.join(ROOT, f), "utf8");
  const named = namedInDocs(files.flatMap((f) => cliMentions(text(f))));

  it("name every command, every option and every format the CLI has", () => {
    const missing = [
      ...Object.keys(COMMANDS)
        .filter((c) => !named.commands.has(c))
        .map((c) => `command ${c}`),
      ...Object.keys(OPTIONS)
        .filter((o) => o !== "help" && o !== "version" && !named.options.has(o))
        .map((o) => `option --${o}`),
      ...Object.keys(RENDERERS)
        .filter((f) => !named.formats.has(f))
        .map((f) => `format ${f}`),
    ];
    expect(missing).toEqual([]);
  });

  it("the README's usage block lists, per command, exactly the options of its --help", () => {
    const block = cliMentions(text("README.md")).find(
      (m) => m.kind === "synopsis" && Object.keys(COMMANDS).every((c) => m.text.includes(`mlgate ${c}`)),
    );
    expect(block).toBeDefined();
    const perCommand: Record<string, string[]> = {};
    for (const line of block!.text
      .split("\n")
      .join(" ")
      .split(/(?=\bmlgate\s)/)) {
      const [command] = synopsisCommands(line);
      if (command) perCommand[command] = [...line.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!);
    }
    const expected = Object.fromEntries(
      Object.entries(COMMANDS).map(([c, spec]) => [
        c,
        (spec.options as string[]).filter((o) => o !== "help"),
      ]),
    );
    expect(perCommand).toEqual(expected);
  });
});

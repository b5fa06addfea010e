/**
 * The workflow commands a GitHub runner would act on in a step's stdout, read the way the runner
 * reads them (actions/runner, ActionCommandManager.TryProcessCommand and ActionCommand.TryParseV2 /
 * TryParse): a line is split at \r, \n or \r\n; `::name props::data` counts after leading
 * whitespace is trimmed, the old `##[name props]data` anywhere in a line; after
 * `::stop-commands::TOKEN` nothing counts until a `::TOKEN::` line. Only names the runner knows
 * are commands (an unknown `::foo::` is plain text).
 */

/** One command the runner would process. */
export interface WorkflowCommand {
  name: string;
  properties: string;
  data: string;
  line: string;
}

/** The commands the runner registers (its command extensions and stop-commands). */
const KNOWN = new Set([
  "stop-commands",
  "set-env",
  "set-output",
  "save-state",
  "add-mask",
  "add-path",
  "add-matcher",
  "remove-matcher",
  "warning",
  "error",
  "notice",
  "debug",
  "group",
  "endgroup",
  "echo",
]);

function parse(line: string, known: Set<string>): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith("::")) {
    const end = trimmed.indexOf("::", 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(" ");
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (known.has(name))
        return {
          name,
          properties: space < 0 ? "" : info.slice(space + 1),
          data: trimmed.slice(end + 2),
          line,
        };
    }
  }
  const prefix = line.indexOf("##[");
  if (prefix < 0) return undefined;
  const rb = line.indexOf("]", prefix);
  if (rb < 0) return undefined;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(" ");
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!known.has(name)) return undefined;
  return { name, properties: space < 0 ? "" : info.slice(space + 1), data: line.slice(rb + 1), line };
}

/** Every command a runner would process in `stdout`, in order (stop and resume included). */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const known = new Set(KNOWN);
  let stopToken: string | undefined;
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parse(line, known);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name === stopToken.toLowerCase()) {
        known.delete(stopToken.toLowerCase());
        stopToken = undefined;
        out.push(command);
      }
      continue;
    }
    if (command.name === "stop-commands") {
      stopToken = command.data;
      known.add(stopToken.toLowerCase());
    }
    out.push(command);
  }
  return out;
}

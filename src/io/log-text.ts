/**
 * Text for a GitHub Actions log that no workflow command can hide in. The runner acts on a line
 * that starts with `::name ...::` once leading whitespace is trimmed, and on `##[name ...]`
 * anywhere in a line (actions/runner, ActionCommand.TryParseV2 and TryParse), and it splits lines
 * at `\r` as well as `\n`; so a metric name or a forged report holding a newline and
 * `::set-output name=passed::true` would set an output. Text that holds `::` or `##[` anywhere is
 * written between `::stop-commands::TOKEN` and `::TOKEN::` with a random token, the toolkit's
 * documented way to print untrusted text: the runner acts on nothing in between, and the text
 * cannot end the block because it cannot know the token. Other text cannot form a command and is
 * written as it is, so an ordinary log has no extra lines.
 */
import { randomBytes } from "node:crypto";

/** What the runner could read as the start of a command, anywhere in the text. */
const COMMAND_LIKE = /::|##\[/;

/** A resume token the text does not contain (128 random bits; checked all the same). */
function stopToken(text: string): string {
  for (;;) {
    const token = `mlgate-${randomBytes(16).toString("hex")}`;
    if (!text.includes(token)) return token;
  }
}

/** `text` as it may be written to the step's log: as it is, or inside a stop-commands block. */
export function logSafe(text: string): string {
  if (!COMMAND_LIKE.test(text)) return text;
  const token = stopToken(text);
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

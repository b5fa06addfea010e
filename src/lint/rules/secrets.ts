/** secrets: hard-coded credentials. Messages name the kind of secret, never the secret itself. */
import { formatPath } from "../../schema/format-path.js";
import type { Rule } from "./rule.js";

/** Patterns of well-known credential formats, by what they are. */
export const PATTERNS: [string, RegExp][] = [
  ["AWS access key id", /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/],
  ["private key", /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ["Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["Hugging Face token", /\bhf_[A-Za-z0-9]{30,}\b/],
  ["OpenAI API key", /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/],
  ["Stripe secret key", /\b[rs]k_live_[0-9A-Za-z]{20,}\b/],
  ["Azure storage account key", /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/],
];

/** user:password@ inside a URL; the password group is checked against placeholders. */
export const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;

/** Key names that announce a secret. */
const SECRET_KEY =
  /(?:^|[_.-])(?:password|passwd|pwd|secret|secret_key|token|api_?key|access_?key|private_?key|client_secret)$/i;

/** Values that are references or placeholders, not secrets. */
const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{.*\}\}|<[^>]*>|\*+|x+|changeme|change_me|redacted|none|null|todo|your[_-].*|env:.*|secret:.*|vault:.*|arn:aws:secretsmanager:.*|projects\/.+\/secrets\/.+)$/i;

/** One pass that rules out most strings before the individual patterns run. */
const ANY_PATTERN = new RegExp(
  `${PATTERNS.map(([, re]) => re.source).join("|")}|://[^/\\s:@]+:[^/\\s@]+@`,
  "i",
);

/**
 * The shortest text ANY_PATTERN can match (`://a:b@`), below the 8 characters of a literal value
 * under a secret's key: most config values are shorter, and need no regex (a third of the values of
 * bench/lint's corpus).
 */
const SHORTEST_SECRET = 7;

/** The kind of secret `value` under property `key` looks like, if any. */
export function secretKind(key: string, value: string): string | undefined {
  if (value.length < SHORTEST_SECRET) return undefined;
  if (ANY_PATTERN.test(value)) {
    for (const [kind, re] of PATTERNS) if (re.test(value)) return kind;
    const pw = URL_PASSWORD.exec(value);
    if (pw && !PLACEHOLDER.test(pw[1]!) && !pw[1]!.startsWith("$")) return "password inside a URL";
  }
  if (value.length >= 8 && SECRET_KEY.test(key) && !/\s/.test(value) && !PLACEHOLDER.test(value)) {
    return `literal value for "${key}"`;
  }
  return undefined;
}

export const secrets: Rule = {
  id: "secrets",
  description: "Hard-coded credentials: cloud access keys, private keys, tokens, passwords in URLs.",
  checkString() {
    return (value, key, pathOf) => {
      const kind = secretKind(key, value);
      if (!kind) return undefined;
      const path = pathOf();
      return {
        path,
        message: `${formatPath(path)} holds a hard-coded secret (${kind}); the value is not shown`,
        hint: "Read it from the environment or a secret store (e.g. ${MY_SECRET}), and rotate the leaked credential.",
      };
    };
  },
};

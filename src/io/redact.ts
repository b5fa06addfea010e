/**
 * Redaction of secrets from every text that leaves the runner (PR comment, job summary, check run,
 * log, report files). The runner masks secrets in its own log only; a comment posted through the
 * API is not masked, so suite output that printed a token would be public. What counts as a
 * secret: the value of every environment variable whose name says so (TOKEN, SECRET, PASSWORD,
 * KEY, CREDENTIAL...) and is at least MIN_SECRET_LENGTH characters long, the action's
 * `github-token` input, and the password of a URL with credentials held in any variable.
 */

/** Names of variables that hold secrets. */
const SECRET_NAME =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|KEY|CREDENTIAL|PRIVATE|AUTH(?!OR)|COOKIE|SESSION|SIGNATURE|CERT/i;

/**
 * Variables whose names match SECRET_NAME but hold no secret: the action's other inputs (the
 * sticky comment's `comment-key` is no secret, and redacting it would hide the comment's marker)
 * and paths. The action's token input is named explicitly in secretValues.
 */
const NOT_SECRET = /^INPUT_|^SSH_AUTH_SOCK$|_(PATH|FILE|DIR|URL)$/i;

/** The action's `github-token` input, as the runner passes it. */
const TOKEN_INPUT = "INPUT_GITHUB-TOKEN";

/**
 * Shorter values are not redacted: a 3-character "key" would blank every occurrence of those
 * letters in the scorecard, and no real token is that short (GitHub's are 40 characters or more).
 */
export const MIN_SECRET_LENGTH = 8;

/** What replaces a secret, as GitHub's own log masking writes it. */
export const REDACTED = "***";

/** A URL with a password (`scheme://user:password@host`). */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;

/** Whether the variable `name` holds a secret by its name. */
export function isSecretName(name: string): boolean {
  return name === TOKEN_INPUT || (SECRET_NAME.test(name) && !NOT_SECRET.test(name));
}

/**
 * The secret values of `env`, longest first (so a secret containing another goes whole), each
 * also in the forms it takes inside JSON and URLs, and line by line when it has several lines.
 */
export function secretValues(env: Record<string, string | undefined>, extra: string[] = []): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    if (value.length < MIN_SECRET_LENGTH) return;
    found.add(value);
    // The same secret as the report's JSON or a URL would spell it.
    found.add(JSON.stringify(value).slice(1, -1));
    found.add(encodeURIComponent(value));
    if (/[\r\n]/.test(value))
      for (const line of value.split(/\r?\n|\r/))
        if (line.trim().length >= MIN_SECRET_LENGTH) found.add(line.trim());
  };
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (isSecretName(name)) add(value);
    for (const m of value.matchAll(URL_PASSWORD)) add(m[1]!);
  }
  for (const value of extra) add(value);
  return [...found].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/** `text` with every one of `secrets` replaced by REDACTED (linear in the text per secret). */
export function redactWith(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * The secrets of this process's environment, read once: the environment of an action's run does
 * not change, and reading process.env for every line published costs about a millisecond a time
 * (10,000 calls: 18 s against 3.6 s on a copy, and nothing once cached).
 */
let processSecrets: string[] | undefined;

/** `text` without the secrets of this process's environment. */
export function redact(text: string): string {
  processSecrets ??= secretValues(process.env);
  return redactWith(text, processSecrets);
}

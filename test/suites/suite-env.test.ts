/** The environment a suite gets (src/io/suite-env.ts) and the redaction of what it prints (src/io/redact.ts). */
import { describe, expect, it } from "vitest";
import { isSecretName, REDACTED, redactWith, secretValues } from "../../src/io/redact.js";
import { runCommand } from "../../src/io/run-command.js";
import { suiteEnvironment } from "../../src/io/suite-env.js";

const TOKEN = "ghs_0123456789abcdefghij";

const PARENT = {
  PATH: "/usr/bin:/bin",
  HOME: "/home/runner",
  GITHUB_REPOSITORY: "acme/churn",
  GITHUB_OUTPUT: "/tmp/out",
  GITHUB_STEP_SUMMARY: "/tmp/summary",
  ACTIONS_RUNTIME_TOKEN: "runtime-token-value-123",
  ACTIONS_RESULTS_URL: "https://results.example/",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-token-value-456",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/",
  actions_lower: "x",
  "INPUT_GITHUB-TOKEN": TOKEN,
  "INPUT_COMMENT-KEY": "ml/mlgate.yml",
  GITHUB_TOKEN: TOKEN,
  GH_TOKEN: TOKEN,
  RENAMED: TOKEN,
  DB_PASSWORD: "a-database-password",
};

describe("suiteEnvironment", () => {
  it("removes the runner's service variables, the inputs, the GitHub tokens and their copies", () => {
    const env = suiteEnvironment(PARENT);
    expect(Object.keys(env).sort()).toEqual([
      "DB_PASSWORD",
      "GITHUB_REPOSITORY",
      "GITHUB_STEP_SUMMARY",
      "HOME",
      "PATH",
    ]);
  });

  it("passes a removed variable named in pass_env, exactly by its name, and sets the suite's own last", () => {
    const env = suiteEnvironment(PARENT, {
      pass: ["INPUT_GITHUB-TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL", "actions_runtime_token"],
      set: { PATH: "/opt/bin", EXTRA: "1" },
    });
    expect(env).toMatchObject({
      "INPUT_GITHUB-TOKEN": TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/",
      PATH: "/opt/bin",
      EXTRA: "1",
    });
    expect(env).not.toHaveProperty("ACTIONS_RUNTIME_TOKEN");
    expect(env).not.toHaveProperty("GITHUB_TOKEN");
  });

  it("a command sees that environment; its output comes back redacted, from a whole line on", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: "runtime-token-value-123",
      MY_SECRET: "s3cr3t-value",
    });
    try {
      const r = await runCommand('echo "rt=[$ACTIONS_RUNTIME_TOKEN] s=$MY_SECRET"', {
        cwd: process.cwd(),
        timeoutMs: 10_000,
      });
      expect(r.output).toBe(`rt=[] s=${REDACTED}\n`);
      // 2 KiB kept of a long line holding the secret then a short last line: the cut line goes.
      const cut = await runCommand(`printf 'x%.0s' $(seq 1 3000); echo "$MY_SECRET"; echo last`, {
        cwd: process.cwd(),
        timeoutMs: 10_000,
        keepBytes: 2048,
      });
      expect(cut.output).toBe("last\n");
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe("redaction", () => {
  it("takes values of secret-looking names (8 characters or more), the token input and URL passwords", () => {
    const secrets = secretValues({
      ...PARENT,
      API_KEY: "short",
      SSH_KEY_PATH: "/home/runner/.ssh/id",
      DATABASE_URL: "postgres://app:p4ssw0rd-long@db:5432/x",
      PRIVATE_PEM: "-----BEGIN-----\nAAAABBBBCCCCDDDD\n-----END-----",
    });
    expect(secrets).toContain(TOKEN);
    expect(secrets).toContain("a-database-password");
    expect(secrets).toContain("p4ssw0rd-long");
    expect(secrets).toContain("AAAABBBBCCCCDDDD");
    expect(secrets).not.toContain("short");
    expect(secrets).not.toContain("/home/runner/.ssh/id");
    expect(secrets).not.toContain("ml/mlgate.yml");
    expect(isSecretName("INPUT_GITHUB-TOKEN")).toBe(true);
    expect(isSecretName("INPUT_COMMENT-KEY")).toBe(false);
    expect(isSecretName("GIT_AUTHOR_NAME")).toBe(false);
    expect(isSecretName("NPM_AUTH_TOKEN")).toBe(true);
  });

  it("replaces every occurrence, the longest secret first, and the JSON-escaped form too", () => {
    const secrets = secretValues({ A_TOKEN: 'quote"and\\slash', B_TOKEN: "abcdefgh", C_TOKEN: "abcdefghij" });
    const json = JSON.stringify({ out: 'quote"and\\slash abcdefghij abcdefgh' });
    expect(redactWith(json, secrets)).toBe(JSON.stringify({ out: "*** *** ***" }));
    expect(redactWith("nothing here", secrets)).toBe("nothing here");
  });
});

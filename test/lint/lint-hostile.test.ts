import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticLine, lintFixture } from "../helpers/lint-fixture.js";
import { tempDir } from "../helpers/run-node.js";

/** A repository whose lint target covers configs/* with a permissive schema and every rule on. */
function repo(files: Record<string, string | Buffer>, extra = ""): string {
  const dir = tempDir("mlgate-hostile-");
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1\nlint:\n  targets: [{ files: "configs/*", schema: schema.json }]\n  rules: { yaml-truthy: warning }\n${extra}`,
  );
  writeFileSync(
    path.join(dir, "schema.json"),
    JSON.stringify({ type: "object", properties: { n: { type: "integer" } } }),
  );
  mkdirSync(path.join(dir, "configs"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(dir, "configs", name), content);
  return dir;
}

async function lint(files: Record<string, string | Buffer>, extra = "") {
  return lintFixture(repo(files, extra), "production");
}

describe("hostile files are diagnostics, never hangs or crashes", () => {
  it("alias bomb", async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    const got = await lint({ "bomb.yaml": `${lines.join("\n")}\n` });
    expect(got.map((d) => d.code)).toEqual(["yaml/alias-bomb"]);
  });

  it.each([
    ["block YAML", "deep.yaml", `${"- ".repeat(10_000)}x\n`],
    ["flow YAML", "deep.yaml", `${"[".repeat(10_000)}${"]".repeat(10_000)}`],
    ["JSON", "deep.json", `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
  ])("10,000-deep nesting in %s", async (_, name, text) => {
    const got = await lint({ [name]: text });
    expect(got.map((d) => d.code)).toEqual(["file/too-deep"]);
  });

  it("a file over the size cap", async () => {
    const got = await lint({ "big.yaml": `n: 1\npad: "${"x".repeat(2048)}"\n` }, "  max_file_size: 1KB\n");
    expect(got.map(diagnosticLine)).toEqual(["configs/big.yaml:1:1 error file/too-large"]);
  });

  it("invalid UTF-8, pointing at the bad byte", async () => {
    const bytes = Buffer.concat([Buffer.from("n: 1\nname: caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    const got = await lint({ "latin1.yaml": bytes });
    expect(got.map(diagnosticLine)).toEqual(["configs/latin1.yaml:2:10 error file/encoding"]);
    expect(got[0]!.message).toBe("invalid UTF-8 byte 0xe9");
  });

  it("a binary file matched by the glob", async () => {
    const got = await lint({ "model.bin": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) });
    expect(got.map((d) => d.code)).toEqual(["file/binary"]);
  });

  it("BOM and CRLF keep positions right", async () => {
    const got = await lint({ "crlf.yaml": "\uFEFFa: 1\r\nn: many\r\non: push\r\n" });
    expect(got.map(diagnosticLine)).toEqual([
      "configs/crlf.yaml:2:4 error schema/type",
      "configs/crlf.yaml:3:1 warning yaml-truthy",
    ]);
  });

  it("env-leak sees through escapes: an ASCII file whose escape makes a long s (ſ, which folds to s)", async () => {
    const dir = repo({
      "json.json": '{"a": "\\u017ftaging-db"}',
      "yaml.yaml": 'a: "\\u017ftaging-db"\n',
      "plain.yaml": "a: \u017ftaging-db\n",
    });
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      'version: 1\nlint:\n  targets: [{ files: "configs/*", schema: schema.json }]\n  rules: { env-leak: { markers: { production: [staging] } } }\n',
    );
    const got = await lintFixture(dir, "production");
    expect(got.filter((d) => d.code === "env-leak").map(diagnosticLine)).toEqual([
      "configs/json.json:1:7 error env-leak",
      "configs/plain.yaml:1:4 error env-leak",
      "configs/yaml.yaml:1:4 error env-leak",
    ]);
  });

  it("tabs in indentation are a parse error at the tab", async () => {
    const got = await lint({ "tabs.yaml": "a:\n\tb: 1\n" });
    expect(got[0]?.code).toBe("yaml/parse");
    expect(got[0]?.range?.start.line).toBe(1);
  });

  it("__proto__ and constructor keys do not pollute prototypes", async () => {
    const got = await lint({
      "proto.yaml": "__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: 1 } }\nn: 1\n",
      "proto.json": '{"__proto__": {"polluted": true}, "n": "x"}',
      "proto.toml": "[__proto__]\npolluted = true\n",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(got.map(diagnosticLine)).toEqual([
      "configs/proto.json:1:40 error schema/type",
      "configs/proto.yaml:1:24 warning yaml-truthy",
    ]);
  });

  it("nothing user-supplied is evaluated: a YAML tag or a JS-looking value stays data", async () => {
    const got = await lint({
      "tags.yaml": "n: !!js/function 'function(){ process.exit(3) }'\nm: !!python/object:os.system [ls]\n",
    });
    // Unknown tags are warnings from the parser; the values are plain strings and nothing ran.
    expect(got.every((d) => d.code.startsWith("yaml/") || d.code.startsWith("schema/"))).toBe(true);
  });

  it("globs skip links; a link named on the command line is refused when it leads outside", async () => {
    const outside = tempDir("mlgate-outside-");
    writeFileSync(path.join(outside, "secret.yaml"), "n: 1\n");
    const dir = repo({ "ok.yaml": "n: 1\n" });
    symlinkSync(path.join(outside, "secret.yaml"), path.join(dir, "configs", "link.yaml"));
    symlinkSync(outside, path.join(dir, "configs", "linked-dir"));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      'version: 1\nlint:\n  targets: [{ files: "configs/**/*.yaml", schema: schema.json }]\n',
    );
    // glob() does not follow links (of files or folders): only ok.yaml is linted, and it is clean.
    expect(await lintFixture(dir, "dev")).toEqual([]);
    const explicit = await lintFixture(dir, "dev", ["configs/link.yaml", "configs/linked-dir/secret.yaml"]);
    expect(explicit.map((d) => d.message)).toEqual([
      "configs/link.yaml is a link to a file outside the repository",
      "configs/linked-dir/secret.yaml is a link to a file outside the repository",
    ]);
  });

  it("a named pipe is never waited on: globs skip it, a path naming it is refused", async () => {
    const dir = repo({ "ok.yaml": "n: 1\n" });
    execFileSync("mkfifo", [path.join(dir, "configs", "pipe.yaml")]);
    // Opening a pipe for reading blocks until a writer comes: none ever does here.
    expect(await lintFixture(dir, "dev")).toEqual([]);
    const explicit = await lintFixture(dir, "dev", ["configs/pipe.yaml"]);
    expect(explicit.map((d) => `${diagnosticLine(d)} ${d.message}`)).toEqual([
      "configs/pipe.yaml:1:1 error file/unreadable configs/pipe.yaml is not a file",
    ]);
  });

  it("explicit paths lint just those files, with rules even when no target covers them", async () => {
    const dir = repo({ "a.yaml": "n: x\n" });
    writeFileSync(path.join(dir, "other.yaml"), "url: http://localhost:9000\n");
    const got = await lintFixture(dir, "production", ["other.yaml", "missing.yaml"]);
    expect(got.map(diagnosticLine)).toEqual([
      "missing.yaml:1:1 error file/unreadable",
      "other.yaml:1:6 error env-leak",
    ]);
  });
});

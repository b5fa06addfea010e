import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-node.js";
import { anchorsOf, createSlugger, type DocsTree, findBrokenLinks, linksOf } from "./markdown-links.js";

/** The repository as the checker sees it. */
const repo: DocsTree = {
  read: (file) => {
    const full = path.join(ROOT, file);
    return existsSync(full) ? readFileSync(full, "utf8") : undefined;
  },
  exists: (file) => existsSync(path.join(ROOT, file)),
};

/** An in-memory repository: files by path, folders implied by them. */
function memoryTree(files: Record<string, string>): DocsTree {
  return {
    read: (file) => files[file],
    exists: (file) => file in files || Object.keys(files).some((f) => f.startsWith(`${file}/`)),
  };
}

describe("GitHub heading anchors", () => {
  it("lower-cases, drops punctuation but - and _, turns spaces into -", () => {
    const slug = createSlugger();
    expect(slug("Add mlgate to a repository")).toBe("add-mlgate-to-a-repository");
    expect(slug("What it looks like")).toBe("what-it-looks-like");
    expect(slug("pre-commit")).toBe("pre-commit");
    expect(slug("snake_case & co.")).toBe("snake_case--co");
    expect(slug("5.8× faster (2 threads)?")).toBe("58-faster-2-threads");
  });

  it("numbers repeated headings -1, -2", () => {
    const slug = createSlugger();
    expect(["Output", "Output", "Output", "Output-1"].map(slug)).toEqual([
      "output",
      "output-1",
      "output-2",
      "output-1-1",
    ]);
  });

  it("reads headings through marked: code spans keep their text, links and emphasis their words", () => {
    const md =
      "# The `lint` block\n\n## See [the docs](x.md) **now**\n\nSetext\n------\n\n```md\n# not a heading\n```\n";
    expect([...anchorsOf(md)]).toEqual(["the-lint-block", "see-the-docs-now", "setext"]);
  });

  it("finds links and images with their lines, not the ones inside code", () => {
    const md = "[a](#x)\n\n`[b](#y)`\n\n```\n[c](z.md)\n```\n\n![d](img.png) [ref]\n\n[ref]: other.md#h\n";
    expect(linksOf(md)).toEqual([
      { href: "#x", line: 1 },
      { href: "img.png", line: 9 },
      { href: "other.md#h", line: 9 },
    ]);
  });
});

describe("findBrokenLinks", () => {
  const tree = memoryTree({
    "README.md": [
      "# Tool",
      "## Lint",
      "See [lint](#lint), [missing](#linting), [guide](docs/guide.md#setup-steps),",
      "[guide again](docs/guide.md#set-up), [gone](docs/gone.md), [web](https://example.com/x#y),",
      "[mail](mailto:a@example.com), [schema](schemas/a.json), [a folder](docs).",
    ].join("\n"),
    "docs/guide.md": "# Setup steps\n\nBack to [the README](../README.md#lint) and [up](../../x.md).\n",
    "schemas/a.json": "{}",
  });

  it("fails a broken anchor in the same file, in another file, a missing file and a path outside", () => {
    expect(findBrokenLinks(["README.md", "docs/guide.md"], tree)).toEqual([
      {
        file: "README.md",
        line: 3,
        href: "#linting",
        reason: "README.md has no heading with the anchor #linting",
      },
      {
        file: "README.md",
        line: 4,
        href: "docs/guide.md#set-up",
        reason: "docs/guide.md has no heading with the anchor #set-up",
      },
      { file: "README.md", line: 4, href: "docs/gone.md", reason: "docs/gone.md does not exist" },
      { file: "docs/guide.md", line: 3, href: "../../x.md", reason: "points outside the repository" },
    ]);
  });
});

describe("the repository's documentation", () => {
  it("links only to files and headings that exist (README.md, docs/**/*.md)", async () => {
    const files = ["README.md", ...(await glob("docs/**/*.md", { cwd: ROOT }))].sort();
    expect(files.length).toBeGreaterThan(1);
    const broken = findBrokenLinks(files, repo).map((b) => `${b.file}:${b.line} ${b.href}: ${b.reason}`);
    expect(broken).toEqual([]);
  });
});

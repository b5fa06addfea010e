import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { seeded } from "../../src/compare/significance.js";
import { globOneFolder } from "../../src/io/glob-one-folder.js";
import { ALWAYS_IGNORED, createWorkspace } from "../../src/io/workspace.js";
import { tempDir } from "../helpers/run-node.js";

/** What tinyglobby lists with the workspace's options (the reference). */
const crawl = (root: string, patterns: string[], ignore: string[] = []) =>
  glob(patterns, {
    cwd: root,
    ignore: [...ALWAYS_IGNORED, ...ignore],
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  }).then((files) => files.sort());

/** A folder tree with the names that trip globbing: dots, brackets, spaces, links, folders named like files. */
function tree(seed: number): string {
  const r = seeded(seed);
  const root = tempDir("mlgate-glob-");
  const names = [
    "a.yaml",
    "b.yml",
    ".hidden.yaml",
    "c.YAML",
    "d.json",
    "[x].yaml",
    "sp ace.yaml",
    "é.yaml",
    "x.yaml.bak",
    "yaml",
    "node_modules",
    ".git",
    "1.yaml",
  ];
  for (const dir of ["", "node_modules", ".git", "configs", "configs/sub", "other"]) {
    mkdirSync(path.join(root, dir), { recursive: true });
    for (const name of names) {
      // Files named like the ignored folders, where no such folder is made.
      if (dir === "" && (name === "node_modules" || name === ".git")) continue;
      if (r() < 0.6) writeFileSync(path.join(root, dir, name), "a: 1\n");
    }
  }
  mkdirSync(path.join(root, "configs", "folder.yaml"));
  symlinkSync(path.join(root, "configs", "a.yaml"), path.join(root, "configs", "link.yaml"));
  symlinkSync(path.join(root, "configs"), path.join(root, "linked"));
  symlinkSync("/nonexistent", path.join(root, "configs", "dangling.yaml"));
  return root;
}

const PATTERNS = [
  "configs/*.yaml",
  "*.yaml",
  "configs/*.{yaml,yml}",
  "configs/*.y?ml",
  "configs/[a-c].*",
  "configs/*",
  "configs/.*",
  "configs/\\[x\\].yaml",
  "configs/!(a).yaml",
  "configs/sub/*.yaml",
  "linked/*.yaml",
  "missing/*.yaml",
  "configs/**/*.yaml",
  "**/*.yaml",
  "node_modules/*.yaml",
  "./configs/*.yaml",
  "configs/*/",
  "!configs/a.yaml",
  "configs/a.yaml",
  "other/*.json",
];

describe("one folder's files without a crawl", () => {
  it("lists what tinyglobby lists, or leaves the pattern to it", async () => {
    let answered = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const root = tree(seed);
      for (const a of PATTERNS) {
        for (const set of [[a], [a, PATTERNS[(seed * 7) % PATTERNS.length]!]]) {
          const fast = globOneFolder(root, set, []);
          if (fast === undefined) continue;
          answered++;
          expect(fast.sort(), `${set.join(" + ")} (seed ${seed})`).toEqual(await crawl(root, set));
        }
      }
      // An exclude list is always the crawler's.
      expect(globOneFolder(root, ["configs/*.yaml"], ["configs/a.yaml"])).toBeUndefined();
    }
    expect(answered).toBeGreaterThan(60);
  });

  it("the workspace's glob gives the same files either way", async () => {
    const root = tree(9);
    const workspace = createWorkspace(root);
    for (const p of PATTERNS.filter((p) => !p.startsWith("!"))) {
      expect(await workspace.glob([p]), p).toEqual(
        (await crawl(root, [p])).filter((f) => !f.startsWith("../")),
      );
    }
  });
});

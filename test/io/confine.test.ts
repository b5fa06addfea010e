import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { escapeReason, textualEscape } from "../../src/io/confine.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { tempDir } from "../helpers/run-node.js";

/** A repository with one file, a link to /etc and a link to a folder inside. */
function repo(): string {
  const dir = tempDir("mlgate-confine-");
  mkdirSync(path.join(dir, "data"));
  writeFileSync(path.join(dir, "data/a.csv"), "x\n1\n");
  symlinkSync("/etc", path.join(dir, "etc"));
  symlinkSync(path.join(dir, "data"), path.join(dir, "same"));
  return dir;
}

describe("config paths are confined to the repository", () => {
  it.each([
    ["/etc/passwd", "is an absolute path"],
    ["/**", "is an absolute path"],
    ["C:/x.csv", "is an absolute path"],
    ["\\\\server\\share", "is an absolute path"],
    ["{data,/etc}/*", "is an absolute path"],
    ["!/etc/**", "is an absolute path"],
    ["../x.csv", "climbs out with `..`"],
    ["data/../../x", "climbs out with `..`"],
    ["{..,data}/x", "climbs out with `..`"],
    ["data\\..\\..\\x", "climbs out with `..`"],
  ])("%s %s", (pattern, reason) => {
    expect(textualEscape(pattern)).toBe(reason);
  });

  it.each(["data/a.csv", "**/*.csv", "data/{a,b}.csv", "data/..x.csv", "./data/a.csv"])(
    "%s stays inside",
    (pattern) => {
      expect(escapeReason(repo(), pattern)).toBeUndefined();
    },
  );

  it("a link on the literal part of a path or glob is followed only when it stays inside", () => {
    const dir = repo();
    expect(escapeReason(dir, "etc/passwd")).toBe("goes through a link to outside the repository");
    expect(escapeReason(dir, "etc/**")).toBe("goes through a link to outside the repository");
    expect(escapeReason(dir, "same/a.csv")).toBeUndefined();
    expect(escapeReason(dir, "missing/x.csv")).toBeUndefined();
  });

  it("Workspace.glob lists nothing outside, whoever asks", async () => {
    const ws = createWorkspace(repo());
    expect(await ws.glob(["/etc/host*"])).toEqual([]);
    expect(await ws.glob(["../*"])).toEqual([]);
    expect(await ws.glob(["etc/*"])).toEqual([]);
    expect(await ws.glob(["{/etc,data}/*"])).toEqual([]);
    expect(await ws.glob(["**/*.csv", "../*"])).toEqual(["data/a.csv"]);
  });
});

describe("resolve inside the repository", () => {
  it("gives path.resolve's answer for every form of path, the plain ones without resolving", () => {
    const dir = repo();
    const workspace = createWorkspace(dir);
    for (const p of [
      "data/a.csv",
      "a..b.yaml",
      "é/x y.yaml",
      "./data/a.csv",
      "data//a.csv",
      "data/",
      "data/./a.csv",
      "x/../data/a.csv",
      ".",
    ]) {
      expect(workspace.resolve(p), p).toBe(path.resolve(dir, p));
    }
    for (const p of ["../x", "data/../../x", "/etc/passwd"])
      expect(() => workspace.resolve(p), p).toThrow(/outside/);
    expect(createWorkspace("/").resolve("etc/hosts")).toBe("/etc/hosts");
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseFullYaml } from "../../src/source/parse-yaml.js";
import { parseLeanYaml } from "../../src/source/yaml-lean.js";
import { allPaths, yamlFiles } from "../helpers/yaml-corpus.js";

/** Compare the lean parse of `text` with yaml@2's; returns whether the lean parser took it. */
function compare(text: string, label: string): boolean {
  const lean = parseLeanYaml(text);
  // Given the bytes the text came from (its codes when it is ASCII), the parse is the same.
  const viaBytes = parseLeanYaml(text, { bytes: new TextEncoder().encode(text) });
  expect(viaBytes?.data, `${label} (from its bytes)`).toEqual(lean?.data);
  expect(viaBytes && [...viaBytes.index], `${label} (from its bytes)`).toEqual(lean && [...lean.index]);
  if (!lean) return false;
  const full = parseFullYaml(text, "f.yaml");
  expect(full.diagnostics, `${label}: yaml@2 finds problems the lean parser accepted`).toEqual([]);
  expect(lean.data, label).toEqual(full.data);
  for (const p of allPaths(full.data)) {
    const e = lean.index.get(p.join("\0"));
    if (e?.key) expect(e.key, `${label} key ${p.join(".")}`).toEqual(full.document.locate(p, true).range);
    if (e?.value)
      expect(e.value, `${label} value ${p.join(".")}`).toEqual(full.document.locate(p, false).range);
  }
  return true;
}

/** A small seeded generator of config-like data with awkward scalars. */
function generator(seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const STRINGS = [
    "plain",
    "two words",
    "yes",
    "No",
    "on",
    "null",
    "~",
    "true",
    "1.5",
    "0o17",
    "0x1F",
    "1e3",
    ".inf",
    "-.INF",
    ".nan",
    "1_000",
    "12:30",
    "a: b",
    "# not a comment",
    "x #y",
    "-dash",
    "- item",
    "'quoted'",
    '"double"',
    "tab\there",
    "ünïcødé",
    "emoji 🎉",
    "",
    " lead",
    "trail ",
    "back\\slash",
    "s3://bucket/path",
    "http://h:8080/p",
    "@at",
    "`tick`",
    "%pct",
    "[x]",
    "{y}",
    "a,b",
    "?q",
    "!bang",
    "&amp",
    "*star",
    "line\nbreak",
    "=",
    "<<",
  ];
  const scalar = (): unknown =>
    pick<() => unknown>([
      () => pick(STRINGS),
      () => Math.floor(rand() * 2000 - 1000),
      () => Math.round(rand() * 1e4) / 100,
      () => rand() < 0.5,
      () => null,
    ])();
  const value = (depth: number): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.45) return scalar();
    if (r < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
    const obj: Record<string, unknown> = {};
    for (let i = Math.floor(rand() * 5); i > 0; i--)
      obj[pick([...STRINGS.slice(0, 20), "key", "model", "lr", "data_path", "__proto__"])] = value(depth + 1);
    return obj;
  };
  return () => {
    const root: Record<string, unknown> = {};
    for (let i = 1 + Math.floor(rand() * 6); i > 0; i--) root[`k${i}`] = value(0);
    return {
      data: root,
      options: {
        indent: pick([2, 4]),
        indentSeq: rand() < 0.5,
        flowCollectionPadding: rand() < 0.5,
        defaultStringType: pick(["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"] as const),
        lineWidth: 0,
      },
    };
  };
}

describe("the lean YAML parser agrees with yaml@2 whenever it answers", () => {
  it.each(yamlFiles().map((f) => [path.relative(import.meta.dirname, f), f]))("%s", (label, file) => {
    compare(readFileSync(file, "utf8"), label);
  });

  it("on 2,000 generated documents, and takes most of them", () => {
    const next = generator(7);
    let taken = 0;
    for (let i = 0; i < 2000; i++) {
      const { data, options } = next();
      const text = stringify(data, options);
      if (compare(text, `generated #${i}:\n${text}`)) taken++;
    }
    expect(taken).toBeGreaterThan(1000);
  });

  it("finds one path's ranges as the whole index does, before and after the index is built", () => {
    const next = generator(11);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const { data, options } = next();
      const text = stringify(data, options);
      const lean = parseLeanYaml(text);
      if (!lean) continue;
      const paths = [...allPaths(lean.data), [], ["no such key"], [...(allPaths(lean.data)[0] ?? []), "x"]];
      for (const p of paths) {
        // A fresh parse answers from its recorded parents; `lean`, asked for every path, soon from its index.
        expect(parseLeanYaml(text)!.entry(p), `#${i} ${p.join(".")}`).toEqual(lean.index.get(p.join("\0")));
        expect(lean.entry(p), `#${i} ${p.join(".")}`).toEqual(lean.index.get(p.join("\0")));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("reads non-ASCII text the same with or without its bytes (which then are not its codes)", () => {
    const text = '# café\nname: naïve ✓\nlist: [é, "𝄞"]\nnote: |\n  über\n';
    expect(compare(text, "non-ASCII")).toBe(true);
    expect(parseLeanYaml(text, { bytes: new TextEncoder().encode(text) })!.data).toEqual({
      name: "naïve ✓",
      list: ["é", "𝄞"],
      note: "über\n",
    });
  });

  it("declines bare yes/no/on/off when asked, for the yaml-truthy rule", () => {
    for (const text of ["a: yes\n", "on: push\n", "- off\n", "a: [x, No]\n", "a: {b: ON}\n"]) {
      expect(parseLeanYaml(text, { rejectTruthy: true }), text).toBeUndefined();
      expect(parseLeanYaml(text), text).toBeDefined();
    }
    expect(parseLeanYaml('a: "yes"\nb: nothing\n', { rejectTruthy: true })).toBeDefined();
  });

  it("checks a key again whatever the parses before it kept (the key cache)", () => {
    // Each key read first by a parse that accepts it, then by one that must decline it.
    for (const [key, text] of [
      ["on", "on: push\n"],
      ["Off", "x:\n  Off: 1\n"],
    ] as const) {
      expect(parseLeanYaml(text), key).toBeDefined();
      expect(parseLeanYaml(text, { rejectTruthy: true }), key).toBeUndefined();
    }
    // Keys that are not strings are declined every time, not only the first.
    for (let i = 0; i < 3; i++) expect(parseLeanYaml("null: 1\n")).toBeUndefined();
    // Thousands of distinct keys share the cache's slots: each is read as itself, in order.
    const keys = Array.from({ length: 20000 }, (_, i) => `k${(i * 7919) % 100003}_${i % 97}`);
    const text = keys.map((k, i) => `${k}: ${i}`).join("\n");
    for (let round = 0; round < 2; round++) {
      const lean = parseLeanYaml(`${text}\n`);
      expect(Object.keys(lean!.data as object)).toEqual(keys);
      expect(Object.values(lean!.data as object)).toEqual(keys.map((_, i) => i));
    }
    // A key and a longer key starting with it, in the same slot (the parser's hash: h*31 + code,
    // 4,096 slots), are never mistaken for each other.
    const slot = (k: string) => [...k].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0) & 4095;
    let longer = "";
    for (let i = 0; !longer; i++) if (slot(`ab${i}`) === slot("ab")) longer = `ab${i}`;
    for (const order of [
      ["ab", longer],
      [longer, "ab"],
    ]) {
      const doc = `${order[0]}: 1\n${order[1]}: 2\n`;
      expect(parseLeanYaml(doc)?.data, doc).toEqual({ [order[0]!]: 1, [order[1]!]: 2 });
    }
  });

  it("reads literal and folded block scalars (clip and strip) as yaml@2 does", () => {
    for (const text of [
      "a: |\n  line one\n  line two\n\n  after blank\nb: 1\n",
      "cmd: >-\n  python train.py\n  --lr 0.1\n\n  --epochs 3\nnext: x\n",
      "- |\n  x\n    y\n- >\n  p\n  q\n",
      "k:\n  q: |\n\n    a\n    # not a comment\n  # a comment\n  r: > # header comment\n    z\n",
      "a: |-\n   three\n   spaces\n\n\nb: >-\n  f\n\n\n  g\n",
    ]) {
      expect(compare(text, text), text).toBe(true);
    }
  });

  it("declines block scalars whose rules it does not model", () => {
    for (const text of [
      "a: |\n  no line break at the end",
      "a: |+\n  keep\n\n",
      "a: |2\n   indicator\n",
      "a: |\nb: empty\n",
      "a: >\n  folded\n    more indented\n",
      "a: |\n    \n  wider blank line first\n",
      "a: |x\n  bad header\n",
    ]) {
      expect(parseLeanYaml(text), text).toBeUndefined();
    }
  });

  it("declines what it does not model", () => {
    for (const text of [
      "a: &x 1\nb: *x\n",
      "a: b\n  c\n",
      "<<: {a: 1}\n",
      "1: one\n",
      "a: 1\na: 2\n",
      "---\na: 1\n",
      "# only a comment\n",
      "just a scalar\n",
      "a: !!str 1\n",
      // Invalid YAML it used to accept (the official test suite's CXX2, SU5Z, Y79Y).
      "--- &anchor a: b\n",
      'key: "value"# comment\n',
      "a: [1]#c\n",
      "- \t-\n",
      "?\tkey:\n",
      // Tabs, which it reads only as spaces: `1\t` would be the string "1\t".
      "a: 1\t\n",
    ]) {
      expect(parseLeanYaml(text), text).toBeUndefined();
    }
  });
});

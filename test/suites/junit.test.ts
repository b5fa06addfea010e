import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJunit } from "../../src/suites/junit.js";
import { parseXml, XmlError } from "../../src/suites/xml.js";

const DIR = path.join(import.meta.dirname, "../fixtures/junit");
const fixture = (name: string) => parseJunit(readFileSync(path.join(DIR, name), "utf8"));
const totals = ({ failed, time, ...rest }: ReturnType<typeof parseJunit>) => rest;

describe("JUnit flavours", () => {
  it("pytest, xunit1 (real pytest 7.2.1 output): file and 1-based line of each failing test", () => {
    const r = fixture("pytest-xunit1.xml");
    expect(totals(r)).toEqual({ suites: 1, tests: 7, failures: 2, errors: 1, skipped: 1, flaky: 0 });
    expect(r.time).toBeCloseTo(0.03, 1);
    const negative = r.failed.find((c) => c.name === "test_scale_negative_age")!;
    expect(negative).toMatchObject({
      kind: "failure",
      classname: "tests.test_features",
      file: "tests/test_features.py",
      // `def test_scale_negative_age` is on line 9 of test_features.py.txt.
      line: 9,
    });
    expect(negative.message).toBe(
      "AssertionError: negative age <not> rejected & scaled\nassert -0.03 >= 0\n +  where -0.03 = scale(-3, 0, 100)",
    );
    expect(negative.detail).toContain("tests/test_features.py:11: AssertionError");
    const source = readFileSync(path.join(DIR, "test_features.py.txt"), "utf8").split("\n");
    expect(source[negative.line! - 1]).toBe("def test_scale_negative_age():");
    expect(r.failed.find((c) => c.kind === "error")!.message).toBe(
      'failed on setup with "ConnectionError: feature store unreachable"',
    );
  });

  it("pytest, xunit2 (its default): the same counts; the test file from the classname, the line from the traceback", () => {
    const r = fixture("pytest-xunit2.xml");
    expect(totals(r)).toEqual({ suites: 1, tests: 7, failures: 2, errors: 1, skipped: 1, flaky: 0 });
    // xunit2 has no file or line attributes: classname tests.test_features is tests/test_features.py,
    // and each traceback ends at a line of it (the assertion, the raise, the fixture's raise).
    expect(r.failed.map((c) => [c.name, c.file, c.line])).toEqual([
      ["test_scale_negative_age", "tests/test_features.py", 11],
      ["test_one_hot_error", "tests/test_features.py", 18],
      ["test_reads_store", "tests/test_features.py", 26],
    ]);
    const source = readFileSync(path.join(DIR, "test_features.py.txt"), "utf8").split("\n");
    expect(source[10]).toContain("assert scale(-3, 0, 100) >= 0");
  });

  it("pytest classnames with a class, traceback-less cases and modules found by existence", () => {
    const xml = (classname: string, body: string) =>
      `<testsuites><testsuite name="pytest"><testcase classname="${classname}" name="test_x"><failure message="m">${body}</failure></testcase></testsuite></testsuites>`;
    const nested = parseJunit(
      xml(
        "tests.unit.test_model.TestScaler",
        "self = x\n\ntests/unit/test_model.py:42: \n_ _ _\nsrc/model.py:7: ValueError",
      ),
    );
    expect(nested.failed[0]).toMatchObject({ file: "tests/unit/test_model.py", line: 42 });
    // The traceback names only another file: without a way to see files, no guess.
    const elsewhere = xml("tests.test_io", "src/io.py:3: OSError");
    expect(parseJunit(elsewhere).failed[0]!.file).toBeUndefined();
    const exists = (f: string) => f === "tests/test_io.py";
    expect(parseJunit(elsewhere, { exists }).failed[0]).toMatchObject({ file: "tests/test_io.py" });
    expect(parseJunit(elsewhere, { exists }).failed[0]!.line).toBeUndefined();
    // A path that only ends like the module (other/tests/test_io.py is not tests/test_io.py) does not count.
    expect(parseJunit(xml("tests.test_io", "other_tests/test_io.py:5: E")).failed[0]!.file).toBeUndefined();
    // A classname that is not a dotted Python name is not turned into a path.
    expect(parseJunit(xml("../../etc/passwd", "../../etc/passwd.py:1: E")).failed[0]!.file).toBeUndefined();
  });

  it("jest-junit: several suites, a failure without a message attribute", () => {
    const r = fixture("jest.xml");
    expect(totals(r)).toEqual({ suites: 2, tests: 4, failures: 1, errors: 0, skipped: 1, flaky: 0 });
    expect(r.time).toBe(1.532);
    expect(r.failed[0]).toMatchObject({
      suite: "feature pipeline",
      name: "feature pipeline rejects negative ages",
      message: "Error: expect(received).toBe(expected) // Object.is equality",
      file: "src/features.test.js",
      // jest-junit writes no line: the stack's frame in that file has it.
      line: 12,
    });
    expect(r.failed[0]!.detail).toContain("at Object.<anonymous> (/repo/src/features.test.js:12:31)");
  });

  it("go-junit-report: CDATA bodies, a build failure as an error, properties and system-out ignored", () => {
    const r = fixture("go-junit-report.xml");
    expect(totals(r)).toEqual({ suites: 2, tests: 5, failures: 1, errors: 1, skipped: 1, flaky: 0 });
    expect(r.failed.map((c) => `${c.kind} ${c.name}: ${c.message} | ${c.detail}`)).toEqual([
      "failure TestNegativeAge: Failed | features_test.go:14: scale(-3) = -0.03, want >= 0",
      "error [build failed]: Build error | serving/handler.go:9:2: undefined: modelPath",
    ]);
  });

  it("Maven Surefire: a bare testsuite root, an error with its type, a flaky test that passed on rerun", () => {
    const r = fixture("surefire.xml");
    expect(totals(r)).toEqual({ suites: 1, tests: 4, failures: 0, errors: 1, skipped: 0, flaky: 1 });
    expect(r.time).toBe(0.252);
    expect(r.failed[0]).toMatchObject({ kind: "error", name: "loadsStore", message: "Connection refused" });
  });

  it("refuses a root that is not JUnit", () => {
    expect(() => parseJunit("<coverage/>")).toThrow(
      "the root element is <coverage>, expected <testsuites> or <testsuite>",
    );
  });
});

describe("the XML reader", () => {
  it("decodes the predefined entities and character references, keeps CDATA as written", () => {
    const e = parseXml('<a x="&lt;&#65;&#x42;&amp;&unknown;"><![CDATA[<&amp;>]]> &gt; </a>');
    expect(e.attrs.x).toBe("<AB&&unknown;");
    expect(e.text).toBe("<&amp;> > ");
  });

  it("skips comments, processing instructions and a plain DOCTYPE", () => {
    const e = parseXml('<?xml version="1.0"?>\n<!DOCTYPE testsuites>\n<!-- a <b> c -->\n<r><c/></r>');
    expect(e.name).toBe("r");
    expect(e.children.map((c) => c.name)).toEqual(["c"]);
  });

  it("refuses entity declarations (no billion laughs)", () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(() => parseXml(bomb)).toThrow("a DOCTYPE with declarations is not accepted in a test report");
  });

  it("names line and column of malformed XML", () => {
    const cases: [string, string, number, number][] = [
      ["<a>\n  <b>\n</a>", "expected </b>, found </a>", 3, 1],
      ["<a>\n<b x=1/></a>", "malformed start tag <b>", 2, 4],
      ["<a>", "<a> is never closed", 1, 4],
      ["", "no root element", 1, 1],
      ["<a/><b/>", "a second root element", 1, 5],
      ["<a><!-- never closed", "unterminated comment", 1, 4],
    ];
    for (const [text, message, line, column] of cases) {
      let err: unknown;
      try {
        parseXml(text);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(XmlError);
      expect({
        message: (err as XmlError).message,
        line: (err as XmlError).line,
        column: (err as XmlError).column,
      }).toEqual({
        message,
        line,
        column,
      });
    }
  });

  it("refuses nesting deeper than 256 levels without a stack overflow", () => {
    expect(() => parseXml("<a>".repeat(100_000))).toThrow("elements nested over 256 deep");
  });

  it("reads a large report quickly enough (100,000 test cases)", () => {
    const cases = Array.from({ length: 100_000 }, (_, i) => `<testcase name="t${i}" classname="c"/>`).join(
      "",
    );
    const r = parseJunit(`<testsuite name="big">${cases}</testsuite>`);
    expect(r.tests).toBe(100_000);
  });
});

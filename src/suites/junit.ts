/**
 * JUnit XML as pytest, jest-junit, go-junit-report and Maven Surefire write it: a `testsuites` or
 * a `testsuite` root, suites nested in suites, `testcase` with `failure`, `error`, `skipped`
 * (Surefire's `flakyFailure`/`flakyError` mean it passed on a rerun). Counts come from the test
 * cases themselves, not from the suites' attributes, which some tools leave out or get wrong.
 */
import { parseXml, type XmlElement } from "./xml.js";

/** One test case that did not pass. */
export interface FailedCase {
  suite: string;
  name: string;
  classname?: string;
  kind: "failure" | "error";
  message: string;
  /** The failure's text (a traceback), trimmed to its last lines. */
  detail: string;
  /** Where the test is, when the report says (pytest's and jest's `file`/`line`). */
  file?: string;
  line?: number;
}

/** The totals of a JUnit report. */
export interface JunitResult {
  suites: number;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Passed only after a rerun (Surefire). */
  flaky: number;
  time: number;
  failed: FailedCase[];
}

/** Lines of a failure's text kept for the report. */
const DETAIL_LINES = 20;

const tail = (s: string, lines: number): string => {
  const all = s.trim().split(/\r?\n/);
  return all.slice(-lines).join("\n");
};

/** A 1-based line number, or undefined. */
const positive = (n: number): number | undefined => (Number.isInteger(n) && n > 0 ? n : undefined);

/** What parsing may consult beyond the XML. */
export interface JunitOptions {
  /** Whether a repo-relative file exists: lets a pytest `classname` name its module without a traceback. */
  exists?: (file: string) => boolean;
}

/** Longer `file` attributes are not looked for in tracebacks (a path is rarely over a few hundred characters). */
const MAX_PATH = 500;

/**
 * The line of the first `file:LINE` in a traceback (`tests/test_x.py:12:` from pytest,
 * `(/repo/src/x.test.js:12:31)` from node), where `file` starts the path or follows a `/`.
 * A plain search, not a regex built from the report's text.
 */
function lineIn(text: string, file: string): number | undefined {
  if (file.length > MAX_PATH) return undefined;
  const needle = `${file}:`;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = i === 0 ? "" : text[i - 1]!;
    if (before !== "" && !/[\s(/"'\\]/.test(before)) continue;
    const digits = /^\d{1,9}/.exec(text.slice(i + needle.length, i + needle.length + 9))?.[0];
    if (digits) return positive(Number(digits));
  }
  return undefined;
}

/**
 * pytest's module of a `classname` (`tests.test_model.TestScaler` → `tests/test_model.py`): the
 * longest dotted prefix, as a path, ending in a test module name (test_*.py or *_test.py), then
 * the shorter prefixes, since a project may name its modules otherwise.
 */
function moduleCandidates(classname: string): string[] {
  const parts = classname.split(".");
  if (parts.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return [];
  const all: string[] = [];
  for (let n = parts.length; n > 0; n--) all.push(`${parts.slice(0, n).join("/")}.py`);
  const isTest = (f: string) => /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/.test(f);
  return [...all.filter(isTest), ...all.filter((f) => !isTest(f))];
}

/**
 * Where a failing case is: the report's own `file` and `line` when it has them (pytest's xunit1
 * family, jest-junit), else pytest's module from the `classname`, named by the failure's traceback
 * (`tests/test_model.py:12: AssertionError`) or found to exist; the line from the traceback when the
 * report has none.
 */
function locateCase(
  attrs: Record<string, string>,
  suite: string,
  text: string,
  exists: JunitOptions["exists"],
): { file?: string; line?: number } {
  const raw = Number(attrs.line);
  // pytest writes the 0-based line of the test's `def`; other tools 1-based.
  const line = attrs.line === undefined ? undefined : suite === "pytest" ? positive(raw + 1) : positive(raw);
  if (attrs.file) return { file: attrs.file, line: line ?? lineIn(text, attrs.file) };
  if (!attrs.classname) return {};
  const candidates = moduleCandidates(attrs.classname);
  for (const file of candidates) {
    const at = lineIn(text, file);
    if (at !== undefined) return { file, line: line ?? at };
  }
  const found = exists && candidates.find((f) => exists(f));
  return found ? { file: found, line } : {};
}

/** Parse a JUnit report; throws XmlError on malformed XML and Error when the root is not JUnit. */
export function parseJunit(text: string, options: JunitOptions = {}): JunitResult {
  const root = parseXml(text);
  if (root.name !== "testsuites" && root.name !== "testsuite")
    throw new Error(`the root element is <${root.name}>, expected <testsuites> or <testsuite>`);
  const r: JunitResult = {
    suites: 0,
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    time: 0,
    failed: [],
  };
  const visitSuite = (suite: XmlElement): void => {
    r.suites++;
    for (const child of suite.children) {
      if (child.name === "testsuite") visitSuite(child);
      else if (child.name === "testcase") visitCase(child, suite.attrs.name ?? "");
    }
  };
  // Time: the root's own when it has one, else the sum of the top-level suites' (nested suites'
  // times are already inside their parent's).
  const seconds = (e: XmlElement): number => {
    const t = Number(e.attrs.time);
    return Number.isFinite(t) ? t : 0;
  };
  const visitCase = (tc: XmlElement, suite: string): void => {
    r.tests++;
    const bad = tc.children.find((c) => c.name === "failure" || c.name === "error");
    if (bad) {
      const kind = bad.name as "failure" | "error";
      if (kind === "failure") r.failures++;
      else r.errors++;
      const at = locateCase(tc.attrs, suite, bad.text, options.exists);
      r.failed.push({
        suite,
        name: tc.attrs.name ?? "(unnamed)",
        classname: tc.attrs.classname,
        kind,
        message: (bad.attrs.message ?? bad.text.trim().split(/\r?\n/)[0] ?? "").slice(0, 500),
        detail: tail(bad.text, DETAIL_LINES),
        file: at.file,
        line: at.line,
      });
    } else if (tc.children.some((c) => c.name === "skipped")) r.skipped++;
    else if (tc.children.some((c) => c.name === "flakyFailure" || c.name === "flakyError")) r.flaky++;
  };
  if (root.name === "testsuite") {
    visitSuite(root);
    r.time = seconds(root);
  } else {
    const top = root.children.filter((s) => s.name === "testsuite");
    for (const s of top) visitSuite(s);
    r.time = root.attrs.time !== undefined ? seconds(root) : top.reduce((a, s) => a + seconds(s), 0);
  }
  return r;
}

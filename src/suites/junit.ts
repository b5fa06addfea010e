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

/** Parse a JUnit report; throws XmlError on malformed XML and Error when the root is not JUnit. */
export function parseJunit(text: string): JunitResult {
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
      const line = Number(tc.attrs.line);
      r.failed.push({
        suite,
        name: tc.attrs.name ?? "(unnamed)",
        classname: tc.attrs.classname,
        kind,
        message: (bad.attrs.message ?? bad.text.trim().split(/\r?\n/)[0] ?? "").slice(0, 500),
        detail: tail(bad.text, DETAIL_LINES),
        file: tc.attrs.file,
        // pytest writes the 0-based line of the test's `def`; other tools 1-based.
        line: suite === "pytest" ? positive(line + 1) : positive(line),
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

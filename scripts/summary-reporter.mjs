// A vitest reporter that ends the run with one plain line, "tests: N passed, N failed[, N skipped]",
// so any CI log reader can count the tests without knowing vitest's own output.
export default class SummaryReporter {
  onTestRunEnd(testModules) {
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") n.passed++;
        else if (state === "failed") n.failed++;
        else n.skipped++;
      }
      // A file that failed to load has no tests but is a failure.
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) n.failed++;
    }
    const skipped = n.skipped ? `, ${n.skipped} skipped` : "";
    process.stdout.write(`\ntests: ${n.passed} passed, ${n.failed} failed${skipped}\n`);
  }
}

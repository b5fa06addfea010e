// The example's own test suite: plain Node, no dependencies. It checks the feature code's rules
// and writes a JUnit report, as pytest --junitxml or jest-junit would, for `mlgate test` to read.
import { mkdirSync, writeFileSync } from "node:fs";

const scale = (x, lo, hi) => (x - lo) / (hi - lo);
const oneHot = (plan) => ["basic", "standard", "premium"].map((p) => (p === plan ? 1 : 0));

const cases = [
  ["scales charges into [0, 1]", () => scale(45, 0, 90) === 0.5],
  [
    "one-hot encodes each plan with exactly one 1",
    () => ["basic", "standard", "premium"].every((p) => oneHot(p).reduce((a, b) => a + b) === 1),
  ],
  ["an unknown plan encodes to all zeros", () => oneHot("enterprise").every((v) => v === 0)],
];

const xml = [];
let failures = 0;
for (const [name, test] of cases) {
  const ok = test();
  if (!ok) failures++;
  console.log(`${ok ? "ok" : "FAILED"}  ${name}`);
  xml.push(
    `  <testcase classname="features" name="${name}">${ok ? "" : '<failure message="assertion failed"/>'}</testcase>`,
  );
}
mkdirSync("reports", { recursive: true });
writeFileSync(
  "reports/junit-features.xml",
  `<?xml version="1.0"?>\n<testsuite name="features" tests="${cases.length}" failures="${failures}">\n${xml.join("\n")}\n</testsuite>\n`,
);
process.exit(failures ? 1 : 0);

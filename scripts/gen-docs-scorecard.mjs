// Writes docs/scorecard-example.md: the markdown scorecard of examples/slice-regression and of
// examples/churn-model, as a PR comment shows them. A test checks the file is what this writes.
// Run: npm run build && node scripts/gen-docs-scorecard.mjs [OUT]
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const render = (dir) => {
  try {
    return execFileSync(
      process.execPath,
      [path.join(root, "dist/cli.js"), "check", "--dir", dir, "--env", "dev", "-f", "markdown"],
      {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
  } catch (err) {
    // Exit code 1 is a failed gate: its output is the scorecard all the same.
    return err.stdout;
  }
};
const text = `# Example scorecards

What the sticky PR comment and the job summary show, rendered by \`mlgate check --format markdown\`
(regenerate with \`node scripts/gen-docs-scorecard.mjs\`).

## A retrained model that fails a slice (examples/slice-regression)

${render("examples/slice-regression")}
## The churn model against its baseline (examples/churn-model)

${render("examples/churn-model")}`;
writeFileSync(process.argv[2] ?? path.join(root, "docs/scorecard-example.md"), text);

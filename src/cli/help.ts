/** The CLI's --help text. */
import { RENDERERS } from "../render/index.js";

/** Help for `mlgate --help` and for a command's `--help`. */
export function helpText(version: string): string {
  const formats = Object.keys(RENDERERS).join(", ");
  return `mlgate ${version} - gate changes to machine-learning repositories

Usage: mlgate <command> [options]

Commands:
  check     run every configured stage (lint, data, model, tests, compare) and the gate
  lint      lint config files against their schemas and built-in rules
            (mlgate lint [FILE...] lints just the named files)
  test      run the data checks, model checks and the team's test suites
  compare   compare metrics with the baseline of the target branch

Options:
  -C, --dir DIR        repository root (default: the current directory)
  -c, --config FILE    config file, relative to --dir (default: mlgate.yml)
  -e, --env NAME       environment to check for (default: chosen by branch, see mlgate.yml)
  -f, --format NAME    output format: ${formats} (default: terminal)
  -o, --output FILE    write the formatted report to FILE; the scorecard still prints
      --charts         draw the curves and histograms in the terminal scorecard (text plots)
      --baseline PATH  compare against a saved metrics file, or a directory laid out like the repo
      --baseline-ref REF
                       compare against git REF (its merge base with HEAD; fetched if missing)
  -h, --help           show this help
  -v, --version        print the version

Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.
Colour is used on a terminal unless NO_COLOR is set.

Examples:
  mlgate check --dir examples/churn-model --env production
  mlgate lint --env production --format sarif --output mlgate.sarif
  mlgate lint configs/scoring.yaml --env production
  mlgate compare --baseline-ref main
`;
}

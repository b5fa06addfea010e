/** The GitHub workflow init writes: mlgate on every pull request, with the least it needs. */
import { ACTION_REPOSITORY } from "./action-repository.js";

/** `.github/workflows/mlgate.yml` for a repository whose default branch is `branch`. */
export function workflowText(options: { branch: string; python: boolean; requirements?: string }): string {
  const { branch, python, requirements } = options;
  const setup = python
    ? `      - uses: actions/setup-python@v6
        with: { python-version: "3.12" }
      - run: pip install ${requirements ? `-r ${requirements}` : "pytest"}
`
    : "";
  return `# Written by mlgate init. On a pull request mlgate checks the change, compares its metrics with
# the base branch's last run, posts one scorecard comment and a check run, and fails the job when
# the gate fails (require the "mlgate" check in branch protection to block the merge). On a push
# to ${branch} it records the baseline the next pull requests compare with.
name: mlgate
on:
  pull_request:
  push:
    branches: [${branch}]

# Nothing by default; the job asks for what it uses.
permissions: {}

# One run per pull request (or branch): a new push cancels the run it makes stale.
concurrency:
  group: mlgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  mlgate:
    runs-on: ubuntu-latest
    permissions:
      contents: read        # check out the code
      pull-requests: write  # the scorecard comment
      checks: write         # the check run and its annotations
      actions: read         # the base branch's baseline artifact
    steps:
      - uses: actions/checkout@v5
${setup}      # Your pipeline goes here, before mlgate: it writes the metrics and data mlgate checks.
      # - run: python train.py
      - uses: ${ACTION_REPOSITORY}@v1
`;
}

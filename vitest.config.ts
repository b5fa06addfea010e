import { defineConfig } from "vitest/config";

// Only this project's tests: the examples carry their own suites (examples/*/tests), which
// mlgate runs as a user's commands, not as part of mlgate's test suite.
export default defineConfig({
  // CPU-heavy randomized tests share two cores with the rest of the suite: a generous bound, never a timing assertion.
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 },
});

// Rebuild into a temporary folder and fail when dist/ differs from it (a stale dist/ fails CI).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAll } from "./build.mjs";

const fresh = await mkdtemp(path.join(tmpdir(), "mlgate-dist-"));
try {
  await buildAll(fresh);
  const names = async (dir) => (await readdir(dir).catch(() => [])).sort();
  const [want, have] = [await names(fresh), await names("dist")];
  const problems = [];
  for (const name of new Set([...want, ...have])) {
    if (!want.includes(name)) problems.push(`dist/${name} is not produced by the build (remove it)`);
    else if (!have.includes(name)) problems.push(`dist/${name} is missing`);
    else if (!(await readFile(path.join(fresh, name))).equals(await readFile(path.join("dist", name)))) {
      problems.push(`dist/${name} differs from a fresh build`);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error("dist/ is stale: run `npm run build` and commit dist/.");
    process.exitCode = 1;
  } else {
    console.log(`dist/ is fresh (${want.length} files)`);
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}

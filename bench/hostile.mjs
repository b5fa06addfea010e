// Hostile shapes: time per MB and peak RSS of mlgate on inputs shaped to hurt a parser (one long
// CSV field, a fully quoted CSV, a wide file with drift on every column, config files with many
// keys), from a small file to a large one. Linear time shows as a flat s/MB column; bounded
// memory as a peak RSS that does not follow the size.
//
//   npm run build
//   node bench/hostile.mjs [--sizes 1,10,50,200] [--shapes csv-long-field,...] [--cli dist/cli.js]
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "./measure.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,10,50,200" },
    shapes: { type: "string" },
    cli: { type: "string", default: path.join(ROOT, "dist/cli.js") },
    // --keep: leave each corpus folder in place (its path is printed) to run it again by hand.
    keep: { type: "boolean", default: false },
  },
});
const CLI = path.resolve(values.cli);
const MB = 1 << 20;

/** Write `bytes` of text made by `piece(i)` (called until the size is reached) to `file`. */
function writeUntil(file, bytes, head, piece, tail = "") {
  const fd = openSync(file, "w");
  let size = Buffer.byteLength(head);
  writeSync(fd, head);
  let buf = "";
  for (let i = 0; size + buf.length < bytes; i++) {
    buf += piece(i);
    if (buf.length > MB) {
      writeSync(fd, buf);
      size += buf.length;
      buf = "";
    }
  }
  writeSync(fd, buf + tail);
  closeSync(fd);
}

/** Many keys in one mapping: the shape that made duplicate-key checks quadratic. */
const lintShape = (ext, head, piece, tail) => (dir, bytes) => {
  writeUntil(path.join(dir, `big.${ext}`), bytes, head, piece, tail);
  writeFileSync(path.join(dir, "schema.json"), JSON.stringify({ type: "object" }));
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1\nlint:\n  max_file_size: 1GB\n  targets:\n    - files: big.${ext}\n      schema: schema.json\n`,
  );
  return ["lint"];
};

/** A data check config over big.csv. */
const dataConfig = (dir, columns, extra = "") =>
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    `version: 1\ndata:\n  - name: big\n    path: big.csv\n${columns ? `    columns:\n${columns}` : ""}${extra}`,
  );

const SHAPES = {
  // `---` and an anchor send YAML to the full parser.
  "yaml-keys": lintShape("yaml", "---\nfirst: &a 1\n", (i) => `key_${i}: ${i}\n`),
  "json-keys": lintShape("json", '{"first": 1', (i) => `,\n"key_${i}": ${i}`, "\n}\n"),
  "toml-keys": lintShape("toml", "first = 1\n", (i) => `key_${i} = ${i}\n`),
  // One row holds nearly the whole file in one quoted field, tested against a regex.
  "csv-long-field": (dir, bytes) => {
    const fd = openSync(path.join(dir, "big.csv"), "w");
    writeSync(fd, 'id,text\n1,xx\n2,"');
    const x = "x".repeat(MB);
    for (let left = bytes - 40; left > 0; left -= MB) writeSync(fd, left >= MB ? x : x.slice(0, left));
    writeSync(fd, '"\n3,xxx\n');
    closeSync(fd);
    dataConfig(dir, '      text: { regex: "^x+$" }\n');
    return ["test"];
  },
  // Rows of 30 bytes under five column checks: the ordinary case, for comparison.
  "csv-short-rows": (dir, bytes) => {
    writeUntil(path.join(dir, "big.csv"), bytes, "id,age,country,score\n", (i) => {
      return `${i},${18 + (i % 70)},${["BR", "US", "ES"][i % 3]},0.${i % 9973}\n`;
    });
    dataConfig(
      dir,
      "      id: { unique: true }\n      age: { type: integer, min: 0, max: 120 }\n      country: { allowed: [BR, US, ES] }\n      score: { min: 0, max: 1 }\n",
    );
    return ["test"];
  },
  // Every string field quoted in every row, as R's write.csv and Spark's quoteAll write them.
  "csv-quoted": (dir, bytes) => {
    writeUntil(path.join(dir, "big.csv"), bytes, '"id","country","email","comment"\n', (i) => {
      return `${i},"${["BR", "US", "ES"][i % 3]}","user${i}@example.com","${i % 7 ? "fine" : 'says ""ok"", then'}"\n`;
    });
    dataConfig(
      dir,
      '      country: { allowed: [BR, US, ES] }\n      email: { regex: "^[^@\\\\s]+@[^@\\\\s]+$" }\n      comment: { missing: { max: 0 } }\n',
    );
    return ["test"];
  },
  // 10 rows as wide as the size allows (6 bytes a cell), drift of every column against itself.
  "csv-wide-drift": (dir, bytes) => {
    const columns = Math.max(10, Math.floor(bytes / 11 / 6));
    const header = `${Array.from({ length: columns }, (_, i) => `c${i}`).join(",")}\n`;
    const fd = openSync(path.join(dir, "big.csv"), "w");
    writeSync(fd, header);
    for (let r = 0; r < 10; r++) {
      writeSync(
        fd,
        `${Array.from({ length: columns }, (_, i) => String((i * 7 + r * 13) % 10000)).join(",")}\n`,
      );
    }
    closeSync(fd);
    dataConfig(dir, "", "    drift: { reference: big.csv }\n");
    return ["test"];
  },
};

const shapes = values.shapes ? values.shapes.split(",") : Object.keys(SHAPES);
const sizes = values.sizes.split(",").map(Number);
console.log(
  `node ${process.version}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; ${CLI}\n`,
);
console.log("| shape | MB | wall s | s per MB | peak RSS MB | exit |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const shape of shapes) {
  if (!SHAPES[shape]) throw new Error(`unknown shape ${shape}; known: ${Object.keys(SHAPES).join(", ")}`);
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), "mlgate-hostile-"));
    try {
      const command = SHAPES[shape](dir, size * MB);
      const mb =
        statSync(path.join(dir, /keys/.test(shape) ? `big.${shape.split("-")[0]}` : "big.csv")).size / MB;
      const r = measure(process.execPath, [CLI, ...command, "--env", "dev", "--format", "json"], dir);
      console.log(
        `| ${shape} | ${mb.toFixed(1)} | ${r.seconds.toFixed(2)} | ${(r.seconds / mb).toFixed(3)} | ${r.rssMb.toFixed(0)} | ${r.code} |`,
      );
    } catch (err) {
      const lines = String(err.message).trim().split("\n");
      console.log(`| ${shape} | ${size} | failed: ${lines[lines.length - 1].slice(0, 160)} | | | |`);
    } finally {
      if (values.keep) console.log(`kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}

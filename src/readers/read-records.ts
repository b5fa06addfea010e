/**
 * JSON Lines and JSON (an array of records) as rows, so the data checks read them like CSV: the
 * first record's keys form the header, every record becomes its values in that order.
 * JSON Lines is streamed (bounded memory); a JSON array is parsed whole, under a size cap.
 */
import { createInterface } from "node:readline";
import type { Workspace } from "../io/workspace.js";
import { CsvError, type CsvRow } from "./csv-parser.js";
import { failRead, openStream } from "./open-stream.js";

/** A JSON array file larger than this is refused: use JSON Lines, which streams. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** A cell's text as the checks read it: null is missing, objects keep their JSON. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Turns records into rows under a header taken from the first record. */
class RecordRows {
  private header: string[] | undefined;
  private index = 0;
  constructor(private readonly onRow: (row: CsvRow) => void) {}

  add(record: unknown, line: number): void {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw new CsvError("a record must be a JSON object", line);
    }
    if (!this.header) {
      this.header = Object.keys(record);
      this.onRow({ index: this.index++, line, fields: this.header });
    }
    const r = record as Record<string, unknown>;
    this.onRow({
      index: this.index++,
      line,
      fields: this.header.map((k) => (Object.hasOwn(r, k) ? cell(r[k]) : "")),
    });
  }
}

/** Read a .jsonl/.ndjson file (optionally .gz) record by record. */
export async function readJsonLines(
  workspace: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
): Promise<void> {
  const opened = await openStream(workspace, file);
  const rows = new RecordRows(onRow);
  let line = 0;
  try {
    for await (const text of createInterface({ input: opened.stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (err) {
        throw new CsvError(`invalid JSON: ${(err as Error).message}`, line);
      }
      rows.add(record, line);
    }
  } catch (err) {
    failRead(opened, file, err);
  }
}

/** Read a .json file holding an array of records. */
export async function readJsonArray(
  workspace: Workspace,
  file: string,
  onRow: (row: CsvRow) => void,
): Promise<void> {
  const text = await workspace.readText(file, MAX_JSON_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CsvError(`invalid JSON: ${(err as Error).message}`, 1);
  }
  if (!Array.isArray(data)) throw new CsvError("expected an array of records", 1);
  const rows = new RecordRows(onRow);
  for (const record of data) rows.add(record, 1);
}

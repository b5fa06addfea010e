// The benchmark's checks in DuckDB (@duckdb/node-api): the same six, as aggregate SQL over the CSV.
import { DuckDBInstance } from "@duckdb/node-api";

const file = process.argv[2];
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
const sql = `SELECT count(*) AS rows,
  count(*) FILTER (age IS NULL) AS age_missing,
  count(*) FILTER (age < 0 OR age > 120) AS age_range,
  count(*) FILTER (score < 0 OR score > 1) AS score_range,
  count(*) FILTER (country NOT IN ('BR','US','ES','DE','FR','IN')) AS country_allowed,
  count(*) FILTER (NOT regexp_full_match(email, '[^@\\s]+@[^@\\s]+')) AS email_regex,
  count(*) - count(DISTINCT id) AS id_duplicates,
  count(*) FILTER (try_strptime(signup_date::VARCHAR, '%Y-%m-%d') IS NULL) AS date_invalid
FROM read_csv('${file.replace(/'/g, "''")}', header = true)`;
const r = await c.runAndReadAll(sql);
console.log(JSON.stringify(r.getRowObjects(), (_, v) => (typeof v === "bigint" ? Number(v) : v)));

/** The test server itself: it starts, answers and stops (the other SQL tests rely on it). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKIP_POSTGRES, startPostgres, type TestPostgres } from "../helpers/postgres.js";

describe.skipIf(SKIP_POSTGRES)("test PostgreSQL", () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres();
  }, 60_000);
  afterAll(() => db?.stop());

  it("runs a real server of major version 15 or later with password authentication", async () => {
    const r = await db.sql("select current_setting('server_version_num')::int as v, current_user as u");
    expect(r.rows[0].v).toBeGreaterThanOrEqual(150000);
    expect(r.rows[0].u).toBe("mlgate");
    expect(db.url).toContain(encodeURIComponent(db.password));
  });
});

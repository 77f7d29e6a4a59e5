import pg from "pg";
import { openDatabase } from "./db/database";
const database = await openDatabase("bench");
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const sql = process.argv[2]!;
const params = JSON.parse(process.argv[3] ?? "[]");
for (let i = 0; i < 2; i++) {
  const r = await client.query("EXPLAIN (ANALYZE, BUFFERS) " + sql, params);
  if (i === 1) console.log(r.rows.map((row) => row["QUERY PLAN"]).join("\n"));
}
await client.end();
await database.stop();

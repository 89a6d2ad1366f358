import type { Config } from './config';
import type { Database } from './db/client';
import { type Log, prepareDatabase } from './db/prepare';
import { ensureAnalyticsBuilt } from './modules/analytics/rebuild';
import { ensureAdmin } from './modules/auth/ensure-admin';
import { loadDemoContent } from './modules/institutions/demo/demo-content';
import { loadDemoReports } from './modules/institutions/demo/demo-reports';
import { loadDemoInstitutions } from './modules/institutions/demo/load-demo';
import { failInterruptedJobs } from './modules/reporting/exchange/jobs';
import { createDemoAccounts, type DemoLogin } from './modules/users/demo-accounts';

export interface BootstrapResult {
  /** Demo logins created on this start (printed once, never stored in clear). */
  demoLogins: DemoLogin[];
  /** True when no user exists yet: the first visit shows the setup page. */
  needsSetup: boolean;
}

/**
 * Everything between an empty database and a usable system: migrate, load reference data, create the admin
 * from SUOTDOI_ADMIN_PASSWORD, and in demo mode load demo institutions and demo accounts (each only once).
 */
export async function bootstrap(config: Config, database: Database, log: Log): Promise<BootstrapResult> {
  await prepareDatabase(database, log);
  const interrupted = await failInterruptedJobs(database.db);
  if (interrupted > 0)
    log(
      `${interrupted} import job(s) interrupted by the last stop marked failed; nothing of them was written`,
    );
  let demoLogins: DemoLogin[] = [];
  if (config.demo) {
    const loaded = await loadDemoInstitutions(database, log);
    if (loaded > 0) log(`demo: ${loaded} institutions loaded (marked as demo)`);
    demoLogins = await createDemoAccounts(database);
    const reports = await loadDemoReports(database);
    if (reports > 0) log(`demo: ${reports} reports of 2025 and 2026 written`);
    if (await loadDemoContent(database))
      log('demo: a good model, its commendation and an article for 23/4 written');
  }
  await ensureAnalyticsBuilt(database.db, log);
  const { needsSetup } = await ensureAdmin(database, config.adminPassword);
  return { demoLogins, needsSetup };
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@suotdoi/shared';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { pidFile } from '../lib/pid-file';
import { completeEndedActivities } from '../modules/activities/complete-activity';
import {
  DEFAULT_RETENTION_DAYS,
  purgeExpiredRegistrations,
} from '../modules/activities/registrations/purge-registrations';
import { rebuildAnalytics } from '../modules/analytics/rebuild';
import { loadBuiltInPlans } from '../modules/plans/load-plans';
import { mailerFrom } from '../modules/reporting/reminders/mailer';
import { runReminders } from '../modules/reporting/reminders/run-reminders';
import { loadReferenceUnits } from '../modules/units/reference/load-reference';

const USAGE = `suotdoi <command>

  migrate              apply the database migrations
  seed                 migrate and load the reference data (and demo data in demo mode)
  plans load           load the built-in plans of data/ whose files changed (plans edited in the app are kept)
  backup [file]        write a backup (default: DATA_DIR/backups/suotdoi-<time>.json.gz)
  restore <file> --yes replace ALL data with the backup's content
  reminders            remind the reports due soon or overdue now (and e-mail them when SMTP_URL is set)
  analytics rebuild [year…]  recompute every indicator's facts, rollups and population from the reports
  activities purge     erase the names and contacts of registrations past REGISTRATION_RETENTION_DAYS
  activities complete-ended  complete the published activities whose last session ended over a day ago

Configuration comes from the environment: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite).`;

const log = (line: string) => console.log(`[suotdoi] ${line}`);

async function main(argv: string[]) {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  if (!config.databaseUrl) refuseWhileServerRuns(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  try {
    switch (command) {
      case 'migrate':
        await migrateDatabase(database);
        log('migrations applied');
        break;
      case 'seed': {
        const result = await bootstrap(config, database, log);
        for (const l of result.demoLogins)
          log(`  ${l.username.padEnd(18)} ${l.password}   ${l.role} · ${l.unit}`);
        break;
      }
      case 'plans': {
        if (args[0] !== 'load') {
          console.error(USAGE);
          process.exitCode = 2;
          break;
        }
        await migrateDatabase(database);
        await loadReferenceUnits(database, log);
        const summary = await loadBuiltInPlans(database, log).catch((error: unknown) => {
          const problems = (error as AppError).details as { problems?: unknown[] } | undefined;
          for (const p of problems?.problems ?? []) console.error(`  ${JSON.stringify(p)}`);
          throw error;
        });
        if (!summary.changed) log('plans: the files in data/ are loaded already');
        break;
      }
      case 'backup': {
        const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
        const file = path.resolve(
          args[0] ?? path.join(config.dataDir, 'backups', `suotdoi-${stamp}.json.gz`),
        );
        mkdirSync(path.dirname(file), { recursive: true });
        const header = await backupDatabase(database, file);
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        log(`backup written: ${file} (${header.tables.length} tables, ${rows} rows)`);
        break;
      }
      case 'restore': {
        const file = args.find((a) => !a.startsWith('--'));
        if (!file || !existsSync(file)) throw new Error(`restore: no such file ${file ?? ''}`);
        if (!args.includes('--yes')) throw new Error('restore replaces ALL data: add --yes to confirm');
        await migrateDatabase(database);
        const header = await restoreDatabase(database, path.resolve(file));
        log(`restored ${header.tables.length} tables from the backup of ${header.createdAt}`);
        break;
      }
      case 'reminders': {
        const mailer = mailerFrom(config);
        try {
          const r = await runReminders(database.db, new Date(), mailer);
          log(
            `reminders ${r.periods.join(', ')}: ${r.created} new notifications, ${r.emailed} e-mailed, ${r.emailFailed} e-mail failures`,
          );
        } finally {
          mailer?.close();
        }
        break;
      }
      case 'analytics': {
        if (args[0] !== 'rebuild') {
          console.error(USAGE);
          process.exitCode = 2;
          break;
        }
        const years = args.slice(1).map(Number);
        if (years.some((y) => !Number.isInteger(y)))
          throw new Error(`analytics rebuild: not a year in ${args.slice(1).join(' ')}`);
        const r = await rebuildAnalytics(database.db, { years: years.length > 0 ? years : undefined, log });
        log(
          `analytics rebuilt for ${r.years.join(', ')} in ${r.ms} ms: ${r.facts} facts, ${r.rollups} rollup rows, ${r.population} population rows`,
        );
        break;
      }
      case 'activities': {
        if (args[0] === 'purge') {
          const days = config.registrationRetentionDays ?? DEFAULT_RETENTION_DAYS;
          const r = await purgeExpiredRegistrations(database.db, new Date(), days);
          log(
            `registrations: personal data of ${r.erased} registrations erased (activities ended over ${days} days ago)`,
          );
          break;
        }
        if (args[0] !== 'complete-ended') {
          console.error(USAGE);
          process.exitCode = 2;
          break;
        }
        const r = await completeEndedActivities(database.db, new Date());
        log(
          `activities completed: ${r.completed} (${r.waiting} waiting for a locked report), ${r.failed} failed`,
        );
        if (r.failed > 0) process.exitCode = 1;
        break;
      }
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    await database.close();
  }
}

/** PGlite is single-process: a second process on the same files would corrupt them. */
function refuseWhileServerRuns(dataDir: string) {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8'));
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale file from a crash
  }
  throw new Error(`the server (pid ${pid}) is using ${dataDir}: stop it first`);
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof AppError) console.error(`${error.code}: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { writePidFile } from './lib/pid-file';
import { startCompletionTimer } from './modules/activities/complete-activity';
import { startRegistrationPurgeTimer } from './modules/activities/registrations/purge-registrations';
import { mailerFrom } from './modules/reporting/reminders/mailer';
import { startReminderTimer } from './modules/reporting/reminders/run-reminders';

/** Starts the system: open and prepare the database, serve, and shut down cleanly on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig();
  const log = (line: string) => console.log(`[suotdoi] ${line}`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  const removePidFile = database.engine === 'pglite' ? writePidFile(config.dataDir) : () => {};
  log(`database: ${database.engine === 'pglite' ? `PGlite at ${config.pgliteDir}` : 'PostgreSQL'}`);
  const result = await bootstrap(config, database, log);
  const app = await buildApp({ config, database });
  const stopReminders = startReminderTimer({
    db: database.db,
    intervalMinutes: config.reminderIntervalMinutes ?? 60,
    mailer: mailerFrom(config),
    log,
  });
  // Hourly: activities whose last session ended a day ago close, and their figures reach the reports.
  const stopCompletions = startCompletionTimer({ db: database.db, intervalMinutes: 60, log });
  // Hourly: registrants' names and contacts are erased once the retention period after their activity passed.
  const stopPurge = startRegistrationPurgeTimer({
    db: database.db,
    retentionDays: config.registrationRetentionDays,
    log,
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing`);
    await app.close();
    await stopReminders();
    await stopPurge();
    await stopCompletions();
    await database.close();
    removePidFile();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  log(`Suốt Đời đang chạy tại / is running at ${url}`);
  if (result.needsSetup)
    log(`Mở ${url}/setup để tạo tài khoản quản trị / open ${url}/setup to create the admin account`);
  if (result.demoLogins.length > 0) {
    log('Tài khoản demo (mật khẩu chỉ in một lần) / demo accounts (passwords printed only this once):');
    for (const l of result.demoLogins)
      log(`  ${l.username.padEnd(18)} ${l.password}   ${l.role} · ${l.unit}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

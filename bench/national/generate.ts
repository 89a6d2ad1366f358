import { existsSync, readFileSync } from 'node:fs';
import { todayInVietnam } from '@suotdoi/shared';
import { loadConfig } from '../../apps/server/src/config';
import { type Database, openDatabase } from '../../apps/server/src/db/client';
import { prepareDatabase } from '../../apps/server/src/db/prepare';
import { pidFile } from '../../apps/server/src/lib/pid-file';
import { inTransaction, withoutIndexes } from './bulk';
import { planInstitutions } from './plan-institutions';
import { YEARS } from './profile';
import { loadAreas, loadCategoryForms, loadYears } from './reference';
import { SOURCE, writeInstitutions, writeReports, writeValues } from './write';

/**
 * The national dataset (DESIGN.md §5): today's 34 provinces and 3,321 communes (the reference units, with their
 * history), ~120,000 institutions placed in them, and five years (2022–2026) of annual reports holding ~10 M
 * values, written straight into the database in one transaction. Deterministic: the same seed and scale give
 * the same institutions, reports and values on either engine. `scale` shrinks the institutions (0.01: ~1,200)
 * while keeping every province and commune.
 *
 *   npx tsx bench/national/generate.ts [--database-url postgres://…] [--scale 0.1] [--seed 1]
 *
 * Without --database-url (or DATABASE_URL) it writes into the embedded database under DATA_DIR, as the server
 * would open it. The database is prepared (migrated, reference data loaded) first if it is not.
 */

export interface GenerateOptions {
  /** 1 = national (~120,000 institutions); 0.01 for a quick run. */
  scale?: number;
  seed?: number;
  /** The clock: which days of 2026 have passed (the year in progress). */
  now?: Date;
  log?: (line: string) => void;
}

export interface GenerateSummary {
  seed: number;
  scale: number;
  countryId: number;
  provinces: number;
  communes: number;
  institutions: number;
  parentLinks: number;
  reports: number;
  values: number;
  reportsByStatus: Record<string, number>;
  seconds: number;
}

export async function generateNationalDataset(
  database: Database,
  options: GenerateOptions = {},
): Promise<GenerateSummary> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const existing = await database.pool.query<{ n: number }>(
    'select count(*)::int as n from units where source = $1',
    [SOURCE],
  );
  if (existing.rows[0]!.n > 0) {
    throw new Error(`this database already holds a generated dataset (${existing.rows[0]!.n} units)`);
  }

  const areas = await loadAreas(database.pool);
  const forms = await loadCategoryForms(database.db);
  const planned = planInstitutions(areas.communes, areas.provinces, { scale, seed }).filter((p) =>
    forms.has(p.category),
  );
  log(
    `plan: ${areas.provinces.length} provinces, ${areas.communes.length} communes, ` +
      `${planned.length.toLocaleString('en')} institutions (seed ${seed}, scale ${scale})`,
  );
  const years = await loadYears(database.db, YEARS, forms, planned, todayInVietnam(now));
  log(`structure of each year resolved: ${years.map((y) => `${y.period} on ${y.day}`).join(', ')}`);

  const written = await inTransaction(database.pool, async (client) => {
    const { unitIds, links } = await writeInstitutions(client, planned, log);
    const reports = await writeReports(client, planned, unitIds, years, forms, { seed, now }, log);
    if (reports.orphans > 0) log(`warning: ${reports.orphans} reports skipped (parent without ancestors)`);
    const values = await withoutIndexes(
      client,
      'report_values',
      () => writeValues(client, planned, unitIds, reports, forms, seed, log),
      log,
    );
    return { links, reports, values };
  });
  const a0 = performance.now();
  await database.pool.query('analyze units, unit_parents, institutions, reports, report_values');
  log(`analyze: ${((performance.now() - a0) / 1000).toFixed(1)} s`);
  return {
    seed,
    scale,
    countryId: areas.countryId,
    provinces: areas.provinces.length,
    communes: areas.communes.length,
    institutions: planned.length,
    parentLinks: written.links,
    reports: written.reports.count,
    values: written.values,
    reportsByStatus: written.reports.byStatus,
    seconds: (performance.now() - started) / 1000,
  };
}

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]) {
  const config = loadConfig();
  const databaseUrl = argument(args, '--database-url') ?? config.databaseUrl;
  const scale = Number(argument(args, '--scale') ?? 1);
  const seed = Number(argument(args, '--seed') ?? 1);
  if (!(scale > 0) || !Number.isInteger(seed)) throw new Error('--scale must be > 0 and --seed an integer');
  if (!databaseUrl && existsSync(pidFile(config.dataDir))) {
    const pid = Number(readFileSync(pidFile(config.dataDir), 'utf8'));
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`the server (pid ${pid}) is using ${config.dataDir}: stop it first`);
  }
  const started = performance.now();
  const log = (line: string) =>
    console.log(`[national ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: config.pgliteDir });
  try {
    log(`database: ${databaseUrl ? databaseUrl.replace(/\/\/[^@]*@/, '//…@') : config.pgliteDir}`);
    await prepareDatabase(database, log);
    const summary = await generateNationalDataset(database, { scale, seed, log });
    log(
      `done in ${summary.seconds.toFixed(1)} s: ${summary.institutions.toLocaleString('en')} institutions, ` +
        `${summary.parentLinks.toLocaleString('en')} parent links, ${summary.reports.toLocaleString('en')} reports, ` +
        `${summary.values.toLocaleString('en')} values`,
    );
    log(`reports by year and status: ${JSON.stringify(summary.reportsByStatus)}`);
  } finally {
    await database.close();
  }
}

if (process.argv[1]?.endsWith('generate.ts')) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

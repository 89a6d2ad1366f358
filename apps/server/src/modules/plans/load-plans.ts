import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AppError,
  type DataElementFileSchema,
  IndicatorCatalogueFileSchema,
  type IndicatorFileSchema,
  ObservanceCatalogueFileSchema,
  type ObservanceFileSchema,
  type PlanFile,
  PlanFileSchema,
  type PlanImportProblem,
  todayInVietnam,
} from '@suotdoi/shared';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client';
import { meta } from '../../db/schema';
import { upsertCatalogue } from './catalogue.repo';
import { indicatorProblems } from './plan-rules';
import {
  findPlanIdsByKeys,
  insertPlan,
  linkImplementedPlans,
  loadCatalogue,
  preparePlan,
} from './write-plan';

/** data/ at the repository root: plans/*.json, indicators.json, observances.json. */
export const PLANS_DATA_DIR = path.resolve(import.meta.dirname, '../../../../../data');
export const PLANS_META_KEY = 'builtin-plans';
const LOCK_ID = 1520_0003;

type Log = (line: string) => void;

const CatalogueFileSchema = IndicatorCatalogueFileSchema;
const ObservancesFileSchema = ObservanceCatalogueFileSchema.transform((f) => f.observances);

export interface PlanSources {
  hash: string;
  dataElements: z.infer<typeof DataElementFileSchema>[];
  indicators: z.infer<typeof IndicatorFileSchema>[];
  observances: z.infer<typeof ObservanceFileSchema>[];
  plans: { name: string; hash: string; file: PlanFile }[];
}

/** The first problems in words, so that a failed start says what to fix without a debugger. */
function describe(problems: PlanImportProblem[]): string {
  const shown = problems
    .slice(0, 5)
    .map(
      (p) =>
        `${p.sheet ?? ''} ${p.field}: ${p.reason}${p.value === undefined ? '' : ` (${JSON.stringify(p.value)})`}`,
    );
  return `${problems.length} problems: ${shown.join('; ')}${problems.length > 5 ? '; …' : ''}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's problems, each with the file name, so that a reviewer finds the line to fix. */
function zodProblems(name: string, error: z.ZodError): PlanImportProblem[] {
  return error.issues.map((i) => ({ sheet: name, field: i.path.join('.') || '(file)', reason: i.message }));
}

/**
 * Reads and shape-checks every built-in file. Any problem in any file throws IMPORT_INVALID listing them all:
 * the built-in data is loaded whole or not at all.
 */
export function readPlanSources(dir: string = PLANS_DATA_DIR): PlanSources {
  const problems: PlanImportProblem[] = [];
  const texts: string[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const file = path.join(dir, name);
    if (!existsSync(file)) return undefined;
    const text = readFileSync(file, 'utf8');
    texts.push(`${name}\n${text}`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ sheet: name, field: '(file)', reason: `not JSON: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) problems.push(...zodProblems(name, parsed.error));
    return parsed.success ? parsed.data : undefined;
  };
  const catalogue = read('indicators.json', CatalogueFileSchema);
  const observances = read('observances.json', ObservancesFileSchema) ?? [];
  const planDir = path.join(dir, 'plans');
  const names = existsSync(planDir)
    ? readdirSync(planDir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  const plans: PlanSources['plans'] = [];
  const keys = new Map<string, string>();
  for (const name of names) {
    const file = read(`plans/${name}`, PlanFileSchema);
    if (!file) continue;
    const other = keys.get(file.key);
    if (other)
      problems.push({ sheet: `plans/${name}`, field: 'key', reason: `duplicate key, also in ${other}` });
    keys.set(file.key, name);
    plans.push({ name, hash: sha256(texts[texts.length - 1]!), file });
  }
  if (problems.length > 0) {
    throw new AppError('IMPORT_INVALID', `built-in plan data: ${describe(problems)}`, { problems });
  }
  return {
    hash: sha256(texts.join('\n')),
    dataElements: catalogue?.dataElements ?? [],
    indicators: catalogue?.indicators ?? [],
    observances,
    plans,
  };
}

export interface LoadSummary {
  /** False when the meta row showed these very files loaded already. */
  changed: boolean;
  inserted: string[];
  replaced: string[];
  /** Files that changed, for plans edited in the app: kept as edited (see below). */
  kept: string[];
}

/**
 * Loads Program 1520, the seed plans, the indicators and the national days from data/, all in one transaction.
 * Idempotent: the meta row holds the hash of the files loaded, and the same files are not read into the
 * database twice.
 *
 * When a file changed (a corrected number), `suotdoi plans load` (or the next start) re-applies that plan from
 * its file only while nobody has touched it in the app: no edit through the API (`edited_at`) and no progress
 * update on its tasks. A plan people have worked on is the record of that work, so it is kept as it is and the
 * changed file is listed as "kept" for an operator to reconcile; nothing a user typed is overwritten. The
 * catalogue (indicators, data elements, observances) is not editable in the app, so it always follows the files.
 */
export async function loadBuiltInPlans(
  database: Database,
  log: Log = () => {},
  options: { dir?: string; now?: Date } = {},
): Promise<LoadSummary> {
  const sources = readPlanSources(options.dir);
  const summary: LoadSummary = { changed: false, inserted: [], replaced: [], kept: [] };
  if (sources.plans.length === 0 && sources.indicators.length === 0 && sources.observances.length === 0) {
    return summary;
  }
  // Another directory (a test's fixtures) keeps its own meta row, so it never masks the real data's.
  const dir = options.dir ?? PLANS_DATA_DIR;
  const metaKey =
    dir === PLANS_DATA_DIR ? PLANS_META_KEY : `${PLANS_META_KEY}:${path.basename(path.dirname(dir))}`;
  const current = async (db: DbOrTx) =>
    (await db.select().from(meta).where(eq(meta.key, metaKey)))[0]?.value as { hash?: string } | undefined;
  if ((await current(database.db))?.hash === sources.hash) return summary;
  const today = todayInVietnam(options.now ?? new Date());
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ID})`);
    if ((await current(tx))?.hash === sources.hash) return;
    summary.changed = true;
    await applySources(tx, sources, today, summary);
    const value = {
      hash: sources.hash,
      files: Object.fromEntries(sources.plans.map((p) => [p.name, p.hash])),
    };
    await tx
      .insert(meta)
      .values({ key: metaKey, value })
      .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: new Date() } });
  });
  if (summary.changed) {
    log(
      `plans: ${summary.inserted.length} loaded, ${summary.replaced.length} updated from changed files` +
        (summary.kept.length
          ? `, ${summary.kept.length} kept as edited in the app: ${summary.kept.join(', ')}`
          : ''),
    );
  }
  return summary;
}

async function applySources(tx: DbOrTx, sources: PlanSources, today: string, summary: LoadSummary) {
  const problems: PlanImportProblem[] = [];
  const elementTypes = new Map<string, string>(
    (
      await tx.execute<{ code: string; value_type: string }>(sql`select code, value_type from data_elements`)
    ).rows.map((r) => [r.code, r.value_type]),
  );
  for (const e of sources.dataElements) elementTypes.set(e.code, e.valueType);
  sources.indicators.forEach((indicator, i) => {
    for (const p of indicatorProblems(indicator, (e) => elementTypes.get(e))) {
      problems.push({
        sheet: 'indicators.json',
        row: i + 1,
        field: `indicators.${i}.${p.field}`,
        reason: p.reason,
        value: p.value,
      });
    }
  });
  if (problems.length > 0) {
    throw new AppError('IMPORT_INVALID', `built-in indicators: ${describe(problems)}`, { problems });
  }
  await upsertCatalogue(tx, {
    elements: sources.dataElements.map((e) => ({
      ...e,
      observance: e.observance ?? null,
      description: e.description ?? null,
    })),
    indicators: sources.indicators.map((i) => ({
      ...i,
      threshold: i.threshold ?? null,
      description: i.description ?? null,
    })),
    observances: sources.observances.map((o) => ({
      ...o,
      legalRef: o.legalRef ?? null,
      note: o.note ?? null,
    })),
  });
  const catalogue = await loadCatalogue(tx);
  const existing = await findPlanIdsByKeys(
    tx,
    sources.plans.map((p) => p.file.key),
  );
  const touched = new Set(
    (
      await tx.execute<{ plan_id: number }>(
        sql`select distinct t.plan_id from task_updates u join tasks t on t.id = u.task_id`,
      )
    ).rows.map((r) => r.plan_id),
  );
  for (const source of sources.plans) {
    const found = existing.get(source.file.key);
    if (found && found.contentHash === source.hash && found.origin === 'builtin') continue;
    if (found && (found.origin !== 'builtin' || found.editedAt !== null || touched.has(found.id))) {
      summary.kept.push(source.name);
      continue;
    }
    const { prepared, problems: planProblems } = await preparePlan(tx, source.file, catalogue, today);
    problems.push(...planProblems.map((p) => ({ ...p, sheet: `plans/${source.name}` })));
    if (!prepared) continue;
    await insertPlan(tx, prepared, { origin: 'builtin', contentHash: source.hash, replaceId: found?.id });
    (found ? summary.replaced : summary.inserted).push(source.file.key);
  }
  if (problems.length > 0) {
    throw new AppError('IMPORT_INVALID', `built-in plans: ${describe(problems)}`, { problems });
  }
  await linkImplementedPlans(tx);
}

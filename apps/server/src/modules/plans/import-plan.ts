import {
  AppError,
  PlanFileSchema,
  type PlanImportProblem,
  type PlanImportResult,
  todayInVietnam,
} from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { fromSheets, readPlanWorkbook } from './plan-workbook';
import { canWritePlan } from './plans.policy';
import {
  findPlanIdsByKeys,
  insertPlan,
  linkImplementedPlans,
  loadCatalogue,
  preparePlan,
} from './write-plan';

export type ImportSource = { kind: 'json'; body: unknown } | { kind: 'xlsx'; bytes: Buffer };

type SheetRows = Record<'sections' | 'targets' | 'tasks', number[]>;

/**
 * Sheet and row of a problem's path: `targets.3.min` is the 4th target, in a JSON file row 4 of `targets`, in a
 * workbook the sheet row that target was read from (header and blank rows counted, as Excel shows them).
 */
function locate(problem: PlanImportProblem, sheetRows: SheetRows | null): PlanImportProblem {
  const [head, index, ...rest] = problem.field.split('.');
  if ((head === 'targets' || head === 'tasks' || head === 'sections') && /^\d+$/.test(index ?? '')) {
    const i = Number(index);
    return sheetRows
      ? { ...problem, sheet: head, row: sheetRows[head][i] ?? i + 2, field: rest.join('.') || head }
      : { ...problem, row: i + 1 };
  }
  return sheetRows && problem.sheet === undefined ? { ...problem, sheet: 'plan' } : problem;
}

/**
 * Nhập kế hoạch: a plan file (JSON body) or workbook (.xlsx) becomes a new plan. Every problem is listed at
 * once with sheet/row/field/reason: the shape, unknown indicator, category, national-day and unit codes, the
 * target rules, a key already in use. A dry run (the default) writes nothing; otherwise any problem throws
 * IMPORT_INVALID and nothing is saved, else one transaction writes the plan and an audit entry. Needs
 * plan.write on the plan's scope unit (or issuer).
 */
export async function importPlan(
  actor: Actor,
  input: { source: ImportSource; dryRun: boolean },
  deps: ServiceDeps,
): Promise<PlanImportResult> {
  let sheetRows: SheetRows | null = null;
  const problems: PlanImportProblem[] = [];
  let raw: unknown;
  if (input.source.kind === 'xlsx') {
    const sheets = await readPlanWorkbook(input.source.bytes);
    if (!sheets)
      throw new AppError('UNSUPPORTED_FILE', 'not an .xlsx workbook', { reason: 'not_a_spreadsheet' });
    const read = fromSheets(sheets);
    problems.push(...read.problems);
    raw = read.raw;
    sheetRows = read.rows;
  } else raw = input.source.body;

  const parsed = PlanFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: issue.path.join('.') || '(file)', reason: issue.message });
    }
  }
  const key = parsed.success
    ? parsed.data.key
    : typeof (raw as { key?: unknown })?.key === 'string'
      ? String((raw as { key: string }).key)
      : null;
  const result = (planId: number | null): PlanImportResult => ({
    dryRun: input.dryRun,
    key,
    planId,
    targets: parsed.success ? parsed.data.targets.length : 0,
    tasks: parsed.success ? parsed.data.tasks.length : 0,
    problems: problems.map((p) => locate(p, sheetRows)),
  });
  const fail = () => {
    const r = result(null);
    if (input.dryRun) return r;
    throw new AppError('IMPORT_INVALID', `${r.problems.length} problems`, { problems: r.problems });
  };
  if (!parsed.success || problems.length > 0) return fail();
  const file = parsed.data;

  return deps.db.transaction(async (tx) => {
    if ((await findPlanIdsByKeys(tx, [file.key])).size > 0) {
      problems.push({ field: 'key', reason: 'duplicate_key', value: file.key });
    }
    const { prepared, problems: planProblems } = await preparePlan(
      tx,
      file,
      await loadCatalogue(tx),
      todayInVietnam(deps.clock()),
    );
    problems.push(...planProblems);
    if (prepared && !(await canWritePlan(tx, actor, { id: 0, ...prepared }))) {
      throw new AppError('FORBIDDEN', `no plan.write on the scope of plan ${file.key}`);
    }
    if (!prepared || problems.length > 0 || input.dryRun) return fail();
    const planId = await insertPlan(tx, prepared, { origin: 'import' });
    await linkImplementedPlans(tx);
    await recordAudit(tx, actor, {
      action: 'plan.import',
      entity: 'plan',
      entityId: planId,
      unitId: prepared.scopeUnitId ?? prepared.issuerUnitId,
      after: {
        key: file.key,
        symbol: file.symbol,
        title: file.title,
        targets: file.targets.length,
        tasks: file.tasks.length,
      },
    });
    return result(planId);
  });
}

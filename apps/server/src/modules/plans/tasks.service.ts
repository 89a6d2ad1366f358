import {
  AppError,
  type CreateTask,
  isValidOn,
  type PartyInput,
  type Task,
  type TaskListQuery,
  todayInVietnam,
  type UnitBrief,
  type UpdateTask,
} from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { StoredUnitRef } from '../../db/schema';
import { recordAudit } from '../audit/audit.record';
import { scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findObservances } from './catalogue.repo';
import { overlapsTimeframe, type Problem, timeframeProblems, yearOf } from './plan-rules';
import { findUnitBriefs } from './plan-units.repo';
import { assertCanWritePlan, canUpdateTask, canWritePlan } from './plans.policy';
import { lockPlan, type PlanRow, touchPlan } from './plans.repo';
import { assertFresh, loadPlan, lockWritablePlan } from './plans.service';
import {
  deleteTaskRow,
  findPartyRows,
  findTaskRow,
  findTasks,
  insertTaskRow,
  nextTaskPosition,
  replaceParties,
  type TaskRow,
  updateTaskRow,
} from './tasks.repo';

/** Nhiệm vụ: a plan's tasks with filters, "my tasks", and edits. */

const today = (deps: ServiceDeps) => todayInVietnam(deps.clock());

function filters(query: TaskListQuery): SQL[] {
  const where: SQL[] = [];
  if (query.area) where.push(sql`k.area = ${query.area}`);
  if (query.status) where.push(sql`k.status = ${query.status}`);
  if (query.year !== undefined) {
    where.push(sql`k.from_year <= ${query.year} and (k.to_year is null or k.to_year >= ${query.year})`);
  }
  if (query.lead !== undefined) {
    where.push(sql`exists (select 1 from task_parties tp where tp.task_id = k.id and tp.role = 'lead'
      and tp.unit_id in (${subtreeUnitIds(query.lead)}))`);
  }
  return where;
}

/** A plan's tasks (readable by everyone), filtered by area, lead unit (or a unit under it), status and year. */
export async function listPlanTasks(
  _actor: Actor,
  planId: number,
  query: TaskListQuery,
  deps: ServiceDeps,
): Promise<Task[]> {
  await loadPlan(deps.db, planId);
  return findTasks(
    deps.db,
    sql.join([sql`k.plan_id = ${planId}`, ...filters(query)], sql` and `),
    today(deps),
  );
}

/**
 * Việc của tôi: tasks of any plan whose lead or coordinating unit lies in a subtree where the actor holds
 * task.update (an administrator: every task with a unit named).
 */
export async function listMyTasks(actor: Actor, query: TaskListQuery, deps: ServiceDeps): Promise<Task[]> {
  const scope = scopedUnitIds(actor, 'task.update');
  const mine = sql`exists (select 1 from task_parties tp where tp.task_id = k.id and tp.unit_id is not null
    ${scope === null ? sql`` : sql`and tp.unit_id in (${scope})`})`;
  return findTasks(deps.db, sql.join([mine, ...filters(query)], sql` and `), today(deps));
}

/** One task (readable by everyone); `today` decides whether it is overdue. */
export async function getTask(db: DbOrTx, id: number, day: string): Promise<Task> {
  const [task] = await findTasks(db, sql`k.id = ${id}`, day);
  if (!task) throw new AppError('NOT_FOUND', `task ${id} not found`);
  return task;
}

function invalid(details: Problem[]): never {
  throw new AppError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
}

interface TaskShape {
  from: string;
  to: string | null;
  observances: string[] | null;
  lead: PartyInput[];
  coordinating: PartyInput[];
}

/** A party's unit written back as a plan file would name it: on the plan's date, or from when it existed. */
function refFor(unit: UnitBrief, planDate: string): StoredUnitRef {
  const ref: StoredUnitRef = { code: unit.code, kind: unit.level as StoredUnitRef['kind'] };
  if (!isValidOn(unit, planDate)) ref.on = unit.validFrom;
  return ref;
}

/**
 * Every problem of a task at once: its timeframe, unknown national days, and parties whose unit is unknown or
 * did not exist at any time in the task's timeframe (a lead unit dissolved before the task began).
 */
async function checkTask(tx: DbOrTx, plan: PlanRow, t: TaskShape) {
  const problems: Problem[] = [...timeframeProblems(t)];
  const known = new Set((await findObservances(tx)).map((o) => o.code));
  (t.observances ?? []).forEach((code, i) => {
    if (!known.has(code))
      problems.push({ field: `observances.${i}`, reason: 'unknown_observance', value: code });
  });
  const units = await findUnitBriefs(
    tx,
    [...t.lead, ...t.coordinating].map((p) => p.unitId).filter((u): u is number => typeof u === 'number'),
  );
  const refs = new Map<PartyInput, StoredUnitRef | null>();
  for (const role of ['lead', 'coordinating'] as const) {
    t[role].forEach((party, i) => {
      if (party.unitId == null) {
        refs.set(party, null);
        return;
      }
      const unit = units.get(party.unitId);
      if (!unit) problems.push({ field: `${role}.${i}.unitId`, reason: 'unknown_unit', value: party.unitId });
      else if (timeframeProblems(t).length === 0 && !overlapsTimeframe(unit, t)) {
        problems.push({
          field: `${role}.${i}.unitId`,
          reason: 'unit_not_valid_in_timeframe',
          value: {
            unitId: unit.id,
            validFrom: unit.validFrom,
            validTo: unit.validTo,
            from: t.from,
            to: t.to,
          },
        });
      } else refs.set(party, refFor(unit, plan.date));
    });
  }
  if (problems.length > 0) invalid(problems);
  const rows = (parties: PartyInput[]) =>
    parties.map((p, position) => ({
      position,
      text: p.text,
      unitId: p.unitId ?? null,
      unitRef: refs.get(p) ?? null,
    }));
  return { lead: rows(t.lead), coordinating: rows(t.coordinating) };
}

const years = (t: { from: string; to: string | null }) => ({
  fromYear: yearOf(t.from),
  toYear: t.to === null ? null : yearOf(t.to),
});

async function auditView(tx: DbOrTx, row: TaskRow) {
  const { updatedAt: _u, ...rest } = row;
  const parties = await findPartyRows(tx, [row.id]);
  return { ...rest, parties: parties.map((p) => ({ role: p.role, text: p.text, unitId: p.unitId })) };
}

/** Adds a task to a plan (plan.write). Audited. */
export async function createTask(
  actor: Actor,
  input: { planId: number; task: CreateTask },
  deps: ServiceDeps,
): Promise<Task> {
  const id = await deps.db.transaction(async (tx) => {
    const plan = await lockWritablePlan(tx, actor, input.planId);
    const t = input.task;
    const parties = await checkTask(tx, plan, t);
    const now = deps.clock();
    const row = await insertTaskRow(tx, {
      planId: plan.id,
      position: await nextTaskPosition(tx, plan.id),
      code: t.code ?? null,
      area: t.area,
      content: t.content,
      product: t.product ?? null,
      fromText: t.from,
      toText: t.to,
      ...years(t),
      recurrence: t.recurrence,
      dates: t.dates,
      observanceCodes: t.observances,
      note: t.note ?? null,
      status: t.status,
      timeliness: t.timeliness,
      provinceId: plan.provinceId,
      updatedAt: now,
    });
    await replaceParties(tx, row.id, 'lead', parties.lead);
    await replaceParties(tx, row.id, 'coordinating', parties.coordinating);
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      action: 'task.create',
      entity: 'task',
      entityId: row.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      after: await auditView(tx, row),
    });
    return row.id;
  });
  return getTask(deps.db, id, today(deps));
}

const STATUS_ONLY = new Set(['status', 'timeliness', 'expectedUpdatedAt']);

/**
 * Changes a task. Anyone with plan.write on the plan may change anything; a lead or coordinating unit's people
 * (task.update) may change only its status and timeliness. Audited.
 */
export async function updateTask(
  actor: Actor,
  input: { id: number; patch: UpdateTask },
  deps: ServiceDeps,
): Promise<Task> {
  await deps.db.transaction(async (tx) => {
    const row = await findTaskRow(tx, input.id, true);
    if (!row) throw new AppError('NOT_FOUND', `task ${input.id} not found`);
    const plan = (await lockPlan(tx, row.planId))!;
    const p = input.patch;
    const partyRows = await findPartyRows(tx, [row.id]);
    if (!(await canWritePlan(tx, actor, plan))) {
      const statusOnly = Object.keys(p).every((k) => STATUS_ONLY.has(k));
      const unitIds = partyRows.map((r) => r.unitId).filter((u): u is number => u !== null);
      if (!statusOnly || !(await canUpdateTask(tx, actor, plan, unitIds))) {
        throw new AppError('FORBIDDEN', `no plan.write or task.update on task ${row.id}`);
      }
    }
    assertFresh(p.expectedUpdatedAt, row.updatedAt, await getTask(tx, row.id, today(deps)));
    const before = await auditView(tx, row);
    const asInput = (role: string) =>
      partyRows.filter((r) => r.role === role).map((r) => ({ text: r.text, unitId: r.unitId }));
    const from = p.from ?? row.fromText;
    const to = p.to !== undefined ? p.to : row.toText;
    const lead = p.lead ?? asInput('lead');
    const coordinating = p.coordinating ?? asInput('coordinating');
    const observances = p.observances !== undefined ? p.observances : row.observanceCodes;
    const touchesShape = ['from', 'to', 'lead', 'coordinating', 'observances'].some((k) => k in p);
    const parties = touchesShape
      ? await checkTask(tx, plan, { from, to, observances, lead, coordinating })
      : null;
    const now = deps.clock();
    const after = await updateTaskRow(tx, row.id, {
      code: p.code !== undefined ? p.code : row.code,
      area: p.area ?? row.area,
      content: p.content ?? row.content,
      product: p.product !== undefined ? p.product : row.product,
      fromText: from,
      toText: to,
      ...years({ from, to }),
      recurrence: p.recurrence ?? row.recurrence,
      dates: p.dates !== undefined ? p.dates : row.dates,
      observanceCodes: observances,
      note: p.note !== undefined ? p.note : row.note,
      status: p.status ?? row.status,
      timeliness: p.timeliness !== undefined ? p.timeliness : row.timeliness,
      updatedAt: now,
    });
    if (parties && p.lead) await replaceParties(tx, row.id, 'lead', parties.lead);
    if (parties && p.coordinating) await replaceParties(tx, row.id, 'coordinating', parties.coordinating);
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      action: 'task.update',
      entity: 'task',
      entityId: row.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before,
      after: await auditView(tx, after),
    });
  });
  return getTask(deps.db, input.id, today(deps));
}

/** Removes a task with its progress history (plan.write). Audited with the task as it was. */
export async function deleteTask(actor: Actor, id: number, deps: ServiceDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await findTaskRow(tx, id, true);
    if (!row) throw new AppError('NOT_FOUND', `task ${id} not found`);
    const plan = (await lockPlan(tx, row.planId))!;
    await assertCanWritePlan(tx, actor, plan);
    const before = await auditView(tx, row);
    await deleteTaskRow(tx, id);
    await touchPlan(tx, plan.id, deps.clock());
    await recordAudit(tx, actor, {
      action: 'task.delete',
      entity: 'task',
      entityId: id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before,
    });
  });
}

import type { PartyView, Task } from '@suotdoi/shared';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { taskParties, tasks } from '../../db/schema';
import { timeframeDays } from './plan-rules';

/** Tasks (nhiệm vụ) with their parties and last progress update: SQL only. */

export type TaskRow = typeof tasks.$inferSelect;
export type PartyRow = typeof taskParties.$inferSelect;

type JoinedTask = Omit<Task, 'lead' | 'coordinating' | 'lastUpdate' | 'updatedAt' | 'overdue'> & {
  parties: (PartyView & { role: 'lead' | 'coordinating' })[];
  lastUpdate: { period: string; status: Task['status']; at: string } | null;
  updatedAt: Date;
};

/** Tasks matching `where`; `today` (in Vietnam) decides which are overdue. */
export async function findTasks(db: DbOrTx, where: SQL, today: string): Promise<Task[]> {
  const result = await db.execute<JoinedTask>(sql`
    select k.id, k.plan_id as "planId", p.key as "planKey", p.title as "planTitle", k.code, k.area, k.content,
      k.product, k.from_text as "from", k.to_text as "to", k.from_year as "fromYear", k.to_year as "toYear",
      k.recurrence, k.dates, k.observance_codes as observances, k.note, k.status, k.timeliness,
      k.updated_at as "updatedAt",
      coalesce((select json_agg(json_build_object('role', tp.role, 'text', tp.text, 'unitId', tp.unit_id,
          'unitCode', u.code, 'unitName', u.name) order by tp.role desc, tp.position)
        from task_parties tp left join units u on u.id = tp.unit_id where tp.task_id = k.id), '[]'::json) as parties,
      (select json_build_object('period', tu.period, 'status', tu.status, 'at', tu.created_at)
        from task_updates tu where tu.task_id = k.id order by tu.created_at desc, tu.id desc limit 1) as "lastUpdate"
    from tasks k join plans p on p.id = k.plan_id
    where ${where}
    order by p.date, k.plan_id, k.position, k.id`);
  return result.rows.map(({ parties, lastUpdate, updatedAt, ...t }) => {
    const of = (role: string) => parties.filter((p) => p.role === role).map(({ role: _r, ...p }) => p);
    const { last } = timeframeDays(t.from, t.to);
    return {
      ...t,
      overdue: last !== null && last < today && t.status !== 'done' && t.status !== 'continuous',
      lead: of('lead'),
      coordinating: of('coordinating'),
      lastUpdate: lastUpdate ? { ...lastUpdate, at: new Date(lastUpdate.at).toISOString() } : null,
      updatedAt: new Date(updatedAt).toISOString(),
    };
  });
}

export async function findTaskRow(db: DbOrTx, id: number, lock = false): Promise<TaskRow | undefined> {
  const q = db.select().from(tasks).where(eq(tasks.id, id));
  return (await (lock ? q.for('update') : q))[0];
}

export async function findStoredTasks(db: DbOrTx, planId: number): Promise<TaskRow[]> {
  return db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position), asc(tasks.id));
}

export async function findPartyRows(db: DbOrTx, taskIds: number[]): Promise<PartyRow[]> {
  if (taskIds.length === 0) return [];
  return db
    .select()
    .from(taskParties)
    .where(inArray(taskParties.taskId, taskIds))
    .orderBy(asc(taskParties.taskId), asc(taskParties.role), asc(taskParties.position));
}

export async function nextTaskPosition(tx: DbOrTx, planId: number): Promise<number> {
  const r = await tx.execute<{ n: number }>(
    sql`select coalesce(max(position), -1)::int + 1 as n from tasks where plan_id = ${planId}`,
  );
  return r.rows[0]!.n;
}

export async function insertTaskRow(tx: DbOrTx, values: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await tx.insert(tasks).values(values).returning();
  return row!;
}

export async function updateTaskRow(tx: DbOrTx, id: number, set: Partial<typeof tasks.$inferInsert>) {
  const [row] = await tx.update(tasks).set(set).where(eq(tasks.id, id)).returning();
  return row!;
}

export async function deleteTaskRow(tx: DbOrTx, id: number) {
  await tx.delete(tasks).where(eq(tasks.id, id));
}

export async function replaceParties(
  tx: DbOrTx,
  taskId: number,
  role: 'lead' | 'coordinating',
  parties: Omit<typeof taskParties.$inferInsert, 'taskId' | 'role'>[],
) {
  await tx.delete(taskParties).where(and(eq(taskParties.taskId, taskId), eq(taskParties.role, role)));
  if (parties.length > 0) await tx.insert(taskParties).values(parties.map((p) => ({ ...p, taskId, role })));
}

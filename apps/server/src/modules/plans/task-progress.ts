import { createHash } from 'node:crypto';
import { AppError, type CreateTaskProgress, type TaskProgress } from '@suotdoi/shared';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { files, taskUpdates } from '../../db/schema';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type EvidenceFile, evidenceProblems, mimeOf } from '../files/evidence';
import { canUpdateTask } from './plans.policy';
import { lockPlan } from './plans.repo';
import { currentPeriod } from './plans.service';
import { findPartyRows, findTaskRow, updateTaskRow } from './tasks.repo';

export type { EvidenceFile };

/** Báo cáo tiến độ: a progress update on a task, with evidence files, and the task's history of them. */

async function history(db: DbOrTx, taskId: number): Promise<TaskProgress[]> {
  const updates = await db
    .select()
    .from(taskUpdates)
    .where(eq(taskUpdates.taskId, taskId))
    .orderBy(desc(taskUpdates.createdAt), desc(taskUpdates.id));
  const attached =
    updates.length === 0
      ? []
      : await db
          .select({
            id: files.id,
            taskUpdateId: files.taskUpdateId,
            name: files.name,
            mime: files.mime,
            size: files.size,
            sha256: files.sha256,
          })
          .from(files)
          .where(
            inArray(
              files.taskUpdateId,
              updates.map((u) => u.id),
            ),
          )
          .orderBy(asc(files.id));
  return updates.map((u) => ({
    id: u.id,
    taskId: u.taskId,
    period: u.period,
    status: u.status as TaskProgress['status'],
    timeliness: u.timeliness as TaskProgress['timeliness'],
    narrative: u.narrative,
    createdBy: u.createdByName,
    createdAt: u.createdAt.toISOString(),
    files: attached.filter((f) => f.taskUpdateId === u.id).map(({ taskUpdateId: _t, ...f }) => f),
  }));
}

/** A task's progress updates, newest first (readable by everyone, as plans are). */
export async function listTaskProgress(
  _actor: Actor,
  taskId: number,
  deps: ServiceDeps,
): Promise<TaskProgress[]> {
  if (!(await findTaskRow(deps.db, taskId))) throw new AppError('NOT_FOUND', `task ${taskId} not found`);
  return history(deps.db, taskId);
}

/**
 * Reports progress on a task for a period (this year by default): the status it reached, a narrative and
 * evidence files (pdf, docx, xlsx, jpg, png; 10 MB each). Sets the task's status too. Needs task.update on a
 * lead or coordinating unit, or plan.write on the plan. All-or-nothing, audited.
 */
export async function createTaskProgress(
  actor: Actor,
  input: { taskId: number; body: CreateTaskProgress; files: EvidenceFile[] },
  deps: ServiceDeps,
): Promise<TaskProgress> {
  const problems = evidenceProblems(input.files);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
      problems,
    );
  }
  const id = await deps.db.transaction(async (tx) => {
    const task = await findTaskRow(tx, input.taskId, true);
    if (!task) throw new AppError('NOT_FOUND', `task ${input.taskId} not found`);
    const plan = (await lockPlan(tx, task.planId))!;
    const units = (await findPartyRows(tx, [task.id]))
      .map((p) => p.unitId)
      .filter((u): u is number => u !== null);
    if (!(await canUpdateTask(tx, actor, plan, units))) {
      throw new AppError('FORBIDDEN', `no task.update on task ${task.id}`);
    }
    const now = deps.clock();
    const [update] = await tx
      .insert(taskUpdates)
      .values({
        taskId: task.id,
        period: input.body.period ?? currentPeriod(deps.clock),
        status: input.body.status,
        timeliness: input.body.timeliness ?? null,
        narrative: input.body.narrative,
        provinceId: task.provinceId,
        createdBy: actor.userId,
        createdByName: actor.username,
        createdAt: now,
      })
      .returning();
    for (const f of input.files) {
      await tx.insert(files).values({
        taskUpdateId: update!.id,
        name: f.name.normalize('NFC'),
        mime: mimeOf(f.name),
        size: f.bytes.length,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        content: f.bytes,
        createdBy: actor.userId,
      });
    }
    await updateTaskRow(tx, task.id, {
      status: input.body.status,
      timeliness: input.body.timeliness !== undefined ? input.body.timeliness : task.timeliness,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'task.progress',
      entity: 'task',
      entityId: task.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before: { status: task.status, timeliness: task.timeliness },
      after: {
        period: update!.period,
        status: update!.status,
        timeliness: update!.timeliness,
        narrative: update!.narrative,
        files: input.files.map((f) => f.name),
      },
    });
    return update!.id;
  });
  return (await history(deps.db, input.taskId)).find((u) => u.id === id)!;
}

/** One evidence file's bytes (signed-in readers, as for the task itself). */
export async function getEvidenceFile(_actor: Actor, id: number, deps: ServiceDeps) {
  const [file] = await deps.db.select().from(files).where(eq(files.id, id));
  if (!file) throw new AppError('NOT_FOUND', `file ${id} not found`);
  return file;
}

import { AppError } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor } from '../../auth/actor';

/**
 * Tác vụ nền: a long import answers 202 at once and runs here. The writing stays one transaction (a crash
 * leaves nothing); the `jobs` row says who started it and how it ended. Progress lives in memory while the job
 * runs: PGlite is a single session, so a row update from another connection would wait for the import's own
 * transaction to end. On PostgreSQL the row follows the progress too, for a second server process to read.
 */

export type JobStatus = 'running' | 'done' | 'failed';

export interface JobState {
  id: string;
  userId: string;
  status: JobStatus;
  total: number;
  done: number;
  result: unknown;
}

const running = new Map<string, JobState>();

export type Progress = (done: number, total: number) => void;

/**
 * Starts `work` in the background and answers the job's id once its row exists. `persistProgress` writes the
 * progress to the row as it goes (PostgreSQL only: see above).
 */
export async function startJob(
  db: Db,
  actor: Actor,
  kind: string,
  total: number,
  work: (progress: Progress) => Promise<unknown>,
  options: { persistProgress: boolean },
): Promise<string> {
  const rows = await db.execute<{ id: string }>(sql`insert into jobs (kind, user_id, status, total, done)
    values (${kind}, ${actor.userId}::uuid, 'running', ${total}, 0) returning id`);
  const id = rows.rows[0]!.id;
  const state: JobState = { id, userId: actor.userId, status: 'running', total, done: 0, result: null };
  running.set(id, state);
  let lastWrite = 0;
  const progress: Progress = (done, all) => {
    state.done = done;
    state.total = all;
    const now = Date.now();
    if (options.persistProgress && now - lastWrite > 250) {
      lastWrite = now;
      db.execute(sql`update jobs set done = ${done}, total = ${all} where id = ${id}::uuid`).catch(() => {});
    }
  };
  void (async () => {
    let status: JobStatus = 'done';
    let result: unknown;
    try {
      result = await work(progress);
      state.done = state.total;
    } catch (error) {
      status = 'failed';
      result =
        error instanceof AppError
          ? { error: { code: error.code, message: error.message, details: error.details } }
          : { error: { code: 'INTERNAL', message: 'the import failed' } };
    }
    Object.assign(state, { status, result });
    try {
      await db.execute(sql`update jobs set status = ${status}, done = ${state.done}, total = ${state.total},
        result = ${JSON.stringify(result ?? null)}::jsonb, finished_at = now() where id = ${id}::uuid`);
    } finally {
      running.delete(id);
    }
  })();
  return id;
}

/** A job of the actor (someone else's looks like none). */
export async function getJob(db: DbOrTx, actor: Actor, id: string) {
  const live = running.get(id);
  if (live) {
    if (live.userId !== actor.userId) throw new AppError('NOT_FOUND', `job ${id} not found`);
    return { id, status: live.status, total: live.total, done: live.done, result: live.result };
  }
  const rows = await db.execute<Omit<JobState, 'userId'>>(sql`select id, status, total, done, result from jobs
    where id = ${id}::uuid and user_id = ${actor.userId}::uuid`);
  const row = rows.rows[0];
  if (!row) throw new AppError('NOT_FOUND', `job ${id} not found`);
  return row;
}

/**
 * At start: a job still 'running' belongs to a process that died (its transaction rolled back with it), so it
 * is marked failed rather than left spinning in someone's browser.
 */
export async function failInterruptedJobs(db: DbOrTx): Promise<number> {
  const rows = await db.execute<{ id: string }>(sql`update jobs set status = 'failed', finished_at = now(),
    result = '{"error":{"code":"INTERRUPTED","message":"the server stopped during the job; nothing was written"}}'::jsonb
    where status = 'running' returning id`);
  return rows.rows.length;
}

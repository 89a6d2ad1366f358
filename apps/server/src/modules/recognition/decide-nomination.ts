import {
  AppError,
  DECIDING_LEVEL,
  type Recognition,
  type RecognitionStatus,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { invalid, type Problem } from '../activities/activity-rules';
import { recordAudit } from '../audit/audit.record';
import { canReachUnit } from '../auth/access';
import type { Actor } from '../auth/actor';
import {
  findCountryId,
  findRecognitionRow,
  type RecognitionRow,
  type StepChange,
  updateStatus,
} from './recognition.repo';
import { loadRecognitionFor, type RecognitionDeps, toRecognition } from './recognition.service';
import { assertStatus, assertVersion, auditView, decisionDateProblems } from './recognition-rules';

/**
 * Xét duyệt, quyết định: nominated → reviewed (the nominee's province) → granted (the province for the
 * Department's and the provincial committee's certificates, the country for the Ministry's and the Prime
 * Minister's), or declined on the way. Each step records who and when, with the version read, audited.
 */

/** Who reviews: the nominee's province (the country for a nominee above every province). */
async function reviewingUnit(db: DbOrTx, row: RecognitionRow): Promise<number> {
  return row.provinceId ?? (await findCountryId(db));
}

/** Who decides the form asked for. */
async function decidingUnit(db: DbOrTx, row: RecognitionRow): Promise<number> {
  return DECIDING_LEVEL[row.form] === 'province' ? reviewingUnit(db, row) : findCountryId(db);
}

/**
 * The actor reads the nomination (NOT_FOUND otherwise) and holds recognition.decide on the unit whose step it
 * is; without it the answer is FORBIDDEN, even when that unit lies outside what they read (a commune officer
 * sees her commune's nomination, the province decides).
 */
async function assertDecider(db: DbOrTx, actor: Actor, unitId: number) {
  if (!(await canReachUnit(db, actor, 'recognition.decide', unitId)))
    throw new AppError('FORBIDDEN', `no recognition.decide on unit ${unitId}`);
}

/** One step in one transaction: lock, check, write, audit. */
async function step(
  actor: Actor,
  id: number,
  version: number,
  deps: RecognitionDeps,
  rule: {
    action: string;
    from: readonly RecognitionStatus[];
    /** The unit whose recognition.decide the step needs, given the row. */
    decider: (tx: DbOrTx, row: RecognitionRow) => Promise<number>;
    problems?: (row: RecognitionRow) => Problem[];
    change: StepChange;
  },
): Promise<Recognition> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await loadRecognitionFor(tx, actor, id, 'unit.read', true);
    await assertDecider(tx, actor, await rule.decider(tx, row));
    assertVersion(row, version);
    assertStatus(row, rule.from);
    const problems = rule.problems?.(row) ?? [];
    if (problems.length > 0) invalid(problems);
    await updateStatus(tx, id, rule.change, now);
    const after = (await findRecognitionRow(tx, id))!;
    await recordAudit(tx, actor, {
      action: rule.action,
      entity: 'recognition',
      entityId: id,
      unitId: row.unitId,
      before: auditView(row),
      after: auditView(after),
    });
    return toRecognition(after, deps.lang);
  });
}

/** Xét duyệt: the province has looked at the nomination and passes it on, with an optional note. */
export function reviewNomination(
  actor: Actor,
  id: number,
  input: { note?: string | null; version: number },
  deps: RecognitionDeps,
): Promise<Recognition> {
  return step(actor, id, input.version, deps, {
    action: 'recognition.review',
    from: ['nominated'],
    decider: reviewingUnit,
    change: { status: 'reviewed', userId: actor.userId, note: input.note ?? null },
  });
}

/**
 * Khen thưởng: the decision's number and date recorded. The date cannot come before the nomination
 * (decision_before_nomination) nor after today (in_future); nothing is written then.
 */
export function grantNomination(
  actor: Actor,
  id: number,
  input: { decisionNumber: string; decisionDate: string; version: number },
  deps: RecognitionDeps,
): Promise<Recognition> {
  const today = todayInVietnam(deps.clock());
  return step(actor, id, input.version, deps, {
    action: 'recognition.grant',
    from: ['reviewed'],
    decider: decidingUnit,
    problems: (row) => decisionDateProblems(input.decisionDate, row.nominatedOn, today),
    change: {
      status: 'granted',
      userId: actor.userId,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
    },
  });
}

/**
 * Không khen thưởng: declined with a reason, by the province while it reviews, by whoever decides the form once
 * reviewed.
 */
export function declineNomination(
  actor: Actor,
  id: number,
  input: { reason: string; version: number },
  deps: RecognitionDeps,
): Promise<Recognition> {
  return step(actor, id, input.version, deps, {
    action: 'recognition.decline',
    from: ['nominated', 'reviewed'],
    decider: (tx, row) => (row.status === 'reviewed' ? decidingUnit(tx, row) : reviewingUnit(tx, row)),
    change: { status: 'declined', userId: actor.userId, reason: input.reason },
  });
}

import {
  type NominationInput,
  type NominationUpdate,
  type Recognition,
  todayInVietnam,
} from '@suotdoi/shared';
import { invalid } from '../activities/activity-rules';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import { resolveEvidence } from './evidence';
import {
  deleteRecognition,
  findRecognitionRow,
  insertRecognition,
  updateNomination as updateNominationRow,
} from './recognition.repo';
import { loadNominee, loadRecognitionFor, type RecognitionDeps, toRecognition } from './recognition.service';
import { assertStatus, assertVersion, auditView, futureProblems } from './recognition-rules';

/** Đề nghị khen thưởng: nominating, changing a nomination while it waits, withdrawing it. Every write audited. */

/**
 * Đề nghị: a collective (the unit itself, of any kind) or an individual (who works in the unit) for a form of
 * recognition, by someone holding recognition.nominate on the unit (NOT_FOUND outside their scope). The
 * nominee's province today is kept (it reviews). The evidence is checked against the unit and frozen; every bad
 * field is named at once and nothing is written.
 */
export async function createNomination(
  actor: Actor,
  input: NominationInput,
  deps: RecognitionDeps,
): Promise<Recognition> {
  const now = deps.clock();
  const today = todayInVietnam(now);
  await assertUnitAccess(deps.db, actor, 'recognition.nominate', input.unitId);
  const nominee = await loadNominee(deps.db, input.unitId, today);
  const nominatedOn = input.nominatedOn ?? today;
  const { evidence, problems } = await resolveEvidence(actor, nominee, input.evidence, deps);
  const all = [...futureProblems('body.nominatedOn', nominatedOn, today), ...problems];
  if (all.length > 0) invalid(all);
  const individual = input.nomineeKind === 'individual';
  return deps.db.transaction(async (tx) => {
    const id = await insertRecognition(
      tx,
      {
        year: input.year,
        nomineeKind: input.nomineeKind,
        unitId: input.unitId,
        provinceId: nominee.provinceId,
        personName: individual ? (input.personName ?? null) : null,
        personPosition: individual ? (input.personPosition ?? null) : null,
        form: input.form,
        reason: input.reason,
        evidence,
        nominatedOn,
      },
      { userId: actor.userId, at: now },
    );
    const row = (await findRecognitionRow(tx, id))!;
    await recordAudit(tx, actor, {
      action: 'recognition.nominate',
      entity: 'recognition',
      entityId: id,
      unitId: row.unitId,
      after: auditView(row),
    });
    return toRecognition(row, deps.lang);
  });
}

/**
 * Sửa đề nghị (PATCH): the fields given change, the rest stay, only while nominated (RECOGNITION_STATE) and with
 * the version read (CONFLICT). New evidence is checked and frozen again.
 */
export async function updateNomination(
  actor: Actor,
  id: number,
  patch: NominationUpdate,
  deps: RecognitionDeps,
): Promise<Recognition> {
  const now = deps.clock();
  const today = todayInVietnam(now);
  const current = await loadRecognitionFor(deps.db, actor, id, 'recognition.nominate');
  // Figures are read before the transaction: it would hold PGlite's only connection.
  const resolved = patch.evidence
    ? await resolveEvidence(actor, await loadNominee(deps.db, current.unitId, today), patch.evidence, deps)
    : { evidence: null, problems: [] };
  return deps.db.transaction(async (tx) => {
    const row = await loadRecognitionFor(tx, actor, id, 'recognition.nominate', true);
    assertVersion(row, patch.version);
    assertStatus(row, ['nominated']);
    const individual = row.nomineeKind === 'individual';
    const has = <K extends keyof NominationUpdate>(k: K) => patch[k] !== undefined;
    const next = {
      personName: individual && has('personName') ? (patch.personName ?? null) : row.personName,
      personPosition:
        individual && has('personPosition') ? (patch.personPosition ?? null) : row.personPosition,
      form: patch.form ?? row.form,
      reason: patch.reason ?? row.reason,
      evidence: resolved.evidence ?? row.evidence,
      nominatedOn: patch.nominatedOn ?? row.nominatedOn,
    };
    const problems = [...resolved.problems];
    if (individual && !next.personName)
      problems.unshift({ field: 'body.personName', reason: 'individual_needs_name', value: '' });
    if (has('nominatedOn')) problems.unshift(...futureProblems('body.nominatedOn', next.nominatedOn, today));
    if (problems.length > 0) invalid(problems);
    await updateNominationRow(tx, id, next, now);
    const after = (await findRecognitionRow(tx, id))!;
    await recordAudit(tx, actor, {
      action: 'recognition.update',
      entity: 'recognition',
      entityId: id,
      unitId: row.unitId,
      before: auditView(row),
      after: auditView(after),
    });
    return toRecognition(after, deps.lang);
  });
}

/** Rút đề nghị: a nomination still waiting for review is withdrawn (deleted), audited with what it was. */
export async function withdrawNomination(actor: Actor, id: number, deps: RecognitionDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await loadRecognitionFor(tx, actor, id, 'recognition.nominate', true);
    assertStatus(row, ['nominated']);
    await deleteRecognition(tx, id);
    await recordAudit(tx, actor, {
      action: 'recognition.withdraw',
      entity: 'recognition',
      entityId: id,
      unitId: row.unitId,
      before: auditView(row),
    });
  });
}

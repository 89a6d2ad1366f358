import { type ActivityType, AppError, type LearnerRecord } from '@suotdoi/shared';
import { recordAudit } from '../../audit/audit.record';
import { bumpActivitiesVersion } from '../activities-version';
import { PORTAL_USERNAME, type RegistrationDeps } from './registration-deps';
import { deleteLearnerAndErase, findLearnerAttendance, findLearnerByTokenHash } from './registrations.repo';
import { sha256 } from './secrets';

const round2 = (n: number) => Math.round(n * 100) / 100;

async function findLearner(deps: RegistrationDeps, token: string) {
  const learner = await findLearnerByTokenHash(deps.db, sha256(token));
  if (!learner) throw new AppError('NOT_FOUND', 'no such learner record');
  return learner;
}

/**
 * Hồ sơ học tập ("Công dân học tập"): the activities a learner attended (a registration of theirs was checked
 * in) with the sessions attended and the hours (sessions attended × each session's length), oldest first.
 */
export async function getLearnerRecord(token: string, deps: RegistrationDeps): Promise<LearnerRecord> {
  const learner = await findLearner(deps, token);
  const rows = await findLearnerAttendance(deps.db, learner.id);
  const activities = rows.map((r) => ({
    title: r.title,
    institutionName: r.institutionName,
    type: r.type as ActivityType,
    startsAt: r.startsAt,
    sessionsAttended: r.sessionsAttended,
    hours: round2(r.hours),
  }));
  return {
    name: learner.name,
    activities,
    totalHours: round2(rows.reduce((sum, r) => sum + r.hours, 0)),
  };
}

/**
 * Xóa dữ liệu theo yêu cầu (Decree 13/2023/NĐ-CP, art. 16): deletes the learner and erases the name and
 * contact of every registration they made with a record; the link answers 404 afterwards. Attendance stays,
 * anonymous, so the institution's figures do not change.
 */
export async function deleteLearner(token: string, deps: RegistrationDeps): Promise<void> {
  const learner = await findLearner(deps, token);
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const erased = await deleteLearnerAndErase(tx, learner.id, now);
    await recordAudit(tx, null, {
      action: 'delete_personal',
      entity: 'learner',
      entityId: learner.id,
      after: { registrationsErased: erased },
      username: PORTAL_USERNAME,
    });
    await bumpActivitiesVersion(tx);
  });
}

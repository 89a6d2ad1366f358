import { AppError, type RegistrationInput, type RegistrationResult } from '@suotdoi/shared';
import type { DbOrTx } from '../../../db/client';
import { recordAudit } from '../../audit/audit.record';
import { bumpActivitiesVersion } from '../activities-version';
import { CONSENT_VERSION } from './consent';
import { normaliseContact } from './contact';
import { PORTAL_USERNAME, type RegistrationDeps } from './registration-deps';
import { assertRegistrationOpen } from './registration-window';
import {
  countRegistrations,
  findOrInsertLearner,
  hasLiveRegistration,
  insertRegistration,
  isCodeTaken,
  lockActivity,
  waitlistPosition,
} from './registrations.repo';
import { newCode, newToken, sha256 } from './secrets';

/**
 * Đăng ký: a place in a published activity, or a place on its waitlist when it is full. The activity row is
 * locked for the whole transaction, so concurrent registrations are counted one after another and capacity is
 * never exceeded; the waitlist is ordered by `seq`, the order in which they got the lock. Only the hash of the
 * page's secret is stored; the secret goes back once, in the answer. With `keepRecord` the registration joins
 * the learner record of its contact (made, with its own secret, the first time).
 *
 * A filled-in honeypot (`website`) answers like a confirmation, so a script learns nothing, and stores nothing.
 */
export async function registerForActivity(
  activityId: number,
  input: RegistrationInput,
  client: { ip?: string },
  deps: RegistrationDeps,
): Promise<RegistrationResult> {
  if (input.website && input.website.trim() !== '') {
    deps.log?.(`registration honeypot filled (activity ${activityId}, ${client.ip ?? 'unknown address'})`);
    return {
      status: 'confirmed',
      code: newCode(),
      position: null,
      token: newToken(),
      learnerToken: input.keepRecord ? newToken() : null,
    };
  }
  const contact = normaliseContact(input.contact);
  if (!contact)
    throw new AppError('VALIDATION_FAILED', 'contact: not an e-mail address or a Vietnamese phone number', [
      { field: 'body.contact', reason: 'not an e-mail address or a Vietnamese phone number' },
    ]);
  const now = deps.clock();
  const token = newToken();
  const learnerToken = newToken();

  return deps.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    assertRegistrationOpen(activity, now);
    if (await hasLiveRegistration(tx, activityId, contact.value))
      throw new AppError('ALREADY_REGISTERED', `contact already registered for activity ${activityId}`);
    const { confirmed } = await countRegistrations(tx, activityId);
    const status = activity.capacity === null || confirmed < activity.capacity ? 'confirmed' : 'waitlisted';
    const learner = input.keepRecord
      ? await findOrInsertLearner(tx, {
          contactHash: sha256(contact.value),
          tokenHash: sha256(learnerToken),
          name: input.name,
        })
      : null;
    const code = await unusedCode(tx);
    const row = await insertRegistration(tx, {
      activityId,
      code,
      tokenHash: sha256(token),
      name: input.name,
      contact: contact.value,
      status,
      consentAt: now,
      consentVersion: CONSENT_VERSION,
      learnerId: learner?.id ?? null,
      createdAt: now,
    });
    const position = status === 'waitlisted' ? await waitlistPosition(tx, activityId, row.seq) : null;
    // No name or contact in the audit: the audit outlives the retention period.
    await recordAudit(tx, null, {
      action: 'register',
      entity: 'registration',
      entityId: row.id,
      unitId: activity.institutionId,
      after: { activityId, status, position, learnerRecord: learner !== null },
      username: PORTAL_USERNAME,
      ip: client.ip,
    });
    await bumpActivitiesVersion(tx);
    return { status, code, position, token, learnerToken: learner?.created ? learnerToken : null };
  });
}

/** 32⁸ codes: a clash is rare, but the code is unique, so draw again rather than fail the registration. */
async function unusedCode(tx: DbOrTx): Promise<string> {
  for (;;) {
    const code = newCode();
    if (!(await isCodeTaken(tx, code))) return code;
  }
}

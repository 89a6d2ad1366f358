import { AppError, type RegistrationView } from '@suotdoi/shared';
import QRCode from 'qrcode';
import type { DbOrTx } from '../../../db/client';
import { recordAudit } from '../../audit/audit.record';
import { bumpActivitiesVersion } from '../activities-version';
import { promotionMail } from './promotion-mail';
import { PORTAL_USERNAME, type RegistrationDeps } from './registration-deps';
import {
  countRegistrations,
  findRegistrationPage,
  hasCheckIn,
  lockActivity,
  markCancelled,
  type Promoted,
  promoteWaitlisted,
  type RegistrationPage,
  waitlistPosition,
} from './registrations.repo';
import { sha256 } from './secrets';

async function findByToken(db: DbOrTx, token: string): Promise<RegistrationPage> {
  const found = await findRegistrationPage(db, { tokenHash: sha256(token) });
  if (!found) throw new AppError('NOT_FOUND', 'no such registration');
  return found;
}

async function viewOf(db: DbOrTx, r: RegistrationPage): Promise<RegistrationView> {
  return {
    status: r.status,
    code: r.code,
    position: r.status === 'waitlisted' ? await waitlistPosition(db, r.activityId, r.seq) : null,
    name: r.name,
    activity: {
      ...r.activity,
      startsAt: r.activity.startsAt.toISOString(),
      endsAt: r.activity.endsAt.toISOString(),
      status: r.activity.status as RegistrationView['activity']['status'],
    },
    checkedIn: await hasCheckIn(db, r.id),
  };
}

/**
 * The registrant's own page, by the secret of their link: status, check-in code, place on the waitlist now,
 * and the activity (with why it was cancelled, if it was). Nothing about anyone else.
 */
export async function getRegistration(token: string, deps: RegistrationDeps): Promise<RegistrationView> {
  return viewOf(deps.db, await findByToken(deps.db, token));
}

/**
 * Hủy đăng ký: frees the place. A confirmed place goes, in the same transaction, to the first on the waitlist
 * (by arrival), who is e-mailed after the commit when SMTP is set and their contact is an e-mail address.
 * Cancelling twice changes nothing; after the activity ended it is refused (attendance is history by then).
 */
export async function cancelRegistration(token: string, deps: RegistrationDeps): Promise<RegistrationView> {
  const now = deps.clock();
  const found = await findByToken(deps.db, token);
  const promoted = await deps.db.transaction(async (tx): Promise<Promoted[]> => {
    const activity = (await lockActivity(tx, found.activityId))!;
    // Read again under the lock: a promotion may have changed the status since.
    const registration = (await findRegistrationPage(tx, { id: found.id }))!;
    if (registration.status === 'cancelled') return [];
    if (activity.status === 'completed' || activity.endsAt <= now)
      throw new AppError('ACTIVITY_ENDED', `activity ${activity.id} has ended`);
    await markCancelled(tx, registration.id, now);
    let promoted: Promoted[] = [];
    if (
      registration.status === 'confirmed' &&
      activity.status === 'published' &&
      activity.capacity !== null
    ) {
      const free = activity.capacity - (await countRegistrations(tx, activity.id)).confirmed;
      if (free > 0) promoted = await promoteWaitlisted(tx, activity.id, free, now);
    }
    await recordAudit(tx, null, {
      action: 'cancel',
      entity: 'registration',
      entityId: registration.id,
      unitId: activity.institutionId,
      before: { status: registration.status },
      after: { status: 'cancelled', promoted: promoted.map((p) => p.id) },
      username: PORTAL_USERNAME,
    });
    for (const p of promoted)
      await recordAudit(tx, null, {
        action: 'promote',
        entity: 'registration',
        entityId: p.id,
        unitId: activity.institutionId,
        before: { status: 'waitlisted' },
        after: { status: 'confirmed', freedBy: registration.id },
        username: PORTAL_USERNAME,
      });
    await bumpActivitiesVersion(tx);
    return promoted;
  });
  await tellPromoted(promoted, found.activity, deps);
  return getRegistration(token, deps);
}

/** E-mails each promoted registrant with an e-mail contact; a failed send is logged, never undoes the promotion. */
async function tellPromoted(
  promoted: Promoted[],
  activity: RegistrationPage['activity'],
  deps: RegistrationDeps,
) {
  if (!deps.mailer) return;
  for (const p of promoted) {
    if (!p.contact?.includes('@')) continue;
    try {
      await deps.mailer.send(promotionMail(p.contact, p.code, activity));
    } catch (error) {
      deps.log?.(
        `promotion e-mail for registration ${p.id} failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}

/** The check-in code as a QR code (SVG), for the registrant to show at the door. */
export async function registrationQrSvg(token: string, deps: RegistrationDeps): Promise<string> {
  const { code } = await findByToken(deps.db, token);
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

import { type Activity, AppError } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { Mail } from '../reporting/reminders/mailer';
import { findActiveContacts, findActivityRow, updateActivityStatus } from './activities.repo';
import { loadActivityFor, toActivities } from './activities.service';
import { bumpActivitiesVersion } from './activities-version';
import type { ActivityMailDeps } from './capacity-change';
import { ACTIVITY_TIME_ZONE } from './recurrence';
import { auditView } from './write-activity';

/** With SMTP_URL: registrants whose contact is an e-mail address are told. */
export type CancelDeps = ActivityMailDeps;

/** A contact that looks like an e-mail address (the other kind is a phone number: no SMS here). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAIL_BATCH = 5;

const when = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ACTIVITY_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The e-mail telling a registrant, Vietnamese then English as the other notifications are. */
export function cancellationMail(
  to: string,
  a: { title: string; institutionName: string; startsAt: Date },
  reason: string,
): Mail {
  const at = when.format(a.startsAt);
  return {
    to,
    subject: `[Suốt Đời] Hủy hoạt động: ${a.title}`,
    text:
      `Hoạt động "${a.title}" của ${a.institutionName} (dự kiến ${at}) đã bị hủy.\nLý do: ${reason}\n` +
      'Xin lỗi anh/chị vì sự bất tiện này.\n\n---\n' +
      `Cancelled: "${a.title}" by ${a.institutionName} (planned ${at}).\nReason: ${reason}\n\nSuốt Đời`,
  };
}

/**
 * Hủy hoạt động: the activity is cancelled with its reason (version checked; a cancelled or completed one is
 * refused with ACTIVITY_STATE). Registrations stay as they are, so each registrant's own page shows the status
 * and the reason; those on the list or the waitlist with an e-mail contact are also mailed, after the commit.
 */
export async function cancelActivity(
  actor: Actor,
  id: number,
  input: { reason: string; version: number },
  deps: CancelDeps,
): Promise<Activity & { notified: number }> {
  const now = deps.clock();
  const { activity, contacts } = await deps.db.transaction(async (tx) => {
    const row = await loadActivityFor(tx, actor, id, 'activity.manage', true);
    if (row.version !== input.version) {
      throw new AppError('CONFLICT', `activity ${id} is at version ${row.version}`, { version: row.version });
    }
    if (row.status === 'cancelled' || row.status === 'completed') {
      throw new AppError('ACTIVITY_STATE', `activity ${id} is ${row.status}`, { status: row.status });
    }
    const before = (await toActivities(tx, [row]))[0]!;
    await updateActivityStatus(tx, id, { status: 'cancelled', cancelReason: input.reason }, now);
    const after = (await toActivities(tx, [(await findActivityRow(tx, id))!]))[0]!;
    await recordAudit(tx, actor, {
      action: 'activity.cancel',
      entity: 'activity',
      entityId: id,
      unitId: row.institutionId,
      before: auditView(before),
      after: auditView(after),
    });
    await bumpActivitiesVersion(tx);
    return { activity: after, contacts: await findActiveContacts(tx, id) };
  });
  let notified = 0;
  const mailer = deps.mailer;
  if (mailer) {
    const to = [...new Set(contacts.map((c) => c.trim()).filter((c) => EMAIL.test(c)))];
    const about = {
      title: activity.title,
      institutionName: activity.institution.name,
      startsAt: new Date(activity.startsAt),
    };
    // A few at a time: the transport opens a connection per message.
    for (let i = 0; i < to.length; i += MAIL_BATCH) {
      const sent = await Promise.allSettled(
        to
          .slice(i, i + MAIL_BATCH)
          .map((address) => mailer.send(cancellationMail(address, about, input.reason))),
      );
      notified += sent.filter((s) => s.status === 'fulfilled').length;
    }
    if (notified < to.length)
      deps.log?.(`activity ${id}: ${to.length - notified} cancellation e-mails failed`);
  }
  return { ...activity, notified };
}

import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import type { Mailer } from '../reporting/reminders/mailer';
import type { Problem } from './activity-rules';
import { promotionMail } from './registrations/promotion-mail';
import { type Promoted, promoteWaitlisted } from './registrations/registrations.repo';

/** What staff writes need besides the database and the clock: registrants are told by e-mail with SMTP_URL. */
export interface ActivityMailDeps extends ServiceDeps {
  mailer?: Mailer;
  /** A failed e-mail is noted, not an error: the change stands and the registrant's page shows it. */
  log?: (line: string) => void;
}

/** A capacity below the places already confirmed would take places away from people: refused. */
export function capacityProblems(capacity: number | null, confirmed: number): Problem[] {
  return capacity !== null && capacity < confirmed
    ? [{ field: 'body.capacity', reason: 'below_confirmed', value: confirmed }]
    : [];
}

/**
 * More places (or no limit any more) on a published activity that takes registrations: the waitlist moves up
 * into them in order of arrival, as when someone cancels (registrations/registration-page.ts), audited.
 */
export async function promoteIntoNewPlaces(
  tx: DbOrTx,
  actor: Actor,
  a: {
    id: number;
    institutionId: number;
    status: string;
    requiresRegistration: boolean;
    capacity: number | null;
  },
  counts: { confirmed: number; waitlisted: number },
  now: Date,
): Promise<Promoted[]> {
  if (a.status !== 'published' || !a.requiresRegistration || counts.waitlisted === 0) return [];
  const free = a.capacity === null ? counts.waitlisted : a.capacity - counts.confirmed;
  if (free <= 0) return [];
  const promoted = await promoteWaitlisted(tx, a.id, free, now);
  for (const p of promoted) {
    await recordAudit(tx, actor, {
      action: 'promote',
      entity: 'registration',
      entityId: p.id,
      unitId: a.institutionId,
      before: { status: 'waitlisted' },
      after: { status: 'confirmed', capacity: a.capacity },
    });
  }
  return promoted;
}

/** E-mails each promoted registrant whose contact is an e-mail address, after the commit. */
export async function tellPromoted(
  promoted: Promoted[],
  activity: { title: string; startsAt: Date; institutionName: string },
  deps: ActivityMailDeps,
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

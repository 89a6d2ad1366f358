import type { ServiceDeps } from '../../auth/service-deps';
import type { Mailer } from '../../reporting/reminders/mailer';

/** What the registration services need besides the database and the clock. */
export interface RegistrationDeps extends ServiceDeps {
  /** With SMTP_URL: a registrant promoted from the waitlist with an e-mail contact is told. */
  mailer?: Mailer;
  /** Noteworthy events that are not errors (a honeypot hit, a failed e-mail). */
  log?: (line: string) => void;
}

/** Who the audit names for a write made from the public portal (no account). */
export const PORTAL_USERNAME = 'portal';

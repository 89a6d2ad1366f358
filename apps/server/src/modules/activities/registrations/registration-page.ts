import type { RegistrationView } from '@suotdoi/shared';
import type { RegistrationDeps } from './registration-deps';

/** The registrant's own page (by the secret of their link). TODO #7: implementation follows. */
export async function getRegistration(_token: string, _deps: RegistrationDeps): Promise<RegistrationView> {
  throw new Error('TODO #7');
}

/** Cancels; a confirmed place goes to the first on the waitlist. TODO #7: implementation follows. */
export async function cancelRegistration(_token: string, _deps: RegistrationDeps): Promise<RegistrationView> {
  throw new Error('TODO #7');
}

/** The check-in code as a QR code (SVG). TODO #7: implementation follows. */
export async function registrationQrSvg(_token: string, _deps: RegistrationDeps): Promise<string> {
  throw new Error('TODO #7');
}

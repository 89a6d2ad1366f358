import type { RegistrationInput, RegistrationResult } from '@suotdoi/shared';
import type { RegistrationDeps } from './registration-deps';

/**
 * Đăng ký: a place, or a place on the waitlist, in a published activity.
 * TODO #7: implementation follows.
 */
export async function registerForActivity(
  _activityId: number,
  _input: RegistrationInput,
  _client: { ip?: string },
  _deps: RegistrationDeps,
): Promise<RegistrationResult> {
  throw new Error('TODO #7');
}

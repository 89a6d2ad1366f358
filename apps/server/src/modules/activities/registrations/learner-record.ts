import type { LearnerRecord } from '@suotdoi/shared';
import type { RegistrationDeps } from './registration-deps';

/** Hồ sơ học tập. TODO #7: implementation follows. */
export async function getLearnerRecord(_token: string, _deps: RegistrationDeps): Promise<LearnerRecord> {
  throw new Error('TODO #7');
}

/** Deletion on request (Decree 13/2023). TODO #7: implementation follows. */
export async function deleteLearner(_token: string, _deps: RegistrationDeps): Promise<void> {
  throw new Error('TODO #7');
}

import type { RegistrationDeps } from './registration-deps';

/** The learner record as a PDF. TODO #7: implementation follows. */
export async function learnerRecordPdf(_token: string, _deps: RegistrationDeps): Promise<Buffer> {
  throw new Error('TODO #7');
}

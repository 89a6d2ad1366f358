/**
 * Đăng ký, điểm danh, hồ sơ học tập: what the public portal renders (registration, the registrant's page, the
 * learner record) and what it needs to call. Every function takes the secret of a personal link, never an id.
 */
export { CONSENT_TEXT, CONSENT_VERSION, type ConsentPart, consentText } from './consent';
export { type Contact, normaliseContact } from './contact';
export { deleteLearner, getLearnerRecord } from './learner-record';
export { learnerRecordPdf } from './learner-record-pdf';
export { registerForActivity } from './register';
export type { RegistrationDeps } from './registration-deps';
export { cancelRegistration, getRegistration, registrationQrSvg } from './registration-page';

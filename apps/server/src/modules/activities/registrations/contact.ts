/**
 * Thông tin liên hệ: one e-mail address or one Vietnamese phone number, stored in one canonical form so that the
 * same person typing "+84 912 345 678" and "0912.345.678" is found as one (duplicates, the learner record).
 */
export type Contact = { kind: 'email' | 'phone'; value: string };

// Deliberately loose: the address is only ever used to write to it, and a typo fails there, not here.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
/** Mobile (03, 05, 07, 08, 09 + 8 digits) or landline (02 + area code + number, 11 digits). */
const PHONE = /^(0[35789]\d{8}|02\d{9})$/;

/** The canonical contact, or null when it is neither an e-mail address nor a Vietnamese phone number. */
export function normaliseContact(raw: string): Contact | null {
  const text = raw.normalize('NFC').trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return email.length <= 120 && EMAIL.test(email) ? { kind: 'email', value: email } : null;
  }
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  let digits = text.replace(/[\s().-]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  return PHONE.test(digits) ? { kind: 'phone', value: digits } : null;
}

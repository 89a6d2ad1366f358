import { describe, expect, it } from 'vitest';
import { assertRegistrationOpen } from './registration-window';

const now = new Date('2027-04-10T03:00:00Z');
const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
const open = {
  id: 1,
  status: 'published',
  cancelReason: null as string | null,
  requiresRegistration: true,
  registrationOpensAt: null as Date | null,
  registrationClosesAt: null as Date | null,
  endsAt: at(48),
};
const refusal = (changes: Partial<typeof open> | null) => {
  try {
    assertRegistrationOpen(changes === null ? undefined : { ...open, ...changes }, now);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('assertRegistrationOpen', () => {
  it('lets people register for a published activity until it ends when no window is set', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ endsAt: at(0.01) })).toBeNull();
  });

  it('keeps the window: open from its opening, closed from its closing', () => {
    expect(refusal({ registrationOpensAt: now })).toBeNull();
    expect(refusal({ registrationOpensAt: at(1) })).toBe('REGISTRATION_NOT_OPEN');
    expect(refusal({ registrationClosesAt: at(0.01) })).toBeNull();
    expect(refusal({ registrationClosesAt: now })).toBe('REGISTRATION_CLOSED');
  });

  it('hides drafts and missing activities, and says why the others are refused', () => {
    expect(refusal(null)).toBe('NOT_FOUND');
    expect(refusal({ status: 'draft' })).toBe('NOT_FOUND');
    expect(refusal({ status: 'cancelled' })).toBe('ACTIVITY_CANCELLED');
    expect(refusal({ status: 'completed' })).toBe('ACTIVITY_ENDED');
    expect(refusal({ endsAt: now })).toBe('ACTIVITY_ENDED');
    expect(refusal({ requiresRegistration: false })).toBe('REGISTRATION_NOT_REQUIRED');
  });

  it('says a cancelled activity is cancelled before saying its window closed', () => {
    expect(refusal({ status: 'cancelled', registrationClosesAt: at(-1) })).toBe('ACTIVITY_CANCELLED');
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { cameraProblem, checkInOutcome, codeFromScan, defaultSessionId, normalizeCode } from './check-in';

const counts = { confirmed: 1, waitlisted: 0, cancelled: 0, checkedIn: 1, headcount: 0, participants: 1 };

describe('normalizeCode', () => {
  it('upper-cases and drops the spaces people read codes with', () => {
    expect(normalizeCode(' abcd 2345 ')).toBe('ABCD2345');
  });
});

describe('codeFromScan', () => {
  it('takes a QR holding the code itself', () => {
    expect(codeFromScan('abcd2345\n')).toBe('ABCD2345');
  });

  it('takes the code out of a link, by its parameter or its last segment', () => {
    expect(codeFromScan('https://suotdoi.vn/portal/check-in?code=abcd2345')).toBe('ABCD2345');
    expect(codeFromScan('https://suotdoi.vn/portal/check-in/ABCD2345/')).toBe('ABCD2345');
  });
});

describe('checkInOutcome', () => {
  it('welcomes a confirmed registration by name, and says when it was already checked in', () => {
    expect(checkInOutcome({ name: 'Nguyễn Văn A', status: 'confirmed', already: false, counts })).toEqual({
      kind: 'checked_in',
      name: 'Nguyễn Văn A',
    });
    expect(checkInOutcome({ name: 'Nguyễn Văn A', status: 'confirmed', already: true, counts }).kind).toBe(
      'already',
    );
  });

  it('tells a waitlisted or cancelled code from the server’s refusal', () => {
    const refused = (status: string) =>
      new ApiError(409, 'REGISTRATION_NOT_CONFIRMED', 'not confirmed', { status });
    expect(checkInOutcome(null, refused('waitlisted')).kind).toBe('waitlisted');
    expect(checkInOutcome(null, refused('cancelled')).kind).toBe('cancelled');
  });

  it('says an unknown code, a malformed one and a closed activity in words of their own', () => {
    expect(checkInOutcome(null, new ApiError(404, 'NOT_FOUND', 'x')).kind).toBe('not_found');
    expect(checkInOutcome(null, new ApiError(400, 'VALIDATION_FAILED', 'x')).kind).toBe('invalid');
    expect(checkInOutcome(null, new ApiError(409, 'ATTENDANCE_CLOSED', 'x')).kind).toBe('not_open');
  });

  it('keeps any other failure for the translated error message', () => {
    const error = new ApiError(0, 'NETWORK', 'offline');
    expect(checkInOutcome(null, error)).toEqual({ kind: 'error', name: null, error });
  });
});

describe('defaultSessionId', () => {
  // Sessions of a weekly class: Wednesdays 08:00–10:00 in Vietnam (01:00–03:00 UTC).
  const sessions = [
    { id: 3, startsAt: '2027-05-05T01:00:00Z', endsAt: '2027-05-05T03:00:00Z' },
    { id: 1, startsAt: '2027-04-21T01:00:00Z', endsAt: '2027-04-21T03:00:00Z' },
    { id: 2, startsAt: '2027-04-28T01:00:00Z', endsAt: '2027-04-28T03:00:00Z' },
  ];

  it('is the session under way', () => {
    expect(defaultSessionId(sessions, new Date('2027-04-28T02:00:00Z'))).toBe(2);
  });

  it('is today’s session before it starts and after it ends', () => {
    expect(defaultSessionId(sessions, new Date('2027-04-28T00:30:00Z'))).toBe(2);
    expect(defaultSessionId(sessions, new Date('2027-04-28T09:00:00Z'))).toBe(2);
  });

  it('is the next one on another day, or the last once all are over', () => {
    expect(defaultSessionId(sessions, new Date('2027-04-30T00:00:00Z'))).toBe(3);
    expect(defaultSessionId(sessions, new Date('2027-06-01T00:00:00Z'))).toBe(3);
    expect(defaultSessionId([], new Date())).toBeUndefined();
  });
});

describe('cameraProblem', () => {
  const env = { isSecureContext: true, hasMediaDevices: true };

  it('names a refused permission, a missing camera and a busy one', () => {
    expect(cameraProblem({ name: 'NotAllowedError' }, env)).toBe('denied');
    expect(cameraProblem({ name: 'NotFoundError' }, env)).toBe('no_camera');
    expect(cameraProblem({ name: 'NotReadableError' }, env)).toBe('in_use');
    expect(cameraProblem(new Error('x'), env)).toBe('other');
  });

  it('says the page needs https before anything else', () => {
    expect(cameraProblem(null, { isSecureContext: false, hasMediaDevices: false })).toBe('insecure');
    expect(cameraProblem(null, { isSecureContext: true, hasMediaDevices: false })).toBe('unsupported');
  });
});

import { ActivityInputSchema, ActivityUpdateSchema, DigitalResourceInputSchema } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  type ActivityFormValues,
  changedActivityFields,
  emptyActivityForm,
  formPathOf,
  scheduleProblemText,
  suggestedCopyDate,
  templateToForm,
  toActivityForm,
  toActivityInput,
  toActivityUpdate,
} from './activity-form';
import { toResourceForm, toResourceInput } from './resource-form';
import { activity, tIn } from './test-support';

const filled = (over: Partial<ActivityFormValues> = {}): ActivityFormValues => ({
  ...emptyActivityForm({ institutionId: 501, date: '2027-04-21' }),
  type: 'reading_session',
  title: '  Ngày Sách và Văn hoá đọc  ',
  ...over,
});

describe('toActivityInput', () => {
  it('writes a body the contract accepts, times as instants in +07:00', () => {
    const input = toActivityInput(filled({ startTime: '8h', endTime: '1030' }));
    expect(ActivityInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      institutionId: 501,
      title: 'Ngày Sách và Văn hoá đọc',
      startsAt: '2027-04-21T08:00:00+07:00',
      endsAt: '2027-04-21T10:30:00+07:00',
      description: null,
      place: null,
      onlineUrl: null,
      capacity: null,
      recurrence: null,
      status: 'draft',
    });
  });

  it('ends the first session on another day when asked', () => {
    const input = toActivityInput(filled({ endDate: '2027-04-23', endTime: '17:00' }));
    expect(input.endsAt).toBe('2027-04-23T17:00:00+07:00');
  });

  it('opens registration at the start of its day and closes it at the end when no time is given', () => {
    const input = toActivityInput(filled({ opensDate: '2027-04-01', closesDate: '2027-04-20' }));
    expect(input.registrationOpensAt).toBe('2027-04-01T00:00:00+07:00');
    expect(input.registrationClosesAt).toBe('2027-04-20T23:59:00+07:00');
  });

  it('drops the registration window of a walk-in activity', () => {
    const input = toActivityInput(filled({ requiresRegistration: false, opensDate: '2027-04-01' }));
    expect(input.registrationOpensAt).toBeNull();
  });

  it('sends the recurrence as the schema wants it', () => {
    const input = toActivityInput(
      filled({
        recurrence: { kind: 'weekly', interval: 1, weekdays: [], end: 'count', count: 6, until: null },
      }),
    );
    expect(input.recurrence).toEqual({ freq: 'weekly', interval: 1, byWeekday: [3], count: 6 });
    expect(ActivityInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('toActivityForm', () => {
  it('reads an activity into the form in Vietnam time and back to the same body', () => {
    const a = activity({
      registrationOpensAt: '2027-03-31T17:00:00.000Z',
      recurrence: { freq: 'weekly', interval: 1, byWeekday: [3], count: 4 },
    });
    const values = toActivityForm(a);
    expect(values).toMatchObject({
      institutionId: 501,
      date: '2027-04-21',
      startTime: '08:00',
      endTime: '10:00',
      endDate: null,
      opensDate: '2027-04-01',
      opensTime: '00:00',
      status: 'published',
    });
    expect(values.recurrence.kind).toBe('weekly');
    const input = toActivityInput(values);
    expect(Date.parse(input.startsAt)).toBe(Date.parse(a.startsAt));
    expect(Date.parse(input.registrationOpensAt!)).toBe(Date.parse(a.registrationOpensAt!));
  });

  it('takes the first session’s end, not the last one’s, for a repeating activity', () => {
    const a = activity({
      endsAt: '2027-05-12T03:00:00.000Z',
      sessions: [
        { id: 1, startsAt: '2027-04-21T01:00:00.000Z', endsAt: '2027-04-21T03:30:00.000Z' },
        { id: 2, startsAt: '2027-05-12T01:00:00.000Z', endsAt: '2027-05-12T03:00:00.000Z' },
      ],
    });
    expect(toActivityForm(a)).toMatchObject({ endTime: '10:30', endDate: null });
  });
});

describe('toActivityUpdate', () => {
  it('sends only what changed, with the version read', () => {
    const a = activity();
    const values = { ...toActivityForm(a), title: 'Tên mới', capacity: 80 };
    const body = toActivityUpdate(values, a);
    expect(body).toEqual({ version: 3, title: 'Tên mới', capacity: 80 });
    expect(ActivityUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('sends nothing but the version when nothing changed', () => {
    const a = activity();
    expect(toActivityUpdate(toActivityForm(a), a)).toEqual({ version: 3 });
  });

  it('moves both ends when the time changes', () => {
    const a = activity();
    const body = toActivityUpdate({ ...toActivityForm(a), startTime: '09:00', endTime: '11:00' }, a);
    expect(body).toEqual({
      version: 3,
      startsAt: '2027-04-21T09:00:00+07:00',
      endsAt: '2027-04-21T11:00:00+07:00',
    });
  });

  it('never sends a status for a cancelled activity', () => {
    const a = activity({ status: 'cancelled' });
    const body = toActivityUpdate({ ...toActivityForm(a), status: 'published' }, a);
    expect(body).not.toHaveProperty('status');
  });
});

describe('changedActivityFields', () => {
  it('lists the fields two versions differ in, for the conflict table', () => {
    const mine = toActivityForm(activity());
    const theirs = { ...mine, place: 'Phòng đọc', audiences: ['children' as const] };
    expect(changedActivityFields(mine, theirs)).toEqual(['audiences', 'place']);
  });
});

describe('formPathOf', () => {
  it('puts a server field error on the form field that holds it', () => {
    expect(formPathOf('body.title')).toBe('title');
    expect(formPathOf('body.startsAt')).toBe('date');
    expect(formPathOf('body.endsAt')).toBe('endTime');
    expect(formPathOf('body.audiences.2')).toBe('audiences');
    expect(formPathOf('body.recurrence.count')).toEqual(['recurrence', 'count']);
    expect(formPathOf('body.recurrence.byWeekday.0')).toEqual(['recurrence', 'weekdays']);
    expect(formPathOf('body.recurrence')).toEqual(['recurrence', 'kind']);
    expect(formPathOf('registrationClosesAt')).toBe('closesDate');
    expect(formPathOf('body.version')).toBeUndefined();
  });
});

describe('scheduleProblemText', () => {
  it('says the server’s schedule problems in words, its instant as dd/mm/yyyy HH:mm', () => {
    expect(
      scheduleProblemText({ reason: 'after_last_session', value: '2027-04-21T04:00:00.000Z' }, tIn('vi')),
    ).toBe('Hạn đăng ký phải trước khi buổi cuối kết thúc (21/04/2027 11:00).');
    expect(scheduleProblemText({ reason: 'too_many_sessions', value: 200 }, tIn('en'))).toBe(
      'The repeat makes too many sessions (at most 200).',
    );
  });

  it('leaves the reasons the shared table knows to it', () => {
    expect(scheduleProblemText({ reason: 'required' }, tIn('vi'))).toBeUndefined();
  });
});

describe('templateToForm', () => {
  it('fills the form from a national day’s suggestion in the person’s institution', () => {
    const values = templateToForm(
      {
        observance: { code: 'reading_culture_day', name: { vi: 'Ngày Sách', en: 'Book Day' } },
        date: '2027-04-21',
        input: {
          type: 'reading_session',
          title: 'Hưởng ứng Ngày Sách và Văn hoá đọc Việt Nam 21/4/2027',
          description: null,
          audiences: ['everyone'],
          observanceCode: 'reading_culture_day',
          startsAt: '2027-04-21T08:00:00+07:00',
          endsAt: '2027-04-21T11:00:00+07:00',
          requiresRegistration: true,
          status: 'draft',
        },
      },
      { institutionId: 501 },
    );
    expect(values).toMatchObject({
      institutionId: 501,
      type: 'reading_session',
      observanceCode: 'reading_culture_day',
      date: '2027-04-21',
      startTime: '08:00',
      endTime: '11:00',
      status: 'draft',
    });
    expect(ActivityInputSchema.safeParse(toActivityInput(values)).success).toBe(true);
  });
});

describe('suggestedCopyDate', () => {
  it('suggests a week later, or the same weekday next week when that has passed', () => {
    expect(suggestedCopyDate({ startsAt: '2027-04-21T01:00:00Z' }, '2027-04-01')).toBe('2027-04-28');
    expect(suggestedCopyDate({ startsAt: '2027-04-21T01:00:00Z' }, '2027-05-10')).toBe('2027-05-12');
  });
});

describe('resource form', () => {
  it('writes a resource the contract accepts and reads it back', () => {
    const input = toResourceInput({
      kind: 'ebook',
      title: ' Sách nói ',
      url: ' https://thuvien.vn/sach-noi ',
      description: '',
      audiences: ['elderly'],
    });
    expect(input).toEqual({
      kind: 'ebook',
      title: 'Sách nói',
      url: 'https://thuvien.vn/sach-noi',
      description: null,
      audiences: ['elderly'],
    });
    expect(DigitalResourceInputSchema.safeParse(input).success).toBe(true);
    expect(
      toResourceForm({ ...input, id: 1, institutionId: 501, institutionName: 'Thư viện', description: null }),
    ).toMatchObject({ description: '', title: 'Sách nói' });
  });
});

import { describe, expect, it } from 'vitest';
import { emptyEvidence } from './evidence';
import {
  changedNominationFields,
  decisionDateProblem,
  emptyNominationForm,
  formPathOf,
  type NominationFormValues,
  nominationDateProblem,
  problemValueText,
  toNominationForm,
  toNominationInput,
  toNominationUpdate,
} from './nomination-form';
import { recognition } from './test-support';

const filled = (over: Partial<NominationFormValues> = {}): NominationFormValues => ({
  ...emptyNominationForm({ unitId: 501, year: 2026, today: '2026-11-10' }),
  form: 'province_certificate',
  reason: '  Dẫn đầu phong trào đọc sách  ',
  ...over,
});

describe('emptyNominationForm', () => {
  it('starts as a collective of the given unit and year, nominated today, with no evidence', () => {
    expect(emptyNominationForm({ unitId: 501, year: 2026, today: '2026-11-10' })).toEqual({
      nomineeKind: 'collective',
      unitId: 501,
      personName: '',
      personPosition: '',
      form: null,
      year: 2026,
      nominatedOn: '2026-11-10',
      reason: '',
      evidence: emptyEvidence(),
    });
  });
});

describe('toNominationInput', () => {
  it('sends a collective without a person, even when a name was typed before switching the kind', () => {
    const input = toNominationInput(filled({ personName: 'Trần Thị Bình', personPosition: 'Thủ thư' }));
    expect(input).toEqual({
      year: 2026,
      nomineeKind: 'collective',
      unitId: 501,
      personName: null,
      personPosition: null,
      form: 'province_certificate',
      reason: 'Dẫn đầu phong trào đọc sách',
      evidence: [],
      nominatedOn: '2026-11-10',
    });
  });

  it('sends an individual with the name and position trimmed, an empty position as null', () => {
    const input = toNominationInput(
      filled({ nomineeKind: 'individual', personName: ' Trần Thị Bình ', personPosition: '   ' }),
    );
    expect(input.personName).toBe('Trần Thị Bình');
    expect(input.personPosition).toBeNull();
  });

  it('leaves the nomination date out when empty, so the server takes today in Vietnam', () => {
    expect('nominatedOn' in toNominationInput(filled({ nominatedOn: null }))).toBe(false);
  });

  it('sends the evidence in the pickers order: activities, indicators, tasks, good models', () => {
    const input = toNominationInput(
      filled({
        evidence: {
          activity: ['activity:12'],
          indicator: ['indicator:2026:LIB_VISITS'],
          task: ['task:5'],
          good_model: ['good_model:3'],
        },
      }),
    );
    expect(input.evidence).toEqual([
      { kind: 'activity', activityId: 12 },
      { kind: 'indicator', indicator: 'LIB_VISITS', year: 2026 },
      { kind: 'task', taskId: 5 },
      { kind: 'good_model', goodModelId: 3 },
    ]);
  });
});

describe('toNominationForm', () => {
  it('reads a nomination back into the form, its evidence into the pickers', () => {
    const values = toNominationForm(recognition());
    expect(values.unitId).toBe(501);
    expect(values.form).toBe('province_certificate');
    expect(values.nominatedOn).toBe('2026-11-10');
    expect(values.evidence).toEqual({
      activity: ['activity:12'],
      indicator: ['indicator:2026:LIB_VISITS'],
      task: [],
      good_model: [],
    });
  });

  it('gives back the same input the nomination was made of', () => {
    const r = recognition();
    expect(toNominationInput(toNominationForm(r))).toEqual({
      year: 2026,
      nomineeKind: 'collective',
      unitId: 501,
      personName: null,
      personPosition: null,
      form: 'province_certificate',
      reason: r.reason,
      evidence: [
        { kind: 'activity', activityId: 12 },
        { kind: 'indicator', indicator: 'LIB_VISITS', year: 2026 },
      ],
      nominatedOn: '2026-11-10',
    });
  });
});

describe('toNominationUpdate', () => {
  it('sends only the changed fields with the version read', () => {
    const base = recognition({ version: 4 });
    const values = { ...toNominationForm(base), form: 'ministry_certificate' as const };
    expect(toNominationUpdate(values, base)).toEqual({ version: 4, form: 'ministry_certificate' });
  });

  it('takes the same evidence in another order as no change, and a removed link as one', () => {
    const base = recognition({
      evidence: [
        { kind: 'activity', refId: 12, indicator: null, year: null, label: 'Ngày Sách', value: null },
        { kind: 'activity', refId: 13, indicator: null, year: null, label: 'Hội sách', value: null },
      ],
    });
    const form = toNominationForm(base);
    const reordered = { ...form, evidence: { ...form.evidence, activity: ['activity:13', 'activity:12'] } };
    expect(changedNominationFields(reordered, form)).toEqual([]);
    const fewer = { ...form, evidence: { ...form.evidence, activity: ['activity:13'] } };
    expect(toNominationUpdate(fewer, base)).toEqual({
      version: 1,
      evidence: [{ kind: 'activity', activityId: 13 }],
    });
  });

  it('sends nothing but the version when nothing changed', () => {
    const base = recognition();
    expect(toNominationUpdate(toNominationForm(base), base)).toEqual({ version: 1 });
  });
});

describe('formPathOf', () => {
  const sent = toNominationInput(
    filled({ evidence: { ...emptyEvidence(), activity: ['activity:12'], task: ['task:5', 'task:6'] } }),
  );

  it('puts a field error on its field', () => {
    expect(formPathOf('body.personName', sent)).toBe('personName');
    expect(formPathOf('unitId', sent)).toBe('unitId');
    expect(formPathOf('body.nominatedOn', sent)).toBe('nominatedOn');
  });

  it('puts an evidence error on the picker of the link sent at that position', () => {
    expect(formPathOf('body.evidence.0', sent)).toEqual(['evidence', 'activity']);
    expect(formPathOf('body.evidence.2', sent)).toEqual(['evidence', 'task']);
    expect(formPathOf('body.evidence', sent)).toEqual(['evidence', 'activity']);
  });

  it('has no field for a path the form does not hold', () => {
    expect(formPathOf('body.version', sent)).toBeUndefined();
  });
});

describe('the date checks', () => {
  it('refuse a nomination dated after today', () => {
    expect(nominationDateProblem('2026-11-11', '2026-11-10')).toBe('in_future');
    expect(nominationDateProblem('2026-11-10', '2026-11-10')).toBeNull();
    expect(nominationDateProblem(null, '2026-11-10')).toBeNull();
  });

  it('refuse a decision before the nomination or after today, and take the days between', () => {
    expect(decisionDateProblem('2026-11-09', '2026-11-10', '2026-12-01')).toBe('decision_before_nomination');
    expect(decisionDateProblem('2026-12-02', '2026-11-10', '2026-12-01')).toBe('in_future');
    expect(decisionDateProblem('2026-11-10', '2026-11-10', '2026-12-01')).toBeNull();
    expect(decisionDateProblem('2026-12-01', '2026-11-10', '2026-12-01')).toBeNull();
  });

  it('show a problem date as dd/mm/yyyy and anything else as sent', () => {
    expect(problemValueText('2026-11-09')).toBe('09/11/2026');
    expect(problemValueText('activity:12')).toBe('activity:12');
    expect(problemValueText(undefined)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import {
  changedPlanFields,
  nextSectionKey,
  type PlanFormValues,
  toPlanFormValues,
  toUpdatePlanBody,
} from './plan-form';

const plan: PlanFormValues = {
  title: 'Kế hoạch thực hiện Chương trình xây dựng xã hội học tập',
  status: 'active',
  sections: [
    { key: 'purpose', title: 'Mục đích', text: 'Nâng cao nhận thức.' },
    { key: 'funding', title: '', text: 'Ngân sách nhà nước.' },
  ],
};

describe('toUpdatePlanBody', () => {
  it('trims the title and every section, and carries the version the edit started from', () => {
    const body = toUpdatePlanBody(
      { ...plan, title: '  Kế hoạch  ', sections: [{ key: 'purpose', title: ' Mục đích ', text: ' a \n' }] },
      '2026-11-21T09:00:00.000Z',
    );
    expect(body).toEqual({
      title: 'Kế hoạch',
      status: 'active',
      sections: [{ key: 'purpose', title: 'Mục đích', text: 'a' }],
      expectedUpdatedAt: '2026-11-21T09:00:00.000Z',
    });
  });

  it('writes Vietnamese in NFC, whichever way it was typed', () => {
    const decomposed = 'Kê\u0301 hoạch'; // ế as e + circumflex + acute
    expect(toUpdatePlanBody({ ...plan, title: decomposed }, 'v').title).toBe('Kế hoạch'.normalize('NFC'));
  });

  it('drops a section row left without a kind', () => {
    const values = { ...plan, sections: [...plan.sections, { key: undefined, title: '', text: '' }] };
    expect(toUpdatePlanBody(values as unknown as PlanFormValues, 'v').sections).toHaveLength(2);
  });
});

describe('changedPlanFields', () => {
  it('finds nothing between a plan and its own form values', () => {
    expect(changedPlanFields(toPlanFormValues(plan), plan)).toEqual([]);
  });

  it('names the title, the status and the sections when they differ', () => {
    const theirs = {
      ...plan,
      title: 'Khác',
      status: 'completed' as const,
      sections: [plan.sections[1]!, plan.sections[0]!],
    };
    expect(changedPlanFields(plan, theirs)).toEqual(['title', 'status', 'sections']);
  });

  it('ignores whitespace that saving would trim', () => {
    expect(changedPlanFields({ ...plan, title: ` ${plan.title} ` }, plan)).toEqual([]);
  });
});

describe('nextSectionKey', () => {
  it('offers the first kind not used yet, then "other"', () => {
    expect(nextSectionKey([])).toBe('basis');
    expect(nextSectionKey([{ key: 'basis' }])).toBe('purpose');
  });
});

import { describe, expect, it } from 'vitest';
import { type ValidationRule, ValidationRuleSchema, ValidationRulesSchema } from '../schemas/report-rules';
import {
  AUTO_OVERRIDE_RULE_ID,
  evaluateAutoOverrides,
  evaluateRules,
  hasBlockingViolations,
  type RuleInput,
} from './report-rules';

const message = { vi: 'Sai', en: 'Wrong' };

const learningVisits: ValidationRule = {
  id: 'learning_le_total',
  kind: 'compare',
  left: { element: 'LIB_VISITS_LEARNING' },
  op: '<=',
  right: { element: 'LIB_VISITS_TOTAL' },
  severity: 'error',
  message: {
    vi: 'Lượt học tập ({left}) không được vượt tổng lượt ({right}).',
    en: 'Learning visits ({left}) must not exceed total visits ({right}).',
  },
};

const shareAtMost100: ValidationRule = {
  id: 'share_le_100',
  kind: 'compare',
  left: { element: 'COVERAGE_PCT' },
  op: '<=',
  right: { value: 100 },
  severity: 'error',
  message: { vi: '{element} không vượt quá {right} %.', en: '{element} must be at most {right} %.' },
};

const jump50: ValidationRule = {
  id: 'jump_50',
  kind: 'jump',
  elements: '*',
  threshold: 0.5,
  severity: 'warning',
  message: {
    vi: '{element}: {previous} → {value} ({change} %), cần giải trình.',
    en: '{element}: {previous} → {value} ({change} %), explain the change.',
  },
};

const required: ValidationRule = {
  id: 'required_totals',
  kind: 'required',
  elements: ['LIB_VISITS_TOTAL', 'LIB_NOTE'],
  severity: 'error',
  message: { vi: 'Chưa nhập {element}.', en: '{element} is missing.' },
};

const input = (over: Partial<RuleInput>): RuleInput => ({ values: {}, stage: 'save', ...over });

describe('evaluateRules: compare', () => {
  it('flags learning visits above total visits and highlights both fields', () => {
    const v = evaluateRules(
      [learningVisits],
      input({ values: { LIB_VISITS_LEARNING: 1500, LIB_VISITS_TOTAL: 1200 } }),
    );
    expect(v).toEqual([
      {
        ruleId: 'learning_le_total',
        severity: 'error',
        elements: ['LIB_VISITS_LEARNING', 'LIB_VISITS_TOTAL'],
        message: {
          vi: 'Lượt học tập (1.500) không được vượt tổng lượt (1.200).',
          en: 'Learning visits (1,500) must not exceed total visits (1,200).',
        },
      },
    ]);
    expect(hasBlockingViolations(v)).toBe(true);
  });

  it('accepts learning visits within total visits, equal included', () => {
    const values = { LIB_VISITS_LEARNING: 1200, LIB_VISITS_TOTAL: 1200 };
    expect(evaluateRules([learningVisits], input({ values }))).toEqual([]);
  });

  it('skips the rule while either field is empty', () => {
    expect(evaluateRules([learningVisits], input({ values: { LIB_VISITS_LEARNING: 1500 } }))).toEqual([]);
    const values = { LIB_VISITS_LEARNING: 1500, LIB_VISITS_TOTAL: null };
    expect(evaluateRules([learningVisits], input({ values }))).toEqual([]);
  });

  it('compares a share with a constant and names the element by its label', () => {
    const labels = { COVERAGE_PCT: { vi: 'Tỷ lệ bao phủ', en: 'Coverage' } };
    expect(evaluateRules([shareAtMost100], input({ values: { COVERAGE_PCT: 100 } }))).toEqual([]);
    const [v] = evaluateRules([shareAtMost100], input({ values: { COVERAGE_PCT: 112.5 }, labels }));
    expect(v!.elements).toEqual(['COVERAGE_PCT']);
    expect(v!.message).toEqual({
      vi: 'Tỷ lệ bao phủ không vượt quá 100 %.',
      en: 'Coverage must be at most 100 %.',
    });
  });

  it('sums the present members of a sum and skips a sum with none present', () => {
    const rule: ValidationRule = {
      id: 'parts_eq_total',
      kind: 'compare',
      left: { sum: ['MALE', 'FEMALE'] },
      op: '=',
      right: { element: 'TOTAL' },
      severity: 'warning',
      message: { vi: 'Tổng {left} ≠ {right}', en: 'Sum {left} ≠ {right}' },
    };
    expect(evaluateRules([rule], input({ values: { MALE: 0.1, FEMALE: 0.2, TOTAL: 0.3 } }))).toEqual([]);
    expect(evaluateRules([rule], input({ values: { TOTAL: 5 } }))).toEqual([]);
    const [v] = evaluateRules([rule], input({ values: { MALE: 3, TOTAL: 5 } }));
    expect(v!.elements).toEqual(['MALE', 'FEMALE', 'TOTAL']);
    expect(v!.message.vi).toBe('Tổng 3 ≠ 5');
    expect(hasBlockingViolations([v!])).toBe(false);
  });
});

describe('evaluateRules: jump', () => {
  const numericElements = ['LIB_VISITS_TOTAL', 'LIB_BOOKS'];

  it('asks for a comment on a 60 % jump', () => {
    const v = evaluateRules(
      [jump50],
      input({ values: { LIB_VISITS_TOTAL: 1600 }, previous: { LIB_VISITS_TOTAL: 1000 }, numericElements }),
    );
    expect(v).toEqual([
      {
        ruleId: 'jump_50',
        severity: 'warning',
        elements: ['LIB_VISITS_TOTAL'],
        message: {
          vi: 'LIB_VISITS_TOTAL: 1.000 → 1.600 (+60 %), cần giải trình.',
          en: 'LIB_VISITS_TOTAL: 1,000 → 1,600 (+60 %), explain the change.',
        },
      },
    ]);
  });

  it('is satisfied by a comment on the field', () => {
    const values = { LIB_VISITS_TOTAL: 1600 };
    const previous = { LIB_VISITS_TOTAL: 1000 };
    const comments = { LIB_VISITS_TOTAL: 'Mở thêm phòng đọc thiếu nhi.' };
    expect(evaluateRules([jump50], input({ values, previous, comments, numericElements }))).toEqual([]);
    const blank = { LIB_VISITS_TOTAL: '   ' };
    expect(
      evaluateRules([jump50], input({ values, previous, comments: blank, numericElements })),
    ).toHaveLength(1);
  });

  it('lets a 40 % move through, up or down, and a move of exactly the threshold', () => {
    for (const value of [1400, 600, 1500, 500]) {
      const v = evaluateRules(
        [jump50],
        input({ values: { LIB_VISITS_TOTAL: value }, previous: { LIB_VISITS_TOTAL: 1000 }, numericElements }),
      );
      expect(v, String(value)).toEqual([]);
    }
  });

  it('reports a fall with a minus sign', () => {
    const [v] = evaluateRules(
      [jump50],
      input({ values: { LIB_BOOKS: 300 }, previous: { LIB_BOOKS: 1000 }, numericElements }),
    );
    expect(v!.message.en).toBe('LIB_BOOKS: 1,000 → 300 (-70 %), explain the change.');
  });

  it('skips a field with no previous value, a previous zero, or an empty value', () => {
    const v = evaluateRules(
      [jump50],
      input({
        values: { LIB_VISITS_TOTAL: 500, LIB_BOOKS: null },
        previous: { LIB_VISITS_TOTAL: 0, LIB_BOOKS: 1000 },
        numericElements,
      }),
    );
    expect(v).toEqual([]);
    expect(evaluateRules([jump50], input({ values: { LIB_BOOKS: 5000 }, numericElements }))).toEqual([]);
  });

  it('checks only the listed elements, in their order', () => {
    const rule: ValidationRule = { ...jump50, elements: ['LIB_BOOKS', 'LIB_VISITS_TOTAL'] };
    const v = evaluateRules(
      [rule],
      input({
        values: { LIB_VISITS_TOTAL: 3000, LIB_BOOKS: 3000, OTHER: 3000 },
        previous: { LIB_VISITS_TOTAL: 1000, LIB_BOOKS: 1000, OTHER: 1000 },
      }),
    );
    expect(v.map((x) => x.elements[0])).toEqual(['LIB_BOOKS', 'LIB_VISITS_TOTAL']);
  });
});

describe('evaluateRules: required', () => {
  it('lets a draft be saved with required fields empty', () => {
    expect(evaluateRules([required], input({ values: {}, stage: 'save' }))).toEqual([]);
  });

  it('lists each empty required field on submit, in the rule order', () => {
    const v = evaluateRules(
      [required],
      input({ values: { LIB_VISITS_TOTAL: null, LIB_NOTE: '' }, stage: 'submit' }),
    );
    expect(v.map((x) => x.elements)).toEqual([['LIB_VISITS_TOTAL'], ['LIB_NOTE']]);
    expect(v[0]!.message).toEqual({ vi: 'Chưa nhập LIB_VISITS_TOTAL.', en: 'LIB_VISITS_TOTAL is missing.' });
  });

  it('counts a zero as filled in', () => {
    const values = { LIB_VISITS_TOTAL: 0, LIB_NOTE: 'Không có' };
    expect(evaluateRules([required], input({ values, stage: 'submit' }))).toEqual([]);
  });
});

describe('evaluateRules: automatic values', () => {
  const labels = { LLL_PARTICIPANTS: { vi: 'Lượt người tham gia', en: 'Participations' } };
  const autoValues = { LLL_ACTIVITIES: 2, LLL_PARTICIPANTS: 1250 };

  it('accepts values that equal the activities’ figures, at saving and at submitting', () => {
    const values = { LLL_ACTIVITIES: 2, LLL_PARTICIPANTS: 1250 };
    for (const stage of ['save', 'submit'] as const) {
      expect(evaluateRules([], input({ values, autoValues, stage }))).toEqual([]);
    }
  });

  it('asks for a reason when a person changes an automatic figure, and blocks until one is given', () => {
    const values = { LLL_ACTIVITIES: 2, LLL_PARTICIPANTS: 1400 };
    const v = evaluateRules([], input({ values, autoValues, labels }));
    expect(v).toEqual([
      {
        ruleId: AUTO_OVERRIDE_RULE_ID,
        severity: 'error',
        elements: ['LLL_PARTICIPANTS'],
        message: {
          vi: 'Lượt người tham gia: Giá trị tự động từ hoạt động là 1.250; nhập lý do khi sửa.',
          en: 'Participations: The activities give 1,250; give a reason to change it.',
        },
      },
    ]);
    expect(hasBlockingViolations(v)).toBe(true);
    const comments = { LLL_PARTICIPANTS: 'Thêm 150 lượt của buổi ngoại khóa không đăng ký trên hệ thống.' };
    expect(evaluateRules([], input({ values, autoValues, comments }))).toEqual([]);
    expect(
      evaluateRules([], input({ values, autoValues, comments: { LLL_PARTICIPANTS: '  ' } })),
    ).toHaveLength(1);
  });

  it('counts an emptied or non-numeric field as a change, and ignores elements without a figure', () => {
    const v = evaluateAutoOverrides(
      input({
        values: { LLL_ACTIVITIES: null, LLL_PARTICIPANTS: 'nhiều', EXHIBITIONS_HELD: 7 },
        autoValues: { ...autoValues, EXHIBITIONS_HELD: null, EVENTS_LLL_WEEK: undefined },
      }),
    );
    expect(v.map((x) => x.elements[0])).toEqual(['LLL_ACTIVITIES', 'LLL_PARTICIPANTS']);
    expect(v[0]!.message.en).toBe('LLL_ACTIVITIES: The activities give 2; give a reason to change it.');
  });

  it('treats decimals that only differ by rounding as equal, and comes after the form’s rules', () => {
    const values = { LLL_ACTIVITIES: 0.1 + 0.2, LIB_VISITS_LEARNING: 2, LIB_VISITS_TOTAL: 1 };
    expect(evaluateAutoOverrides(input({ values, autoValues: { LLL_ACTIVITIES: 0.3 } }))).toEqual([]);
    const v = evaluateRules(
      [learningVisits],
      input({ values: { ...values, LLL_ACTIVITIES: 5 }, autoValues: { LLL_ACTIVITIES: 0.3 } }),
    );
    expect(v.map((x) => x.ruleId)).toEqual(['learning_le_total', AUTO_OVERRIDE_RULE_ID]);
  });
});

describe('evaluateRules', () => {
  it('keeps the rules order and leaves unknown placeholders as written', () => {
    const typo: ValidationRule = { ...shareAtMost100, id: 'typo', message: { vi: '{lft}', en: '{left}' } };
    const v = evaluateRules(
      [required, typo, learningVisits],
      input({
        values: { LIB_VISITS_LEARNING: 2, LIB_VISITS_TOTAL: 1, COVERAGE_PCT: 101, LIB_NOTE: 'x' },
        stage: 'submit',
      }),
    );
    expect(v.map((x) => x.ruleId)).toEqual(['typo', 'learning_le_total']);
    expect(v[0]!.message).toEqual({ vi: '{lft}', en: '101' });
  });

  it('reports nothing when there is nothing to say', () => {
    expect(hasBlockingViolations([])).toBe(false);
    expect(evaluateRules([], input({}))).toEqual([]);
  });
});

describe('ValidationRuleSchema', () => {
  it('accepts the rules above and refuses an unknown operator', () => {
    for (const rule of [learningVisits, shareAtMost100, jump50, required]) {
      expect(ValidationRuleSchema.parse(rule)).toEqual(rule);
    }
    expect(ValidationRuleSchema.safeParse({ ...learningVisits, op: '=>' }).success).toBe(false);
    expect(ValidationRuleSchema.safeParse({ ...jump50, elements: 'all' }).success).toBe(false);
    expect(ValidationRuleSchema.safeParse({ ...required, message }).success).toBe(true);
  });

  it('refuses two rules with the same id in one form', () => {
    expect(ValidationRulesSchema.safeParse([required, required]).success).toBe(false);
    expect(ValidationRulesSchema.safeParse([required, jump50]).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { changedStepFields, stepBody, stepFieldText } from './steps';
import { recognition, tIn } from './test-support';

describe('stepBody', () => {
  it('sends a review note trimmed, or null when empty, with the version', () => {
    expect(stepBody('review', { note: '  Đủ điều kiện ' }, 3)).toEqual({ note: 'Đủ điều kiện', version: 3 });
    expect(stepBody('review', { note: '   ' }, 3)).toEqual({ note: null, version: 3 });
    expect(stepBody('review', {}, 3)).toEqual({ note: null, version: 3 });
  });

  it('sends a grant with its decision number and date', () => {
    expect(stepBody('grant', { decisionNumber: ' 1234/QĐ-UBND ', decisionDate: '2026-11-20' }, 2)).toEqual({
      decisionNumber: '1234/QĐ-UBND',
      decisionDate: '2026-11-20',
      version: 2,
    });
  });

  it('sends a decline with its reason', () => {
    expect(stepBody('decline', { reason: ' Chưa đủ thành tích ' }, 2)).toEqual({
      reason: 'Chưa đủ thành tích',
      version: 2,
    });
  });
});

describe('changedStepFields', () => {
  it("names what a colleague's step changed", () => {
    const mine = recognition();
    const theirs = recognition({ status: 'reviewed', reviewNote: 'Đủ điều kiện', version: 2 });
    expect(changedStepFields(mine, theirs)).toEqual(['status', 'reviewNote']);
    expect(stepFieldText(theirs, 'status', tIn('vi'))).toBe('Đã xét duyệt');
  });

  it('finds nothing when only the version moved', () => {
    expect(changedStepFields(recognition(), recognition({ version: 5 }))).toEqual([]);
  });
});

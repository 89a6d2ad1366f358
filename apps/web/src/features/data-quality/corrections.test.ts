import { describe, expect, it } from 'vitest';
import {
  correctionFieldsFor,
  initialCorrections,
  isSuggested,
  problemsOfIssue,
  toCorrections,
} from './corrections';

const mapping = {
  row: { old_ward_code: '00001', old_ward_name: 'Xã A', new_ward_code: '99999', new_ward_name: 'Phường B' },
  details: {
    problems: [{ field: 'new_ward_code', reason: 'unknown_new_code', value: '99999' }],
    suggestion: { new_ward_code: '00004' },
  },
};
const oldCommune = { row: { code: '12345', name: 'Xã C' }, details: { endedOn: '2025-01-01' } };

describe('correctionFieldsFor', () => {
  it('offers the old and new codes for a ward mapping and the successor for an old commune', () => {
    expect(correctionFieldsFor(mapping)).toEqual(['old_ward_code', 'new_ward_code']);
    expect(correctionFieldsFor(oldCommune)).toEqual(['successor_code']);
  });
});

describe('initialCorrections', () => {
  it("prefers the loader's suggestion", () => {
    expect(initialCorrections(mapping)).toEqual({ old_ward_code: '00001', new_ward_code: '00004' });
    expect(isSuggested(mapping, 'new_ward_code')).toBe(true);
    expect(isSuggested(mapping, 'old_ward_code')).toBe(false);
    expect(initialCorrections(oldCommune)).toEqual({ successor_code: '' });
  });
});

describe('toCorrections', () => {
  it('sends only the fields that apply, trimmed and non-empty', () => {
    expect(
      toCorrections(mapping, { old_ward_code: ' 00001 ', new_ward_code: '', successor_code: '5' }),
    ).toEqual({
      old_ward_code: '00001',
    });
  });
});

describe('problemsOfIssue', () => {
  it('reads the recorded checks', () => {
    expect(problemsOfIssue(mapping)).toHaveLength(1);
    expect(problemsOfIssue(oldCommune)).toEqual([]);
  });
});

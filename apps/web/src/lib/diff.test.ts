import { describe, expect, it } from 'vitest';
import { diffValues, formatValue } from './diff';

describe('diffValues', () => {
  it('lists changed fields first, then unchanged ones', () => {
    const rows = diffValues(
      { name: 'Thư viện A', phone: null, services: ['mượn sách'], address: { street: '1 Lê Lợi' } },
      { name: 'Thư viện B', phone: '0123', services: ['mượn sách'], address: { street: '2 Lê Lợi' } },
    );
    expect(rows.map((r) => [r.path, r.change])).toEqual([
      ['name', 'changed'],
      ['phone', 'added'],
      ['address.street', 'changed'],
      ['services', 'same'],
    ]);
  });

  it('treats a creation as all added and a deletion as all removed', () => {
    expect(diffValues(null, { a: 1 })).toEqual([{ path: 'a', before: undefined, after: 1, change: 'added' }]);
    expect(diffValues({ a: 1 }, null).map((r) => r.change)).toEqual(['removed']);
    expect(diffValues(null, null)).toEqual([]);
    expect(diffValues(null, { email: null }).map((r) => r.change)).toEqual(['same']);
  });

  it('compares scalars at the top level', () => {
    expect(diffValues('old', 'new')).toEqual([{ path: '', before: 'old', after: 'new', change: 'changed' }]);
  });
});

describe('formatValue', () => {
  it('reads like text', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue(true)).toBe('true');
    expect(formatValue({ x: 1 })).toBe('{"x":1}');
  });
});

import { describe, expect, it } from 'vitest';
import type { Task } from '../../api/plans';
import { evidenceProblem, fileSizeText, filterByLeadText, leadOptions, partiesText } from './task-view';

describe('partiesText', () => {
  it('joins the parties as the plan names them', () => {
    expect(partiesText([{ text: 'Sở VHTT' }, { text: '', unitName: 'UBND xã A' }])).toBe(
      'Sở VHTT; UBND xã A',
    );
    expect(partiesText([])).toBe('');
  });
});

describe('evidenceProblem', () => {
  it('accepts documents and pictures up to 10 MB', () => {
    expect(evidenceProblem({ name: 'bao-cao.PDF', size: 1000 })).toBeNull();
    expect(evidenceProblem({ name: 'anh.jpg', size: 10 * 1024 * 1024 })).toBeNull();
  });

  it('refuses other kinds and larger files', () => {
    expect(evidenceProblem({ name: 'script.exe', size: 10 })).toBe('badType');
    expect(evidenceProblem({ name: 'noext', size: 10 })).toBe('badType');
    expect(evidenceProblem({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1 })).toBe('tooLarge');
  });
});

describe('fileSizeText', () => {
  it('writes sizes with the locale’s decimal mark', () => {
    expect(fileSizeText(512, 'vi')).toBe('512 B');
    expect(fileSizeText(2.5 * 1024 * 1024, 'vi')).toBe('2,5 MB');
    expect(fileSizeText(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });
});

describe('the lead filter', () => {
  const party = (text: string, unitId: number | null = null) => ({
    text,
    unitId,
    unitCode: null,
    unitName: unitId ? text : null,
  });
  const tasks = [
    { id: 1, lead: [party('Sở Văn hóa và Thể thao', 5), party('UBND các huyện')] },
    { id: 2, lead: [party('Bảo tàng tỉnh')] },
    { id: 3, lead: [party('Sở Văn hóa và Thể thao', 5)] },
  ] as unknown as Task[];

  it('offers units by id and text-only leads by text, once each, in Vietnamese order', () => {
    expect(leadOptions(tasks)).toEqual([
      { value: 't:Bảo tàng tỉnh', label: 'Bảo tàng tỉnh' },
      { value: 'u:5', label: 'Sở Văn hóa và Thể thao' },
      { value: 't:UBND các huyện', label: 'UBND các huyện' },
    ]);
  });

  it('filters by a text-only lead', () => {
    expect(filterByLeadText(tasks, 'Bảo tàng tỉnh').map((t) => t.id)).toEqual([2]);
    expect(filterByLeadText(tasks, undefined)).toHaveLength(3);
  });
});

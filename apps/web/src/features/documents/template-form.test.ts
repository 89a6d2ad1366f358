import type { DocumentTemplate } from '@suotdoi/shared';
import { DocumentTemplateInputSchema } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { longestLine, splitLines, templateFieldOf, toTemplateInput, toTemplateValues } from './template-form';

const template: DocumentTemplate = {
  unitId: 37,
  parentBody: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
  issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  symbolPattern: 'BC-SVHTTDL',
  place: 'Ninh Bình',
  recipients: ['Bộ Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân tỉnh'],
  copyTo: ['Giám đốc Sở'],
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Nguyễn Thị Hồng Nhung',
  opening: 'Đoạn một.\n\nĐoạn hai.',
  updatedAt: null,
};

describe('toTemplateValues and toTemplateInput', () => {
  it('round-trip a template through the form', () => {
    const { unitId: _unit, updatedAt: _at, ...fields } = template;
    expect(toTemplateInput(toTemplateValues(template))).toEqual(fields);
  });

  it('write the lists one a line', () => {
    expect(toTemplateValues(template).recipients).toBe(
      'Bộ Văn hóa, Thể thao và Du lịch\nỦy ban nhân dân tỉnh',
    );
  });

  it('drop blank lines and spaces, keep paragraph breaks, and give what the server accepts', () => {
    const input = toTemplateInput({
      ...toTemplateValues(template),
      recipients: '  Bộ VHTTDL \r\n\r\n UBND tỉnh\n',
      opening: 'Một.\r\n\r\nHai.  ',
      signerName: '  Trần Văn B ',
    });
    expect(input.recipients).toEqual(['Bộ VHTTDL', 'UBND tỉnh']);
    expect(input.opening).toBe('Một.\n\nHai.');
    expect(input.signerName).toBe('Trần Văn B');
    expect(DocumentTemplateInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('splitLines and longestLine', () => {
  it('count only the lines with text', () => {
    expect(splitLines('a\n\n b \r\nc')).toEqual(['a', 'b', 'c']);
    expect(splitLines(undefined)).toEqual([]);
    expect(longestLine('ab\nabcd')).toBe(4);
    expect(longestLine('')).toBe(0);
  });
});

describe('templateFieldOf', () => {
  it('finds the form field of a server problem', () => {
    expect(templateFieldOf('body.recipients.3')).toBe('recipients');
    expect(templateFieldOf('signerName')).toBe('signerName');
    expect(templateFieldOf('body.unitId')).toBeUndefined();
  });
});

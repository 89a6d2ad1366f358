import { describe, expect, it } from 'vitest';
import { bareName, splitTypedName } from './names';
import { linkAbsorbedCommunes } from './pre2025-links';

describe('linkAbsorbedCommunes', () => {
  // Huyện Chương Mỹ, Hà Nội: Hồng Phong + Đồng Phú became Hồng Phú; Phú Nam An + Hòa Chính became Hòa Phú.
  const survivors = [
    { code: '10096', districtCode: '277', olderName: 'Đồng Phú', name: 'Xã Hồng Phú' },
    { code: '10108', districtCode: '277', olderName: 'Hòa Chính', name: 'Xã Hòa Phú' },
    { code: '10402', districtCode: '278', olderName: 'Hòa Lâm', name: 'Xã Trầm Lộng' },
    { code: '10090', districtCode: '277', olderName: 'Tốt Động', name: 'Xã Tốt Động' },
  ];

  it('links by the words a renamed survivor took from the absorbed commune’s name', () => {
    const { linked, unlinked } = linkAbsorbedCommunes(
      [
        { code: '10093', name: 'Hồng Phong', districtCode: '277' },
        { code: '10111', name: 'Phú Nam An', districtCode: '277' },
      ],
      survivors,
    );
    expect(Object.fromEntries(linked)).toEqual({
      '10093': { successorCode: '10096', rule: 'syllables' },
      '10111': { successorCode: '10108', rule: 'syllables' },
    });
    expect(unlinked).toEqual([]);
  });

  it('links a commune whose name the survivor took over whole', () => {
    const { linked } = linkAbsorbedCommunes(
      [{ code: '10399', name: 'Trầm Lộng', districtCode: '278' }],
      survivors,
    );
    expect(linked.get('10399')).toEqual({ successorCode: '10402', rule: 'name' });
  });

  it('leaves a commune unlinked when no rule can tell, and never looks outside its district', () => {
    const { linked, unlinked } = linkAbsorbedCommunes(
      [
        { code: '1', name: 'Quang Trung', districtCode: '277' },
        { code: '2', name: 'Hồng Phong', districtCode: '999' },
      ],
      survivors,
    );
    expect(linked.size).toBe(0);
    expect(unlinked.map((c) => c.code)).toEqual(['1', '2']);
  });
});

describe('names', () => {
  it('reduces spellings of one name to the same bare name', () => {
    expect(bareName('Tỉnh Hoà Bình')).toBe(bareName('Hòa Bình'));
    expect(bareName('Phường 05')).toBe('5');
    expect(bareName('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('splits a typed name and normalises it to NFC', () => {
    expect(splitTypedName('Đặc khu Côn Đảo')).toEqual({ typeName: 'Đặc khu', name: 'Côn Đảo' });
    expect(splitTypedName('Phường  Ba Đình'.normalize('NFD'))).toEqual({
      typeName: 'Phường',
      name: 'Ba Đình',
    });
    expect(splitTypedName('Ba Đình')).toEqual({ typeName: null, name: 'Ba Đình' });
  });
});

import type { DocumentTemplate } from '@suotdoi/shared';

/** What a unit's template says before anyone edits it: the usual wording of Decree 30 for its level. */

export interface TemplateUnit {
  id: number;
  kind: string;
  name: string;
  typedName: string;
  parentName: string | null;
  provinceName: string | null;
  provincePlace: string | null;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * Defaults by level. A province's report goes out from its Department of Culture (the plan's lead agency) under
 * the provincial People's Committee; a commune's from its People's Committee; an institution's under its parent.
 */
export function defaultTemplate(unit: TemplateUnit): DocumentTemplate {
  const base = { unitId: unit.id, opening: '', signerName: '', updatedAt: null, copyTo: [] as string[] };
  switch (unit.kind) {
    case 'country':
      return {
        ...base,
        parentBody: '',
        issuingBody: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        symbolPattern: 'BC-BVHTTDL',
        place: 'Hà Nội',
        recipients: ['Thủ tướng Chính phủ'],
        signerAuthority: 'KT. BỘ TRƯỞNG',
        signerTitle: 'THỨ TRƯỞNG',
      };
    case 'province':
      return {
        ...base,
        parentBody: `ỦY BAN NHÂN DÂN ${upper(unit.typedName)}`,
        issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        symbolPattern: 'BC-SVHTTDL',
        place: unit.name,
        recipients: ['Bộ Văn hóa, Thể thao và Du lịch', `Ủy ban nhân dân ${lowerFirst(unit.typedName)}`],
        signerAuthority: 'KT. GIÁM ĐỐC',
        signerTitle: 'PHÓ GIÁM ĐỐC',
      };
    case 'commune':
    case 'district':
      return {
        ...base,
        parentBody: '',
        issuingBody: `ỦY BAN NHÂN DÂN ${upper(unit.typedName)}`,
        symbolPattern: 'BC-UBND',
        place: unit.name,
        recipients: [
          unit.provinceName
            ? `Sở Văn hóa, Thể thao và Du lịch ${lowerFirst(unit.provinceName)}`
            : 'Sở Văn hóa, Thể thao và Du lịch',
        ],
        signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
        signerTitle: 'CHỦ TỊCH',
      };
    default:
      return {
        ...base,
        parentBody: unit.parentName ? upper(unit.parentName) : '',
        issuingBody: upper(unit.typedName),
        symbolPattern: 'BC',
        place: unit.provincePlace ?? '',
        recipients: unit.parentName ? [unit.parentName] : [],
        signerAuthority: '',
        signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
      };
  }
}

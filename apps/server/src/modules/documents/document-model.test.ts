import type { DocumentModel } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { buildAnnualModel } from './annual-model';
import { defaultTemplate } from './default-template';
import type { DocumentInputs } from './document-inputs';
import { contentHashOf, fileNameOf } from './generate-document';
import { figureChanges } from './publish.service';
import { buildReviewModel } from './review-model';

/** The document tree from hand-made inputs: what is said when data, plan or template fields are missing. */

const unit = {
  id: 7,
  code: '37',
  kind: 'province',
  name: 'Ninh Bình',
  typedName: 'Tỉnh Ninh Bình',
  validFrom: '2025-07-01',
  validTo: null,
  parentName: 'Việt Nam',
  provinceId: 7,
  provinceName: 'Tỉnh Ninh Bình',
  provincePlace: 'Ninh Bình',
};

function inputs(over: Partial<DocumentInputs> = {}): DocumentInputs {
  return {
    kind: 'annual',
    lang: 'vi',
    year: 2026,
    fromYear: 2026,
    dataYear: 2026,
    today: '2026-02-03',
    generatedAt: '2026-02-03T01:00:00.000Z',
    unit,
    template: defaultTemplate(unit),
    plan: null,
    planFrom: null,
    indicators: [],
    scorecard: [],
    tasks: [],
    observances: [],
    narratives: [],
    board: null,
    breakdown: null,
    restructurings: [],
    dataAsOf: null,
    unitTargets: null,
    recognitions: [],
    ...over,
  };
}

describe('buildAnnualModel', () => {
  it('writes the Decree 30 header from the level’s defaults, dates with the leading zeros the decree asks', () => {
    const model = buildAnnualModel(inputs());
    expect(model.header).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      symbol: 'Số: …/BC-SVHTTDL',
      placeDate: 'Ninh Bình, ngày 03 tháng 02 năm 2026',
      recipients: ['Bộ Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân tỉnh Ninh Bình'],
    });
    expect(model.closing.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' });
    expect(model.body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text)).toEqual(
      [
        'I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN',
        'II. KẾT QUẢ THỰC HIỆN',
        '1. Kết quả thực hiện các chỉ tiêu',
        '2. Kết quả thực hiện các nhiệm vụ',
        '3. Hoạt động hưởng ứng các ngày kỷ niệm',
        '4. Công tác khen thưởng',
        '5. Kết quả nổi bật của các đơn vị',
        'III. HẠN CHẾ, NGUYÊN NHÂN',
        'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      ],
    );
  });

  it('says in words what is missing: the plan, the unit in the year, template fields', () => {
    const model = buildAnnualModel(
      inputs({
        year: 2024,
        fromYear: 2024,
        dataYear: 2024,
        template: { ...defaultTemplate(unit), place: '' },
      }),
    );
    expect(model.gaps).toEqual([
      'Đơn vị chưa có hoặc không còn trong năm 2024.',
      'Đơn vị chưa có kế hoạch áp dụng cho năm 2024: báo cáo không đánh giá được chỉ tiêu và nhiệm vụ.',
      'Mẫu văn bản của đơn vị chưa khai báo: địa danh, họ tên người ký.',
    ]);
    expect(model.header.placeDate).toBe('……, ngày 03 tháng 02 năm 2026');
    const tables = model.body.filter((b) => b.type === 'table');
    expect(tables.map((b) => b.type === 'table' && b.empty)).toContain(
      'Không có nhiệm vụ nào của kế hoạch được giao cho đơn vị trong năm 2024.',
    );
  });

  it('writes English when asked, keeping the numbers', () => {
    const model = buildAnnualModel(inputs({ lang: 'en' }));
    expect(model.header.title).toBe('REPORT');
    expect(model.body[1]).toEqual({ type: 'heading', level: 1, text: 'I. DIRECTION AND ORGANISATION' });
  });
});

describe('the recognitions of the period', () => {
  const granted: DocumentInputs['recognitions'] = [
    {
      id: 1,
      nomineeKind: 'collective',
      unitName: 'Xã An Bình',
      personName: null,
      personPosition: null,
      form: 'province_certificate',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-05-04',
    },
    {
      id: 2,
      nomineeKind: 'individual',
      unitName: 'Thư viện tỉnh Ninh Bình',
      personName: 'Nguyễn Thị Lan',
      personPosition: 'Thủ thư',
      form: 'department_certificate',
      decisionNumber: '88/QĐ-SVHTTDL',
      decisionDate: '2026-11-20',
    },
  ];
  /** The blocks under a level-2 heading, up to the next heading. */
  const under = (model: DocumentModel, heading: string) => {
    const start = model.body.findIndex((b) => b.type === 'heading' && b.text.endsWith(heading));
    const end = model.body.findIndex((b, i) => i > start && b.type === 'heading');
    return model.body.slice(start + 1, end);
  };

  it('counts them, then lists who, the form in words and the decision’s number and date', () => {
    const model = buildAnnualModel(inputs({ recognitions: granted }));
    const blocks = under(model, 'Công tác khen thưởng');
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Trong năm 2026, 2 tập thể, cá nhân được khen thưởng (1 tập thể, 1 cá nhân), theo các quyết định dưới đây.',
    });
    const table = blocks[1];
    expect(table?.type === 'table' && table.caption).toBe(
      'Bảng 4. Tập thể, cá nhân được khen thưởng năm 2026',
    );
    expect(table?.type === 'table' && table.rows).toEqual([
      ['1', 'Xã An Bình', 'Bằng khen của UBND tỉnh', '125/QĐ-UBND', '04/05/2026'],
      [
        '2',
        'Nguyễn Thị Lan, Thủ thư, Thư viện tỉnh Ninh Bình',
        'Giấy khen của Sở',
        '88/QĐ-SVHTTDL',
        '20/11/2026',
      ],
    ]);
    expect(model.figures.find((f) => f.key === 'recognition:2')?.text).toBe(
      'Giấy khen của Sở · 88/QĐ-SVHTTDL · 20/11/2026',
    );
    const annex = model.annexes.find((a) => a.name === 'Khen thưởng');
    expect(annex?.rows[1]).toEqual([
      2,
      'Cá nhân',
      'Nguyễn Thị Lan',
      'Thủ thư',
      'Thư viện tỉnh Ninh Bình',
      'Giấy khen của Sở',
      '88/QĐ-SVHTTDL',
      '20/11/2026',
    ]);
  });

  it('says so in one sentence when there were none, in the review’s period and in English', () => {
    const review = buildReviewModel(inputs({ kind: 'midterm', year: 2025, fromYear: 2023, dataYear: 2025 }));
    expect(under(review, 'Công tác khen thưởng')).toEqual([
      {
        type: 'paragraph',
        text: 'Trong giai đoạn 2023–2025, chưa có tập thể, cá nhân nào được khen thưởng.',
      },
    ]);
    const en = buildReviewModel(
      inputs({ kind: 'midterm', lang: 'en', year: 2025, fromYear: 2023, recognitions: granted.slice(1) }),
    );
    const blocks = under(en, 'Recognition');
    expect(blocks[0]).toMatchObject({
      text: 'In 2023–2025, 0 collectives and 1 individual were recognised, by the decisions below.',
    });
    expect(blocks[1]?.type === 'table' && blocks[1].caption).toBe(
      'Table 6. Collectives and individuals recognised in 2023–2025',
    );
    expect(blocks[1]?.type === 'table' && blocks[1].rows[0]?.[2]).toBe(
      'Certificate of merit of the Department',
    );
  });
});

describe('defaultTemplate', () => {
  it('has a commune report go out from its People’s Committee to the province’s department', () => {
    const t = defaultTemplate({
      ...unit,
      kind: 'commune',
      name: 'Phủ Lý',
      typedName: 'Phường Phủ Lý',
    });
    expect(t).toMatchObject({
      parentBody: '',
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG PHỦ LÝ',
      recipients: ['Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình'],
      signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
      place: 'Phủ Lý',
    });
  });
});

describe('publishing helpers', () => {
  const figure = (key: string, value: number | null, text: string) => ({ key, label: key, value, text });

  it('lists figures that moved, appeared or went, and nothing else', () => {
    const before = [figure('a', 1, '1'), figure('b', 2, '2'), figure('c', null, '—')];
    const after = [figure('a', 1, '1'), figure('b', 3, '3'), figure('d', 4, '4')];
    expect(figureChanges(before, after)).toEqual([
      { key: 'b', label: 'b', published: '2', current: '3' },
      { key: 'c', label: 'c', published: '—', current: null },
      { key: 'd', label: 'd', published: null, current: '4' },
    ]);
    expect(figureChanges(before, before)).toEqual([]);
  });

  it('hashes what the document says, not when it was generated', () => {
    const a = buildAnnualModel(inputs());
    const later = buildAnnualModel(inputs({ generatedAt: '2026-02-04T01:00:00.000Z' }));
    expect(contentHashOf(later)).toBe(contentHashOf(a));
    const other = buildAnnualModel(
      inputs({ template: { ...defaultTemplate(unit), signerName: 'Trần Văn An' } }),
    );
    expect(contentHashOf(other)).not.toBe(contentHashOf(a));
  });

  it('names files in ASCII, so every mail client keeps them', () => {
    expect(fileNameOf({ kind: 'midterm', year: 2025, unit: { name: 'Tỉnh Đắk Lắk' } }, 'docx')).toBe(
      'so-ket-2025-tinh-dak-lak.docx',
    );
    expect(fileNameOf({ kind: 'annual', year: 2026, unit: { name: 'Xã Ea Tu' } }, 'xlsx')).toBe(
      'bao-cao-nam-2026-xa-ea-tu-phu-luc.xlsx',
    );
  });
});

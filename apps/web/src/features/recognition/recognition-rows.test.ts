import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  decisionText,
  filterByFormAndName,
  filterRegister,
  registerExportRows,
  registerYears,
  sortRegister,
} from './recognition-rows';
import { recognition, tIn } from './test-support';

const library = recognition();
const person = recognition({
  id: 8,
  nomineeKind: 'individual',
  personName: 'Trần Thị Đào',
  personPosition: 'Thủ thư',
  form: 'department_certificate',
  status: 'granted',
  nominatedOn: '2026-10-01',
  reviewedAt: '2026-10-02T18:30:00.000Z',
  reviewedBy: { id: 'u-2', name: 'Lê Văn Cường' },
  decisionNumber: '12/QĐ-SVHTTDL',
  decisionDate: '2026-10-15',
  decidedBy: { id: 'u-2', name: 'Lê Văn Cường' },
});
const museum = recognition({
  id: 9,
  unit: { id: 502, code: 'BT-NB', name: 'Bảo tàng tỉnh Ninh Bình', kind: 'institution' },
  form: 'ministry_certificate',
  status: 'declined',
  nominatedOn: '2026-11-01',
  declineReason: 'Chưa đủ thành tích',
});
const rows = [library, person, museum];

describe('filters and counts', () => {
  it('find a nominee by part of the name, diacritics ignored (a person by the unit too)', () => {
    expect(filterRegister(rows, { q: 'dao' }).map((r) => r.id)).toEqual([8]);
    expect(filterRegister(rows, { q: 'bao tang' }).map((r) => r.id)).toEqual([9]);
    expect(filterRegister(rows, { q: 'thu vien' }).map((r) => r.id)).toEqual([7, 8]);
  });

  it('filter by form and by status', () => {
    expect(filterRegister(rows, { form: 'ministry_certificate' }).map((r) => r.id)).toEqual([9]);
    expect(filterRegister(rows, { status: 'granted' }).map((r) => r.id)).toEqual([8]);
  });

  it('count every status of the rows the form and name filters leave', () => {
    expect(countByStatus(rows)).toEqual({ nominated: 1, reviewed: 0, granted: 1, declined: 1 });
    expect(countByStatus(filterByFormAndName(rows, { q: 'ninh binh' }))).toEqual({
      nominated: 1,
      reviewed: 0,
      granted: 1,
      declined: 1,
    });
    expect(countByStatus([])).toEqual({ nominated: 0, reviewed: 0, granted: 0, declined: 0 });
  });
});

describe('sortRegister', () => {
  it('puts the newest nomination first by default', () => {
    expect(sortRegister(rows).map((r) => r.id)).toEqual([7, 9, 8]);
  });

  it('sorts nominees in Vietnamese order and statuses in the workflow order', () => {
    expect(sortRegister(rows, { key: 'nominee', order: 'ascend' }).map((r) => r.id)).toEqual([9, 7, 8]);
    expect(sortRegister(rows, { key: 'status', order: 'ascend' }).map((r) => r.id)).toEqual([7, 8, 9]);
  });

  it('keeps nominations without a decision last in either direction', () => {
    const decidedLater = { ...library, id: 10, decisionNumber: '5/QĐ', decisionDate: '2026-11-20' };
    const list = [...rows, decidedLater];
    expect(sortRegister(list, { key: 'decision', order: 'ascend' }).map((r) => r.id)).toEqual([8, 10, 7, 9]);
    expect(sortRegister(list, { key: 'decision', order: 'descend' }).map((r) => r.id)).toEqual([10, 8, 7, 9]);
  });
});

describe('registerExportRows', () => {
  it('writes every column with dates as dd/mm/yyyy and the year as a number', () => {
    const [header, row] = registerExportRows([person], tIn('vi'));
    expect(header).toHaveLength(20);
    expect(header?.slice(0, 3)).toEqual(['Mã hồ sơ', 'Loại đối tượng', 'Tên tập thể, cá nhân']);
    expect(row).toEqual([
      8,
      'Cá nhân',
      'Trần Thị Đào',
      'Thủ thư',
      'Thư viện tỉnh Ninh Bình',
      'Ninh Bình',
      'Giấy khen của Sở',
      2026,
      '01/10/2026',
      'Nguyễn Văn An',
      'Đã khen thưởng',
      // 18:30 UTC is already the next day in Vietnam.
      '03/10/2026',
      'Lê Văn Cường',
      '',
      '12/QĐ-SVHTTDL',
      '15/10/2026',
      'Lê Văn Cường',
      '',
      person.reason,
      'Ngày Sách 21/4; Lượt bạn đọc: 152.300',
    ]);
  });

  it('writes the header in English too', () => {
    expect(registerExportRows([], tIn('en'))[0]?.slice(6, 9)).toEqual([
      'Form of recognition',
      'Year',
      'Nominated on',
    ]);
  });
});

describe('helpers', () => {
  it('write a decision as its number and date', () => {
    expect(decisionText(person)).toBe('12/QĐ-SVHTTDL, 15/10/2026');
    expect(decisionText(library)).toBe('');
  });

  it('offer the years from next year down to 2020', () => {
    const years = registerYears('2026-05-01');
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2020);
    expect(years).toHaveLength(8);
  });
});

import type { Lang } from './errors';

/**
 * Why one field or row is wrong, in both languages. Bulk operations list every bad row as
 * `{ row, field, reason, message }`; the UI may also translate `reason` itself.
 */
export const REASON_MESSAGES = {
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  invalid_date: { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a valid date (dd/mm/yyyy).' },
  invalid_code: {
    vi: 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.',
    en: 'A code holds letters, digits, dot, dash and underscore only.',
  },
  invalid_email: { vi: 'Email không hợp lệ.', en: 'Not a valid e-mail address.' },
  duplicate_code: { vi: 'Mã "{value}" đã tồn tại.', en: 'Code "{value}" already exists.' },
  duplicate_in_file: {
    vi: 'Mã "{value}" xuất hiện nhiều lần trong tệp (dòng {other}).',
    en: 'Code "{value}" appears more than once in the file (row {other}).',
  },
  unknown_category: {
    vi: 'Loại thiết chế "{value}" không có trong danh mục.',
    en: 'Unknown category "{value}".',
  },
  unknown_unit: { vi: 'Không tìm thấy đơn vị "{value}".', en: 'No unit "{value}".' },
  unknown_agency: { vi: 'Không tìm thấy cơ quan quản lý "{value}".', en: 'No managing agency "{value}".' },
  out_of_scope: {
    vi: 'Đơn vị "{value}" nằm ngoài phạm vi của bạn.',
    en: 'Unit "{value}" is outside your scope.',
  },
  unknown_column: { vi: 'Cột "{value}" không được hỗ trợ.', en: 'Column "{value}" is not recognised.' },
  missing_column: { vi: 'Thiếu cột "{value}".', en: 'Column "{value}" is missing.' },
  not_a_spreadsheet: {
    vi: 'Tệp không phải bảng tính .xlsx hoặc .csv.',
    en: 'The file is not an .xlsx or .csv spreadsheet.',
  },
  empty_file: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  parent_out_of_validity: {
    vi: 'Đơn vị cấp trên không có hiệu lực vào ngày {value}.',
    en: 'The parent unit is not valid on {value}.',
  },
  invalid_value: { vi: 'Giá trị "{value}" không hợp lệ.', en: 'Value "{value}" is not valid.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReasonCode = keyof typeof REASON_MESSAGES;

/** One bad field or row, as bulk operations and validation report it. */
export interface RowProblem {
  row?: number;
  field: string;
  reason: ReasonCode;
  value?: string;
  message: string;
}

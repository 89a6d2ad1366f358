import { type Lang, VALUE_REASON_TEXT, type ValueReason } from '@suotdoi/shared';

/**
 * Why one value of an import was refused, in both languages. The codes are stable (the UI translates them
 * itself too, apps/web/src/i18n/exchange.*.ts); `{value}` is the offending text.
 */
export const EXCHANGE_REASONS = {
  unknown_unit: {
    vi: 'Không có đơn vị mã "{value}" trong kỳ báo cáo.',
    en: 'No unit with code "{value}" in the period.',
  },
  ambiguous_unit: {
    vi: 'Mã "{value}" trùng giữa nhiều cấp; ghi rõ cấp, ví dụ commune:{value} hoặc institution:{value}.',
    en: 'Code "{value}" is used at several levels; name the level, e.g. commune:{value} or institution:{value}.',
  },
  out_of_scope: {
    vi: 'Đơn vị "{value}" nằm ngoài phạm vi nhập báo cáo của bạn.',
    en: 'Unit "{value}" is outside your reporting scope.',
  },
  unknown_element: { vi: 'Không có chỉ tiêu mã "{value}".', en: 'No data element "{value}".' },
  element_not_in_form: {
    vi: 'Chỉ tiêu "{value}" không thuộc biểu mẫu của đơn vị này.',
    en: 'Data element "{value}" is not on this unit’s form.',
  },
  invalid_period: { vi: 'Kỳ báo cáo "{value}" không hợp lệ.', en: 'Period "{value}" is not valid.' },
  wrong_period_type: {
    vi: 'Kỳ "{value}" không phải loại kỳ của biểu mẫu.',
    en: 'Period "{value}" is not of the form’s period type.',
  },
  period_not_open: { vi: 'Kỳ "{value}" chưa bắt đầu.', en: 'Period "{value}" has not started.' },
  no_form_for_unit: {
    vi: 'Đơn vị "{value}" không báo cáo theo biểu mẫu này.',
    en: 'Unit "{value}" does not report on this form.',
  },
  report_locked: {
    vi: 'Báo cáo của đơn vị "{value}" đã gửi, đã duyệt hoặc đã khóa.',
    en: 'The report of unit "{value}" is submitted, approved or locked.',
  },
  duplicate_row: {
    vi: 'Giá trị "{value}" xuất hiện nhiều lần trong tệp.',
    en: 'Value "{value}" appears more than once in the file.',
  },
  unknown_column: { vi: 'Cột "{value}" không được hỗ trợ.', en: 'Column "{value}" is not recognised.' },
  missing_column: { vi: 'Thiếu cột "{value}".', en: 'Column "{value}" is missing.' },
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  too_many_values: {
    vi: 'Tệp có quá nhiều giá trị (tối đa {value}).',
    en: 'The file has too many values (at most {value}).',
  },
  unknown_data_set: { vi: 'Không có biểu mẫu mã "{value}".', en: 'No form (data set) "{value}".' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ExchangeReason = keyof typeof EXCHANGE_REASONS | ValueReason;

export function exchangeReasonText(reason: ExchangeReason, lang: Lang, value = ''): string {
  const entry =
    (EXCHANGE_REASONS as Record<string, Record<Lang, string>>)[reason] ??
    (VALUE_REASON_TEXT as Record<string, Record<Lang, string>>)[reason];
  const text = entry?.[lang] ?? reason;
  return text.replaceAll('{value}', value);
}

/** Value reasons read "not a number" alone; with the value in front they read as a sentence. */
export function valueReasonText(reason: ValueReason, lang: Lang, value: string): string {
  const text = VALUE_REASON_TEXT[reason][lang];
  return `"${value}": ${text}`;
}

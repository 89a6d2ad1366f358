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
  // Institutions and their import.
  invalid_parent_kind: {
    vi: 'Đơn vị "{value}" không phải là xã/phường hoặc tỉnh/thành phố.',
    en: 'Unit "{value}" is not a commune or a province.',
  },
  invalid_range: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must be after the start date.',
  },
  closes_before_start: {
    vi: 'Thiết chế bắt đầu hoạt động từ {value}; hãy sửa ngày bắt đầu thay vì đóng.',
    en: 'The institution starts on {value}; change its start date instead of closing it.',
  },
  duplicate_column: {
    vi: 'Cột "{value}" xuất hiện nhiều lần.',
    en: 'Column "{value}" appears more than once.',
  },
  too_many_rows: {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}).',
    en: 'The file has too many rows (at most {max}).',
  },
  // Unit reference data: why a source row was held back (data-quality list).
  missing_old_code: {
    vi: 'Dòng ánh xạ không có mã xã/phường cũ.',
    en: 'The mapping row has no old commune code.',
  },
  unknown_old_code: {
    vi: 'Không có xã/phường cũ mã "{value}" (hiệu lực đến 30/6/2025).',
    en: 'No old commune with code "{value}" (valid until 30/6/2025).',
  },
  unknown_new_code: {
    vi: 'Mã xã/phường mới "{value}" không có trong danh mục từ 1/7/2025.',
    en: 'New commune code "{value}" is not in the list valid from 1/7/2025.',
  },
  province_not_merged: {
    vi: 'Tỉnh cũ "{value}" không được hợp nhất vào tỉnh của xã/phường mới (Nghị quyết 202/2025/QH15).',
    en: 'Old province "{value}" did not merge into the new commune\'s province (Resolution 202/2025/QH15).',
  },
  new_province_mismatch: {
    vi: 'Tên tỉnh mới "{value}" khác với tỉnh của xã/phường mới trong danh mục.',
    en: 'New province name "{value}" differs from the new commune\'s province in the list.',
  },
  no_successor_found: {
    vi: 'Xã/phường đã sáp nhập trước 2025 nhưng chưa xác định được đơn vị kế thừa.',
    en: 'The commune merged before 2025 but no successor could be found.',
  },
  unknown_successor: {
    vi: 'Không có xã/phường mã "{value}" còn hiệu lực sau khi sáp nhập.',
    en: 'No commune with code "{value}" valid after the merger.',
  },
  lineage_exists: {
    vi: 'Liên kết kế thừa này đã có.',
    en: 'This lineage link already exists.',
  },
  unknown_indicator: { vi: 'Không có chỉ số "{value}".', en: 'No indicator "{value}".' },
  not_feature_collection: {
    vi: 'Tệp không phải GeoJSON FeatureCollection.',
    en: 'The file is not a GeoJSON FeatureCollection.',
  },
  empty: { vi: 'Tệp không có đối tượng nào.', en: 'The file holds no features.' },
  not_feature: { vi: 'Không phải một đối tượng GeoJSON (Feature).', en: 'Not a GeoJSON Feature.' },
  not_polygon: {
    vi: 'Hình không phải vùng (Polygon, MultiPolygon).',
    en: 'Not an area (Polygon, MultiPolygon).',
  },
  no_province_matched: {
    vi: 'Không đối tượng nào mang mã của một tỉnh, thành phố hiện nay (properties.code).',
    en: 'No feature carries the code of a current province (properties.code).',
  },
  plan_not_for_unit: {
    vi: 'Kế hoạch {value} không áp dụng cho đơn vị này.',
    en: 'Plan {value} does not apply to this unit.',
  },
  ends_before_start: {
    vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
    en: 'The end must come after the start.',
  },
  no_sessions: { vi: 'Lịch lặp không tạo ra buổi nào.', en: 'The repetition gives no session.' },
  too_many_sessions: {
    vi: 'Lịch lặp tạo quá nhiều buổi (tối đa {value}).',
    en: 'The repetition gives too many sessions (at most {value}).',
  },
  after_last_session: {
    vi: 'Hạn đăng ký phải trước khi buổi cuối kết thúc.',
    en: 'Registration must close before the last session ends.',
  },
  not_before_close: {
    vi: 'Ngày mở đăng ký phải trước ngày đóng đăng ký.',
    en: 'Registration must open before it closes.',
  },
  decision_before_nomination: {
    vi: 'Ngày quyết định ({value}) không được trước ngày đề nghị.',
    en: 'The decision date ({value}) cannot be before the nomination date.',
  },
  in_future: {
    vi: 'Ngày {value} chưa đến: không được sau ngày hôm nay.',
    en: 'The date {value} has not come yet: it cannot be after today.',
  },
  individual_needs_name: { vi: 'Cá nhân được đề nghị phải có họ tên.', en: 'An individual needs a name.' },
  unknown_evidence: {
    vi: 'Minh chứng "{value}" không có hoặc không thuộc đơn vị được đề nghị.',
    en: 'Evidence "{value}" does not exist or is not of the nominated unit.',
  },
  unknown_image: { vi: 'Không tìm thấy ảnh "{value}".', en: 'No image "{value}".' },
  not_an_image: {
    vi: 'Tệp "{value}" không phải ảnh PNG, JPEG, WebP hoặc GIF.',
    en: 'File "{value}" is not a PNG, JPEG, WebP or GIF image.',
  },
  image_too_large: {
    vi: 'Ảnh "{value}" quá lớn (tối đa 5 MB).',
    en: 'Image "{value}" is too large (at most 5 MB).',
  },
  file_empty: { vi: 'Tệp "{value}" không có nội dung.', en: 'File "{value}" is empty.' },
  too_many_files: { vi: 'Quá nhiều tệp.', en: 'Too many files.' },
  own_model: {
    vi: 'Đơn vị không thể nhân rộng mô hình của chính mình.',
    en: 'A unit cannot adopt its own model.',
  },
  already_adopted: {
    vi: 'Đơn vị "{value}" đã nhân rộng mô hình này.',
    en: 'Unit "{value}" has already adopted this model.',
  },
  not_published: {
    vi: 'Mô hình chưa được công bố.',
    en: 'The model has not been published.',
  },
  window_backwards: {
    vi: 'Thời điểm gỡ tin phải sau thời điểm đăng.',
    en: 'The end of the publish window must come after its start.',
  },
  unknown_observance: {
    vi: 'Ngày lễ "{value}" không có trong danh mục.',
    en: 'National day "{value}" is not in the catalogue.',
  },
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

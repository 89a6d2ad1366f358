import type { ErrorCode } from '../errors';

export type Lang = 'vi' | 'en';

/** What each error code says to a person, in both languages; the server and the UI both read this. */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Lang, string>> = {
  VALIDATION_FAILED: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The data sent is not valid.' },
  PAYLOAD_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The data sent is too large.' },
  UNSUPPORTED_FILE: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hoặc CSV.',
    en: 'The file is not an Excel (.xlsx) or CSV spreadsheet.',
  },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  INVALID_CREDENTIALS: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'The account is locked after too many failed sign-ins. Try again later.',
  },
  CSRF_INVALID: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'The session token is missing or wrong; reload the page.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  SETUP_DONE: { vi: 'Hệ thống đã được thiết lập.', en: 'The system is already set up.' },
  NOT_FOUND: { vi: 'Không tìm thấy.', en: 'Not found.' },
  DUPLICATE_CODE: { vi: 'Mã đã được sử dụng.', en: 'The code is already in use.' },
  PARENT_OUT_OF_VALIDITY: {
    vi: 'Đơn vị cấp trên không còn hiệu lực trong thời gian này.',
    en: 'The parent unit is not valid for this period.',
  },
  CYCLE_IN_TREE: {
    vi: 'Không thể đặt một đơn vị dưới chính đơn vị cấp dưới của nó.',
    en: 'A unit cannot be placed under its own descendant.',
  },
  INVALID_EVENT: { vi: 'Sự kiện sắp xếp đơn vị không hợp lệ.', en: 'The restructuring event is not valid.' },
  IMPORT_INVALID: {
    vi: 'Tệp có dòng lỗi; chưa có dữ liệu nào được nhập.',
    en: 'The file has bad rows; nothing was imported.',
  },
  WEAK_PASSWORD: {
    vi: 'Mật khẩu phải có ít nhất 10 ký tự.',
    en: 'The password must be at least 10 characters long.',
  },
  CONFLICT: {
    vi: 'Dữ liệu đã bị người khác thay đổi; vui lòng tải lại.',
    en: 'Someone else changed this record; reload it.',
  },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu; vui lòng thử lại sau.', en: 'Too many requests; try again later.' },
  INVALID_BACKUP: {
    vi: 'Tệp sao lưu không hợp lệ hoặc không khớp phiên bản.',
    en: 'The backup file is not valid or does not match this version.',
  },
  REFERENCE_DATA_MISSING: {
    vi: 'Chưa nạp dữ liệu danh mục (đơn vị cấp quốc gia); chưa thể tạo tài khoản.',
    en: 'The reference data (the country unit) is not loaded; accounts cannot be created yet.',
  },
  LAST_ADMIN_ROLE: {
    vi: 'Bạn không thể tự gỡ vai trò quản trị của mình hoặc tự khóa tài khoản của mình.',
    en: 'You cannot remove your own administrator role or deactivate your own account.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Vui lòng đổi mật khẩu trước khi tiếp tục.',
    en: 'Please change your password before continuing.',
  },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  REPORT_LOCKED: {
    vi: 'Báo cáo đã gửi, đã duyệt hoặc đã khóa nên không sửa được; cần cấp trên trả lại hoặc mở khóa.',
    en: 'The report is submitted, approved or locked and cannot be changed until it is returned or unlocked.',
  },
  REPORT_STATE: {
    vi: 'Thao tác này không áp dụng cho báo cáo ở trạng thái hiện tại.',
    en: 'This step does not apply to the report in its current status.',
  },
  REPORT_INVALID: {
    vi: 'Báo cáo còn lỗi cần sửa trước khi gửi.',
    en: 'The report has errors to fix before it can be submitted.',
  },
  CHILDREN_NOT_APPROVED: {
    vi: 'Chưa duyệt được: còn báo cáo của đơn vị cấp dưới chưa được duyệt.',
    en: 'Cannot approve yet: some reports of the units below are not approved.',
  },
  REGISTRATION_NOT_OPEN: {
    vi: 'Hoạt động chưa mở đăng ký.',
    en: 'Registration for this activity is not open yet.',
  },
  REGISTRATION_CLOSED: {
    vi: 'Hoạt động đã hết hạn đăng ký.',
    en: 'Registration for this activity has closed.',
  },
  REGISTRATION_NOT_REQUIRED: {
    vi: 'Hoạt động này không cần đăng ký: mời bạn đến trực tiếp.',
    en: 'This activity needs no registration: just come.',
  },
  ACTIVITY_ENDED: { vi: 'Hoạt động đã kết thúc.', en: 'The activity has ended.' },
  ACTIVITY_CANCELLED: { vi: 'Hoạt động đã bị hủy.', en: 'The activity was cancelled.' },
  ALREADY_REGISTERED: {
    vi: 'Thông tin liên hệ này đã đăng ký hoạt động (hoặc đang trong danh sách chờ).',
    en: 'This contact is already registered (or on the waitlist) for the activity.',
  },
  REGISTRATION_NOT_CONFIRMED: {
    vi: 'Mã này chưa có chỗ chính thức (đang chờ hoặc đã hủy) nên chưa điểm danh được.',
    en: 'This code holds no confirmed place (waitlisted or cancelled), so it cannot be checked in.',
  },
  ATTENDANCE_CLOSED: {
    vi: 'Hoạt động đã hoàn thành hoặc đã hủy: không ghi nhận điểm danh thêm.',
    en: 'The activity is completed or cancelled: no more attendance can be recorded.',
  },
  ACTIVITY_STATE: {
    vi: 'Thao tác này không áp dụng cho hoạt động ở trạng thái hiện tại.',
    en: 'This step does not apply to the activity in its current status.',
  },
  RECOGNITION_STATE: {
    vi: 'Thao tác này không áp dụng cho hồ sơ khen thưởng ở trạng thái hiện tại.',
    en: 'This step does not apply to the nomination in its current status.',
  },
  ARTICLE_STATE: {
    vi: 'Bước biên tập này không áp dụng cho tin bài ở trạng thái hiện tại.',
    en: 'This editorial step does not apply to the article in its current status.',
  },
  INTERNAL: { vi: 'Đã có lỗi xảy ra. Vui lòng thử lại.', en: 'Something went wrong. Please try again.' },
};

/** Picks the language from an Accept-Language header or a `lang` value; Vietnamese unless English is asked. */
export function pickLang(value: string | undefined | null): Lang {
  return value?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

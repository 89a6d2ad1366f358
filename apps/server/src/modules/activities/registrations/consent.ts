/**
 * Đồng ý xử lý dữ liệu cá nhân (Decree 13/2023/NĐ-CP, art. 11): what a registrant agrees to, shown beside the
 * consent box. Each registration stores the version it was given, so a changed text gets a new version and the
 * old registrations keep theirs. `{days}` is the retention period (REGISTRATION_RETENTION_DAYS): the decree wants
 * the person told how long their data is kept; use `consentText` to fill it in.
 */
export const CONSENT_VERSION = '2026-12-v1';

export const CONSENT_TEXT = {
  vi: {
    registration:
      'Tôi đồng ý để cơ sở tổ chức hoạt động và hệ thống Suốt Đời xử lý họ tên và một thông tin liên hệ (thư điện tử hoặc số điện thoại) của tôi, chỉ để đăng ký, giữ chỗ hoặc xếp hàng chờ, báo tin khi có chỗ hoặc khi hoạt động thay đổi, và điểm danh. Dữ liệu không được công khai hay chia sẻ cho bên khác và được tự động xóa {days} ngày sau khi hoạt động kết thúc. Tôi có thể hủy đăng ký bất cứ lúc nào bằng đường liên kết riêng được cấp.',
    keepRecord:
      'Tôi muốn lưu hồ sơ học tập ("Công dân học tập"): các hoạt động tôi tham dự và số giờ được ghi lại dưới mã băm của thông tin liên hệ; tôi xem, tải về và xóa hồ sơ này bằng đường liên kết riêng được cấp một lần.',
  },
  en: {
    registration:
      'I agree that the institution running this activity and the Suốt Đời system process my name and one contact (an e-mail address or a phone number) only to register me, hold my place or my place on the waitlist, tell me when a place frees up or the activity changes, and check me in. The data is never published or shared with anyone else and is erased automatically {days} days after the activity ends. I can cancel at any time through my own link.',
    keepRecord:
      'I want to keep a learning record ("Công dân học tập"): the activities I attend and their hours are kept under a hash of my contact; I see, download and delete the record through a link of my own, given once.',
  },
} as const;

export type ConsentPart = keyof (typeof CONSENT_TEXT)['vi'];

/** The consent text in one language with the retention period filled in. */
export function consentText(lang: 'vi' | 'en', part: ConsentPart, retentionDays: number): string {
  return CONSENT_TEXT[lang][part].replace('{days}', String(retentionDays));
}

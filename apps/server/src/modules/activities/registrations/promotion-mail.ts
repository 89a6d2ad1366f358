import type { Mail } from '../../reporting/reminders/mailer';

const WHEN = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * The e-mail to someone whose waitlisted registration just got a place: Vietnamese, then English. It carries
 * the check-in code but no link: only the hash of their link's secret is stored, so the link cannot be made
 * again (they have it from when they registered).
 */
export function promotionMail(
  to: string,
  code: string,
  activity: { title: string; startsAt: Date; institutionName: string },
): Mail {
  const when = WHEN.format(activity.startsAt);
  return {
    to,
    subject: `[Suốt Đời] Bạn đã có chỗ: ${activity.title}`,
    text: [
      `Một chỗ vừa trống và bạn đã được xác nhận tham gia "${activity.title}" (${activity.institutionName}), bắt đầu lúc ${when}.`,
      `Mã điểm danh của bạn: ${code}. Nếu không thể tham dự, vui lòng hủy đăng ký bằng đường liên kết bạn nhận khi đăng ký để nhường chỗ cho người khác.`,
      '---',
      `A place freed up and you are now confirmed for "${activity.title}" (${activity.institutionName}), starting ${when} (Vietnam time).`,
      `Your check-in code: ${code}. If you cannot come, please cancel through the link you got when you registered, so that someone else can take the place.`,
      '',
      'Suốt Đời',
    ].join('\n\n'),
  };
}

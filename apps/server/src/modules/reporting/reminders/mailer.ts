import { formatDateVi, formatPeriod, type NotificationKind, type NotificationParams } from '@suotdoi/shared';
import { createTransport } from 'nodemailer';

/** E-mail of notifications, through the SMTP server of SMTP_URL. Without it notifications stay in the app. */

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** An SMTP mailer: `smtpUrl` as nodemailer reads it (smtp://user:pass@host:587, smtps://… for TLS). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}

type Texts = { subject: string; body: string };

/** Vietnamese then English, since the server does not know which language a person reads. */
function textsOf(kind: NotificationKind, p: NotificationParams): { vi: Texts; en: Texts } {
  const periodVi = formatPeriod(p.period, 'vi');
  const periodEn = formatPeriod(p.period, 'en');
  const deadline = p.deadline ? formatDateVi(p.deadline) : '';
  const days = p.days ?? 0;
  switch (kind) {
    case 'due_soon':
      return {
        vi: {
          subject: `Sắp đến hạn báo cáo ${periodVi}: ${p.unitName}`,
          body: `Báo cáo ${periodVi} của ${p.unitName} đến hạn ngày ${deadline} (còn ${days} ngày làm việc) và chưa được gửi.`,
        },
        en: {
          subject: `Report due soon (${periodEn}): ${p.unitName}`,
          body: `The ${periodEn} report of ${p.unitName} is due on ${deadline} (${days} working days left) and has not been submitted.`,
        },
      };
    case 'overdue':
    case 'overdue_escalated':
      return {
        vi: {
          subject: `Quá hạn báo cáo ${periodVi}: ${p.unitName}`,
          body: `Báo cáo ${periodVi} của ${p.unitName} đã quá hạn ${days} ngày làm việc (hạn ${deadline}) và chưa được gửi.`,
        },
        en: {
          subject: `Report overdue (${periodEn}): ${p.unitName}`,
          body: `The ${periodEn} report of ${p.unitName} is ${days} working days past its deadline (${deadline}) and has not been submitted.`,
        },
      };
    case 'submitted':
      return {
        vi: {
          subject: `Báo cáo chờ phê duyệt: ${p.unitName} – ${periodVi}`,
          body: `${p.unitName} đã gửi báo cáo ${periodVi}; báo cáo đang chờ anh/chị phê duyệt.`,
        },
        en: {
          subject: `Report awaiting approval: ${p.unitName} – ${periodEn}`,
          body: `${p.unitName} submitted its ${periodEn} report; it awaits your approval.`,
        },
      };
    case 'returned':
      return {
        vi: {
          subject: `Báo cáo bị trả lại: ${p.unitName} – ${periodVi}`,
          body: `Báo cáo ${periodVi} của ${p.unitName} đã bị trả lại. Lý do: ${p.reason ?? ''}`,
        },
        en: {
          subject: `Report returned: ${p.unitName} – ${periodEn}`,
          body: `The ${periodEn} report of ${p.unitName} was returned. Reason: ${p.reason ?? ''}`,
        },
      };
    case 'approved':
      return {
        vi: {
          subject: `Báo cáo đã được phê duyệt: ${p.unitName} – ${periodVi}`,
          body: `Báo cáo ${periodVi} của ${p.unitName} đã được phê duyệt.`,
        },
        en: {
          subject: `Report approved: ${p.unitName} – ${periodEn}`,
          body: `The ${periodEn} report of ${p.unitName} was approved.`,
        },
      };
  }
}

/** The e-mail of one notification; `appUrl` (when known) links to the report. */
export function mailOf(
  to: string,
  kind: NotificationKind,
  params: NotificationParams,
  appUrl?: string,
): Mail {
  const { vi, en } = textsOf(kind, params);
  const link =
    appUrl && params.reportId !== null ? `\n\n${appUrl.replace(/\/$/, '')}/reports/${params.reportId}` : '';
  return {
    to,
    subject: `[Suốt Đời] ${vi.subject}`,
    text: `${vi.body}${link}\n\n---\n${en.subject}\n${en.body}\n\nSuốt Đời`,
  };
}

/** The configured mailer, or undefined without SMTP_URL (notifications then stay in the app). */
export function mailerFrom(config: { smtpUrl?: string; smtpFrom?: string }): Mailer | undefined {
  return config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.smtpFrom ?? 'Suốt Đời <no-reply@localhost>')
    : undefined;
}

import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deleteReportAttachment,
  downloadReportAttachment,
  type ReportDetail,
  uploadReportAttachments,
} from '../../api/reporting';
import { useErrorText } from '../../components/ErrorAlert';
import { formatDateTime, formatNumber } from '../../lib/format';
import { reportKeys } from './queries';

const MIME_OF: Record<string, string> = {
  pdf: '.pdf',
  docx: '.docx',
  xlsx: '.xlsx',
  jpg: '.jpg,.jpeg',
  png: '.png',
};

/** Tài liệu đính kèm: the report's files; upload and delete while the report can be edited. */
export function ReportAttachments({ detail }: { detail: ReportDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const inputId = useId();
  const limits = detail.form.attachments;
  const refresh = () => client.invalidateQueries({ queryKey: reportKeys.detail(detail.id) });
  const upload = useMutation({
    mutationFn: (files: File[]) => uploadReportAttachments(detail.id, files),
    onSuccess: () => {
      message.success(t('reporting.attachments.uploaded'));
      void refresh();
    },
    onError: (error) => message.error(errorText(error)),
  });
  const remove = useMutation({
    mutationFn: deleteReportAttachment,
    onSuccess: () => {
      message.success(t('reporting.attachments.deleted'));
      void refresh();
    },
    onError: (error) => message.error(errorText(error)),
  });
  const pick = (files: File[]) => {
    if (files.length === 0) return;
    if (detail.attachments.length + files.length > limits.maxFiles) {
      message.error(t('reporting.attachments.tooMany'));
      return;
    }
    const big = files.find((f) => f.size > limits.maxBytes);
    if (big) {
      message.error(t('reporting.attachments.tooBig', { name: big.name }));
      return;
    }
    upload.mutate(files);
  };
  if (limits.maxFiles === 0) return null;

  return (
    <Card
      size="small"
      title={t('reporting.attachments.title')}
      className="section"
      data-testid="report-attachments"
    >
      {detail.attachments.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('reporting.attachments.empty')}</Typography.Paragraph>
      ) : (
        <ul className="report-attachments">
          {detail.attachments.map((a) => (
            <li key={a.id}>
              <Button
                type="link"
                icon={<PaperClipOutlined />}
                onClick={() => downloadReportAttachment(a).catch((e) => message.error(errorText(e)))}
              >
                {a.name}
              </Button>
              <Typography.Text type="secondary">
                {formatNumber(a.size / 1024, i18n.language, 0)} kB · {formatDateTime(a.createdAt)}
              </Typography.Text>
              {detail.can.edit ? (
                <Popconfirm
                  title={t('reporting.attachments.deleteConfirm', { name: a.name })}
                  onConfirm={() => remove.mutate(a.id)}
                >
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('reporting.attachments.delete')}
                    className="no-print"
                  />
                </Popconfirm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {detail.can.edit ? (
        <div className="file-field no-print">
          <label htmlFor={inputId} className="file-field__label">
            {t('reporting.attachments.upload')}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={limits.types.map((type) => MIME_OF[type] ?? '').join(',')}
            disabled={upload.isPending}
            className="file-field__input"
            data-testid="attachments-input"
            aria-describedby={`${inputId}-help`}
            onChange={(e) => {
              pick(Array.from(e.target.files ?? []));
              e.target.value = '';
            }}
          />
          <Typography.Text type="secondary" id={`${inputId}-help`}>
            {t('reporting.attachments.limits', {
              n: limits.maxFiles,
              size: formatNumber(limits.maxBytes / (1024 * 1024), i18n.language, 1),
              types: limits.types.join(', '),
            })}
          </Typography.Text>
        </div>
      ) : null}
    </Card>
  );
}

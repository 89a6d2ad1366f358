import { PrinterOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentModel } from '../../api/documents';
import { formatDateTime } from '../../lib/format';
import { DocumentSheet } from './DocumentSheet';
import { GapsAlert } from './GapsAlert';

/**
 * The print view of a document tree, today's or a published copy's: on screen, the gaps and a print button above
 * the A4 sheet; on paper (or "Save as PDF"), the sheet alone on the decree's page.
 */
export function DocumentPrintView({
  model,
  note,
  actions,
}: {
  model: DocumentModel;
  /** Said above the sheet, e.g. that the figures were frozen at publishing. */
  note?: string;
  /** More buttons beside the print button (downloads). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="no-print section">
        <GapsAlert gaps={model.gaps} />
        <div className="doc-toolbar section">
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="document-print"
          >
            {t('documents.print.printButton')}
          </Button>
          {actions}
        </div>
        <Typography.Paragraph type="secondary">
          {note ? `${note} · ` : ''}
          {t('documents.print.generatedAt', { time: formatDateTime(model.generatedAt) })} ·{' '}
          {model.dataAsOf
            ? t('documents.print.dataAsOf', { time: formatDateTime(model.dataAsOf) })
            : t('documents.print.noDataYet')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('documents.print.help')}</Typography.Paragraph>
      </div>
      <div className="doc-desk">
        <DocumentSheet model={model} />
      </div>
    </>
  );
}

import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { downloadPublishedFile, type FigureChange } from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { DocumentPrintView } from './DocumentPrintView';
import { usePublishedDetail } from './queries';
import './documents.css';

/**
 * A published copy: who published it and when, its hash, its frozen DOCX and XLSX, what has changed in the data
 * since (or that nothing has), and the frozen document itself in the print view.
 */
export function PublishedDetailPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const detail = usePublishedDetail(Number.isInteger(id) && id > 0 ? id : undefined);
  const report = detail.data;

  const missing = <Typography.Text type="secondary">{t('documents.detail.missing')}</Typography.Text>;
  const columns: ColumnsType<FigureChange> = [
    {
      title: t('documents.detail.columns.label'),
      key: 'label',
      render: (_: unknown, c) => <span className="cell-wrap cell-wrap--wide">{c.label}</span>,
    },
    {
      title: t('documents.detail.columns.published'),
      key: 'published',
      align: 'right',
      render: (_: unknown, c) => c.published ?? missing,
    },
    {
      title: t('documents.detail.columns.current'),
      key: 'current',
      align: 'right',
      render: (_: unknown, c) => (c.current === null ? missing : <strong>{c.current}</strong>),
    },
  ];

  const downloads = report ? (
    <>
      <DownloadButton
        icon={<FileWordOutlined />}
        download={() => downloadPublishedFile(report, 'docx')}
        data-testid="published-detail-docx"
      >
        {t('documents.actions.docx')}
      </DownloadButton>
      <DownloadButton
        icon={<FileExcelOutlined />}
        download={() => downloadPublishedFile(report, 'xlsx')}
        data-testid="published-detail-xlsx"
      >
        {t('documents.actions.xlsx')}
      </DownloadButton>
    </>
  ) : null;

  return (
    <>
      <div className="no-print">
        <PageTitle
          title={report?.title ?? t('documents.detail.title')}
          subtitle={
            <Link to={report ? `/documents?unitId=${report.unitId}` : '/documents'}>
              <ArrowLeftOutlined aria-hidden /> {t('documents.print.back')}
            </Link>
          }
        />
      </div>
      {detail.isError ? <ErrorAlert error={detail.error} className="form-alert" /> : null}
      {detail.isPending ? <Spin size="large" className="page-spinner" /> : null}
      {report ? (
        <>
          <Card className="section no-print">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                {
                  key: 'kind',
                  label: t('documents.detail.kind'),
                  children: `${t(`documents.kinds.${report.kind}`)} ${report.year}`,
                },
                { key: 'unit', label: t('documents.detail.unit'), children: report.unitName },
                {
                  key: 'at',
                  label: t('documents.detail.publishedAt'),
                  children: <span data-testid="published-at">{formatDateTime(report.publishedAt)}</span>,
                },
                {
                  key: 'by',
                  label: t('documents.detail.publishedBy'),
                  children: report.publishedBy ?? missing,
                },
                {
                  key: 'hash',
                  label: t('documents.detail.hash'),
                  span: 'filled',
                  children: (
                    <code className="hash hash--full" data-testid="published-hash">
                      {report.contentHash}
                    </code>
                  ),
                },
              ]}
            />
            <Typography.Paragraph strong className="section">
              {t('documents.detail.downloads')}
            </Typography.Paragraph>
            <Space wrap>{downloads}</Space>
          </Card>
          <div className="no-print section" data-testid="published-changes">
            {report.upToDate ? (
              <Alert
                type="success"
                showIcon
                title={t('documents.detail.upToDate')}
                data-testid="published-up-to-date"
              />
            ) : (
              <Card title={<h2 className="card-heading">{t('documents.detail.changesTitle')}</h2>}>
                <Alert
                  type="warning"
                  showIcon
                  className="section"
                  title={t('documents.detail.changesHelp')}
                />
                {report.changes.length === 0 ? (
                  <Typography.Paragraph data-testid="published-text-changed">
                    {t('documents.detail.textChanged')}
                  </Typography.Paragraph>
                ) : (
                  <Table<FigureChange>
                    rowKey="key"
                    size="small"
                    columns={columns}
                    dataSource={report.changes}
                    pagination={clientPagination(report.changes.length)}
                    scroll={{ x: 'max-content' }}
                    onRow={(c) => ({ 'data-testid': `change-${c.key}` }) as HTMLAttributes<HTMLElement>}
                    locale={{ emptyText: t('common.noResults') }}
                    data-testid="published-changes-table"
                  />
                )}
              </Card>
            )}
          </div>
          <Typography.Title level={2} className="section-heading no-print">
            {t('documents.detail.frozenTitle')}
          </Typography.Title>
          <DocumentPrintView
            model={report.model}
            note={t('documents.print.frozen', { time: formatDateTime(report.publishedAt) })}
          />
        </>
      ) : null}
    </>
  );
}

import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { DOCUMENT_KINDS, type DocumentKind, todayInVietnam } from '@suotdoi/shared';
import { Card, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { downloadPublishedFile, type PublishedReport } from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter } from '../../components/Filters';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import {
  DEFAULT_SORT,
  filterPublished,
  PUBLISHED_SORT_KEYS,
  PUBLISHED_STATUSES,
  type PublishedRow,
  type PublishedSort,
  type PublishedSortKey,
  type PublishedStatus,
  publishedYears,
  shortHash,
  sortPublished,
  withStatus,
} from './published-rows';
import { usePublishedList, usePublishedStatuses } from './queries';

/** How many of the newest copies are compared with today's data (each comparison regenerates the document). */
export const STATUS_CHECKS = 20;

/** Status in words and colour; the text is the dark end of its palette, so small text keeps over 4.5:1. */
function StatusTag({ row, t }: { row: PublishedRow; t: TFunction }) {
  return (
    <Tag
      className={`published-status published-status--${row.status}`}
      data-testid={`published-status-${row.id}`}
      data-status={row.status}
    >
      {t(`documents.list.statuses.${row.status}`)}
    </Tag>
  );
}

function FileButtons({ row, isPhone }: { row: PublishedRow; isPhone: boolean }) {
  // A finger needs a bigger target than a mouse.
  const size = isPhone ? 'middle' : 'small';
  return (
    <Space size={4} wrap>
      <DownloadButton
        size={size}
        icon={<FileWordOutlined />}
        download={() => downloadPublishedFile(row, 'docx')}
        aria-label={`DOCX: ${row.title}`}
        data-testid={`published-docx-${row.id}`}
      >
        DOCX
      </DownloadButton>
      <DownloadButton
        size={size}
        icon={<FileExcelOutlined />}
        download={() => downloadPublishedFile(row, 'xlsx')}
        aria-label={`XLSX: ${row.title}`}
        data-testid={`published-xlsx-${row.id}`}
      >
        XLSX
      </DownloadButton>
    </Space>
  );
}

/**
 * Các văn bản đã công bố: a unit's published copies, newest first, each with its status against today's data and
 * its frozen files; filtered, sorted, exported to Excel and printed. A table on a desktop, cards on a phone.
 */
export function PublishedList({ unitId, unitCode }: { unitId: number; unitCode: string }) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { params, update, oneOf, positiveInt } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [sort, setSort] = useState<PublishedSort>(DEFAULT_SORT);
  const kind = oneOf<DocumentKind>('fkind', DOCUMENT_KINDS);
  const year = positiveInt('fyear');
  const status = oneOf<PublishedStatus>('fstatus', PUBLISHED_STATUSES);

  const list = usePublishedList(unitId);
  const reports: PublishedReport[] = list.data ?? [];
  const statuses = usePublishedStatuses(
    useMemo(() => reports.slice(0, STATUS_CHECKS).map((r) => r.id), [reports]),
  );
  const all = useMemo(() => withStatus(reports, statuses), [reports, statuses]);
  const rows = useMemo(
    () => sortPublished(filterPublished(all, { q: search, kind, year, status }), sort),
    [all, search, kind, year, status, sort],
  );
  const years = publishedYears(reports);

  const order = (key: PublishedSortKey): SortOrder => (sort.key === key ? sort.order : null);
  const sortable = (key: PublishedSortKey) => ({ key, sorter: true, sortOrder: order(key) });
  const kindName = (k: DocumentKind) => t(`documents.kinds.${k}`);

  const columns: ColumnsType<PublishedRow> = [
    {
      title: t('documents.list.columns.kind'),
      ...sortable('kind'),
      render: (_: unknown, r) => kindName(r.kind),
    },
    { title: t('documents.list.columns.year'), ...sortable('year'), render: (_: unknown, r) => r.year },
    {
      title: t('documents.list.columns.title'),
      ...sortable('title'),
      render: (_: unknown, r) => (
        <Link
          to={`/documents/published/${r.id}`}
          className="cell-wrap cell-wrap--wide"
          data-testid={`published-link-${r.id}`}
        >
          {r.title}
        </Link>
      ),
    },
    {
      title: t('documents.list.columns.publishedAt'),
      ...sortable('publishedAt'),
      render: (_: unknown, r) => <span className="cell-nowrap">{formatDateTime(r.publishedAt)}</span>,
    },
    {
      title: t('documents.list.columns.publishedBy'),
      ...sortable('publishedBy'),
      responsive: ['lg'],
      render: (_: unknown, r) => r.publishedBy ?? '',
    },
    {
      title: t('documents.list.columns.hash'),
      key: 'hash',
      responsive: ['lg'],
      render: (_: unknown, r) => (
        <code className="hash" title={r.contentHash}>
          {shortHash(r.contentHash)}
        </code>
      ),
    },
    {
      title: t('documents.list.columns.status'),
      ...sortable('status'),
      render: (_: unknown, r) => <StatusTag row={r} t={t} />,
    },
    {
      title: t('documents.list.columns.files'),
      key: 'files',
      className: 'no-print',
      render: (_: unknown, r) => <FileButtons row={r} isPhone={isPhone} />,
    },
  ];

  const exportRows = () =>
    downloadSheet(`cong-bo-${unitCode}-${todayInVietnam()}.xlsx`, t('documents.list.sheet'), [
      [
        t('documents.list.columns.kind'),
        t('documents.list.columns.year'),
        t('documents.list.columns.title'),
        t('documents.list.columns.lang'),
        t('documents.list.columns.publishedAt'),
        t('documents.list.columns.publishedBy'),
        t('documents.list.columns.hash'),
        t('documents.list.columns.status'),
      ],
      ...rows.map((r) => [
        kindName(r.kind),
        r.year,
        r.title,
        t(`documents.langs.${r.lang}`),
        formatDateTime(r.publishedAt),
        r.publishedBy ?? '',
        r.contentHash,
        t(`documents.list.statuses.${r.status}`),
      ]),
    ]);

  const tools = (
    <ExportPrintButtons
      className="no-print"
      download={exportRows}
      disabled={rows.length === 0}
      exportTestId="published-export"
      printTestId="published-print"
    />
  );

  return (
    <Card
      className="section print-table"
      title={<h2 className="card-heading">{t('documents.list.title')}</h2>}
      // On a phone the buttons go under the title, which would otherwise be cut short.
      extra={isPhone ? undefined : tools}
      data-testid="published-list"
    >
      {isPhone ? <div className="section">{tools}</div> : null}
      <div className="print-only print-header">
        <p>{t('common.printedOn', { date: formatDate(todayInVietnam()) })}</p>
      </div>
      <Space wrap className="filters no-print section" align="end">
        <Filter htmlFor="published-search" label={t('common.search')}>
          <SearchInput
            id="published-search"
            placeholder={t('documents.list.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              update({ q: v.trim() || undefined });
            }}
            style={{ width: 240 }}
          />
        </Filter>
        <Filter htmlFor="published-kind" label={t('documents.list.columns.kind')}>
          <Select
            id="published-kind"
            allowClear
            placeholder={t('common.all')}
            value={kind}
            onChange={(v) => update({ fkind: v })}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: kindName(k) }))}
            style={{ width: 190 }}
          />
        </Filter>
        <Filter htmlFor="published-year" label={t('documents.list.columns.year')}>
          <Select
            id="published-year"
            allowClear
            placeholder={t('common.all')}
            value={year}
            onChange={(v) => update({ fyear: v })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 120 }}
          />
        </Filter>
        <Filter htmlFor="published-status" label={t('documents.list.columns.status')}>
          <Select
            id="published-status"
            allowClear
            placeholder={t('common.all')}
            value={status}
            onChange={(v) => update({ fstatus: v })}
            options={PUBLISHED_STATUSES.map((s) => ({ value: s, label: t(`documents.list.statuses.${s}`) }))}
            style={{ width: 160 }}
          />
        </Filter>
        {isPhone ? (
          <Filter htmlFor="published-sort" label={t('documents.list.sort')}>
            <Select
              id="published-sort"
              value={`${sort.key}:${sort.order}`}
              onChange={(v: string) => {
                const [key, dir] = v.split(':') as [PublishedSortKey, PublishedSort['order']];
                setSort({ key, order: dir });
              }}
              options={PUBLISHED_SORT_KEYS.flatMap((key) =>
                (['descend', 'ascend'] as const).map((dir) => ({
                  value: `${key}:${dir}`,
                  label: `${t(`documents.list.columns.${key}`)} · ${t(dir === 'ascend' ? 'documents.list.ascending' : 'documents.list.descending')}`,
                })),
              )}
            />
          </Filter>
        ) : null}
      </Space>
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}
      {isPhone ? (
        <ul className="published-cards" aria-label={t('documents.list.title')}>
          {rows.length === 0 && !list.isPending ? (
            <li>
              <Typography.Text type="secondary">
                {reports.length === 0 ? t('documents.list.empty') : t('common.noResults')}
              </Typography.Text>
            </li>
          ) : null}
          {rows.map((r) => (
            <li key={r.id} data-testid={`published-row-${r.id}`}>
              <Card size="small" className="published-card">
                <Space size={4} wrap>
                  <Tag>{`${kindName(r.kind)} ${r.year}`}</Tag>
                  <StatusTag row={r} t={t} />
                </Space>
                <p className="published-card__title">
                  <Link to={`/documents/published/${r.id}`} data-testid={`published-link-${r.id}`}>
                    {r.title}
                  </Link>
                </p>
                <p className="published-card__meta">
                  {formatDateTime(r.publishedAt)}
                  {r.publishedBy ? ` · ${r.publishedBy}` : ''} ·{' '}
                  <code className="hash" title={r.contentHash}>
                    {shortHash(r.contentHash)}
                  </code>
                </p>
                <FileButtons row={r} isPhone={isPhone} />
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <Table<PublishedRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={clientPagination(rows.length, 20)}
          onChange={(_pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.columnKey as PublishedSortKey | undefined;
            setSort(s?.order && key ? { key, order: s.order } : DEFAULT_SORT);
          }}
          onRow={(r) => ({ 'data-testid': `published-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: reports.length === 0 ? t('documents.list.empty') : t('common.noResults') }}
        />
      )}
      <Typography.Paragraph type="secondary" className="section">
        {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
        {reports.length > STATUS_CHECKS ? ` · ${t('documents.list.statusHelp', { n: STATUS_CHECKS })}` : ''}
      </Typography.Paragraph>
    </Card>
  );
}

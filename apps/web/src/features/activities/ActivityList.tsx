import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityListQuery,
  type ActivityStatus,
  type ActivityType,
  todayInVietnam,
} from '@suotdoi/shared';
import { Card, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { type HTMLAttributes, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../api/activities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter, FilterBar, MoreFilters, PrintHeader } from '../../components/Filters';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { observanceCodeLabel } from '../plans/labels';
import { ActivityCommands } from './ActivityCommands';
import { ActivityStatusTag } from './ActivityStatusTag';
import {
  ACTIVITY_SORT_KEYS,
  type ActivitySort,
  type ActivitySortKey,
  activityExportRows,
  DEFAULT_ACTIVITY_SORT,
  sortActivities,
} from './activity-rows';
import { formatInstant } from './activity-time';
import { nextSession, placesText } from './labels';
import { useActivityList, useObservances } from './queries';

interface Props {
  /** The header's unit: activities of the institutions below it; null for all the person's units. */
  unitId: number | null;
  /** The unit's name, for the print header and the file name. */
  unitLabel: string | null;
  onEdit: (activity: Activity) => void;
  onCopied: (copy: Activity) => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The selected unit's activities: filtered on the server (status, type, dates, search), sorted here; a table on a
 * desktop, cards on a phone; exported to Excel and printed in the order shown.
 */
export function ActivityList({ unitId, unitLabel, onEdit, onCopied }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { params, update, oneOf } = useUrlParams();
  const status = oneOf<ActivityStatus>('status', ACTIVITY_STATUSES);
  const type = oneOf<ActivityType>('type', ACTIVITY_TYPES);
  const from = ISO.test(params.get('from') ?? '') ? params.get('from')! : undefined;
  const to = ISO.test(params.get('to') ?? '') ? params.get('to')! : undefined;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 350);
  const [sort, setSort] = useState<ActivitySort>(DEFAULT_ACTIVITY_SORT);
  const activeFilters = [status, type, from, to].filter(Boolean).length;
  // On a phone the filters beyond the search fold away (they would fill the first screen), unless one is set.

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || undefined });
  }, [q, params, update]);

  const query: ActivityListQuery = {
    ...(unitId ? { unitId } : {}),
    ...(status ? { status } : {}),
    ...(type ? { type } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(q ? { q } : {}),
  };
  const list = useActivityList(query);
  const observances = useObservances();
  const rows = useMemo(() => sortActivities(list.data ?? [], sort), [list.data, sort]);
  const filtered = !!(status || type || from || to || q);
  const manyInstitutions = new Set(rows.map((a) => a.institution.id)).size > 1;
  const emptyText = filtered ? t('activities.empty') : t('activities.emptyNone');
  const n = (v: number) => formatNumber(v, i18n.language);
  const observanceName = (code: string) =>
    observanceCodeLabel(code, observances.data?.find((o) => o.code === code)?.name, t, i18n.language);

  const order = (key: ActivitySortKey): SortOrder => (sort.key === key ? sort.order : null);
  const sortable = (key: ActivitySortKey) => ({ key, sorter: true, sortOrder: order(key) });
  const nextText = (a: Activity) => formatInstant(nextSession(a)?.startsAt ?? a.startsAt);
  const titleLink = (a: Activity) => (
    <Link
      to={`/activities/${a.id}`}
      className="cell-wrap cell-wrap--wide"
      data-testid={`activity-link-${a.id}`}
    >
      {a.title}
    </Link>
  );
  const commands = (a: Activity) => (
    <ActivityCommands activity={a} onEdit={onEdit} onCopied={onCopied} layout="menu" />
  );

  const columns: ColumnsType<Activity> = [
    { title: t('activities.columns.title'), ...sortable('title'), render: (_: unknown, a) => titleLink(a) },
    {
      title: t('activities.columns.type'),
      ...sortable('type'),
      render: (_: unknown, a) => <span className="cell-wrap">{t(`activities.types.${a.type}`)}</span>,
    },
    // One institution's staff see only theirs: the column would repeat one name on every row.
    ...(manyInstitutions
      ? [
          {
            title: t('activities.columns.institution'),
            ...sortable('institution'),
            responsive: ['lg' as const],
            render: (_: unknown, a: Activity) => <span className="cell-wrap">{a.institution.name}</span>,
          },
        ]
      : []),
    {
      title: t('activities.columns.next'),
      ...sortable('next'),
      render: (_: unknown, a) => <span className="cell-nowrap">{nextText(a)}</span>,
    },
    {
      title: t('activities.columns.audiences'),
      key: 'audiences',
      responsive: ['xxl'],
      render: (_: unknown, a) => (
        <span className="cell-wrap">{a.audiences.map((x) => t(`activities.audiences.${x}`)).join(', ')}</span>
      ),
    },
    {
      title: t('activities.columns.observance'),
      key: 'observance',
      responsive: ['xxl'],
      render: (_: unknown, a) =>
        a.observanceCode ? <span className="cell-wrap">{observanceName(a.observanceCode)}</span> : null,
    },
    {
      title: t('activities.columns.places'),
      ...sortable('places'),
      align: 'right',
      render: (_: unknown, a) => (
        <span data-testid={`activity-places-${a.id}`}>
          {placesText(a, n)}
          {a.capacity === null ? (
            <Typography.Text type="secondary"> · {t('activities.unlimitedShort')}</Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('activities.columns.waitlist'),
      ...sortable('waitlist'),
      align: 'right',
      render: (_: unknown, a) => n(a.counts.waitlisted),
    },
    {
      title: t('activities.columns.status'),
      ...sortable('status'),
      render: (_: unknown, a) => <ActivityStatusTag status={a.status} testId={`activity-status-${a.id}`} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      className: 'no-print',
      render: (_: unknown, a) => commands(a),
    },
  ];

  const exportRows = () =>
    downloadSheet(
      `hoat-dong-${todayInVietnam()}.xlsx`,
      t('activities.sheet'),
      activityExportRows(rows, { t, observanceName }),
    );

  const filterSummary = [
    unitLabel,
    status ? `${t('activities.columns.status')}: ${t(`activities.statuses.${status}`)}` : null,
    type ? `${t('activities.columns.type')}: ${t(`activities.types.${type}`)}` : null,
    from || to ? `${t('activities.filters.dates')}: ${formatDate(from)} – ${formatDate(to)}` : null,
    q ? `${t('common.search')}: “${q}”` : null,
  ].filter(Boolean);

  return (
    <>
      <FilterBar>
        <Filter htmlFor="activity-search" label={t('common.search')}>
          <SearchInput
            id="activity-search"
            data-testid="activity-search"
            placeholder={t('activities.filters.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            loading={list.isFetching && !!q}
            style={{ width: 260 }}
          />
        </Filter>
        <MoreFilters
          id="activity-more-filters"
          isPhone={isPhone}
          active={activeFilters}
          label={
            activeFilters > 0
              ? t('activities.filters.moreActive', { n: activeFilters })
              : t('activities.filters.more')
          }
          testId="activity-more-filters"
        >
          <Filter htmlFor="activity-status-filter" label={t('activities.columns.status')}>
            <Select
              id="activity-status-filter"
              data-testid="activity-status-filter"
              allowClear
              placeholder={t('common.all')}
              value={status}
              onChange={(v) => update({ status: v })}
              options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))}
              style={{ width: 170 }}
            />
          </Filter>
          <Filter htmlFor="activity-type-filter" label={t('activities.columns.type')}>
            <Select
              id="activity-type-filter"
              data-testid="activity-type-filter"
              allowClear
              placeholder={t('common.all')}
              value={type}
              onChange={(v) => update({ type: v })}
              options={ACTIVITY_TYPES.map((x) => ({ value: x, label: t(`activities.types.${x}`) }))}
              style={{ width: 220 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="activity-from" label={t('activities.filters.from')}>
            <IsoDatePicker
              placeholder="dd/mm/yyyy"
              id="activity-from"
              data-testid="activity-from"
              value={from ?? null}
              onChange={(v) => update({ from: v ?? undefined })}
              style={{ width: 150 }}
            />
          </Filter>
          <Filter htmlFor="activity-to" label={t('activities.filters.to')}>
            <IsoDatePicker
              placeholder="dd/mm/yyyy"
              id="activity-to"
              data-testid="activity-to"
              value={to ?? null}
              onChange={(v) => update({ to: v ?? undefined })}
              style={{ width: 150 }}
            />
          </Filter>
        </MoreFilters>
        {isPhone ? (
          <Filter htmlFor="activity-sort" label={t('activities.filters.sort')}>
            <Select
              id="activity-sort"
              value={`${sort.key}:${sort.order}`}
              onChange={(v: string) => {
                const [key, dir] = v.split(':') as [ActivitySortKey, ActivitySort['order']];
                setSort({ key, order: dir });
              }}
              options={ACTIVITY_SORT_KEYS.flatMap((key) =>
                (['ascend', 'descend'] as const).map((dir) => ({
                  value: `${key}:${dir}`,
                  label: `${t(`activities.sortKeys.${key}`)} · ${t(`activities.filters.${dir}`)}`,
                })),
              )}
            />
          </Filter>
        ) : null}
        <ExportPrintButtons
          download={exportRows}
          disabled={rows.length === 0}
          exportTestId="activity-export"
          printTestId="activity-print"
        />
      </FilterBar>

      <PrintHeader filters={filterSummary} />
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}

      {isPhone ? (
        <ul className="activity-cards" aria-label={t('activities.title')} data-testid="activity-cards">
          {rows.length === 0 && !list.isPending ? (
            <li>
              <Typography.Text type="secondary">{emptyText}</Typography.Text>
            </li>
          ) : null}
          {rows.map((a) => (
            <li key={a.id} data-testid={`activity-row-${a.id}`}>
              <Card size="small" className="activity-card">
                <Space size={4} wrap>
                  <ActivityStatusTag status={a.status} testId={`activity-status-${a.id}`} />
                  <Tag>{t(`activities.types.${a.type}`)}</Tag>
                </Space>
                <p className="activity-card__title">{titleLink(a)}</p>
                <p className="activity-card__meta">
                  {nextText(a)}
                  {manyInstitutions ? ` · ${a.institution.name}` : ''}
                </p>
                <p className="activity-card__meta">
                  {t('activities.columns.places')}: {placesText(a, n)}
                  {a.capacity === null ? ` (${t('activities.unlimitedShort')})` : ''} ·{' '}
                  {t('activities.columns.waitlist')}: {n(a.counts.waitlisted)}
                  {a.observanceCode ? ` · ${observanceName(a.observanceCode)}` : ''}
                </p>
                {commands(a)}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <div className="print-table" data-testid="activity-table">
          <Table<Activity>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={clientPagination(rows.length)}
            onChange={(_p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = s?.columnKey as ActivitySortKey | undefined;
              setSort(s?.order && key ? { key, order: s.order } : DEFAULT_ACTIVITY_SORT);
            }}
            onRow={(a) => ({ 'data-testid': `activity-row-${a.id}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: list.isPending ? t('common.loading') : emptyText }}
          />
        </div>
      )}
      <Typography.Paragraph type="secondary" className="section">
        {t('common.totalRows', { n: n(rows.length) })}
      </Typography.Paragraph>
    </>
  );
}

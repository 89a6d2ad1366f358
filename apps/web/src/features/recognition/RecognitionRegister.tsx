import {
  RECOGNITION_FORMS,
  RECOGNITION_STATUSES,
  type RecognitionForm,
  type RecognitionStatus,
  todayInVietnam,
} from '@suotdoi/shared';
import { Card, Grid, Select, Table, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { type HTMLAttributes, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recognition } from '../../api/recognition';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter, FilterBar, MoreFilters, PrintHeader } from '../../components/Filters';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { formLabel, nomineeDetail, nomineeName, shortReason } from './labels';
import { useRegister } from './queries';
import { RecognitionStatusTag } from './RecognitionStatusTag';
import {
  countByStatus,
  DEFAULT_REGISTER_SORT,
  decisionText,
  filterByFormAndName,
  REGISTER_SORT_KEYS,
  type RegisterSort,
  type RegisterSortKey,
  registerExportRows,
  sortRegister,
} from './recognition-rows';
import { StatusCounts } from './StatusCounts';

interface Props {
  /** The header's unit: nominees in its subtree; null for everything in the person's scope. */
  unitId: number | null;
  /** The unit's name, for the print header. */
  unitLabel: string | null;
  year: number;
  years: readonly number[];
  onYear: (year: number) => void;
  onOpen: (r: Recognition) => void;
}

/**
 * Sổ khen thưởng: the year's nominations of the unit's subtree, read once and filtered here (status, form, the
 * nominee's name), so the counts per status above the table stay whole while a status is picked. A table on a
 * desktop, cards on a phone; exported to Excel and printed in the order shown.
 */
export function RecognitionRegister({ unitId, unitLabel, year, years, onYear, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { params, update, oneOf } = useUrlParams();
  const status = oneOf<RecognitionStatus>('status', RECOGNITION_STATUSES);
  const form = oneOf<RecognitionForm>('form', RECOGNITION_FORMS);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 250);
  const [sort, setSort] = useState<RegisterSort>(DEFAULT_REGISTER_SORT);
  const activeFilters = [status, form].filter(Boolean).length;

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || undefined });
  }, [q, params, update]);

  const list = useRegister({ ...(unitId ? { unitId } : {}), year });
  const base = useMemo(() => filterByFormAndName(list.data ?? [], { form, q }), [list.data, form, q]);
  const counts = useMemo(() => countByStatus(base), [base]);
  const rows = useMemo(
    () => sortRegister(status ? base.filter((r) => r.status === status) : base, sort),
    [base, status, sort],
  );
  const filtered = !!(status || form || q);
  const emptyText = filtered ? t('recognition.empty') : t('recognition.emptyNone', { year });
  const n = (v: number) => formatNumber(v, i18n.language);

  const order = (key: RegisterSortKey): SortOrder => (sort.key === key ? sort.order : null);
  const sortable = (key: RegisterSortKey) => ({ key, sorter: true, sortOrder: order(key) });

  const openParams = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('open', String(id));
    return next.toString();
  };
  /** The name (opens the detail), then the kind with an individual's position and unit, then the reason cut short. */
  const nominee = (r: Recognition, reasonLength: number) => {
    const detail = [t(`recognition.kinds.${r.nomineeKind}`), nomineeDetail(r)].filter(Boolean).join(' · ');
    return (
      <span className="recognition-nominee">
        <Typography.Link
          // A real address: the link is in the Tab order, and Ctrl+click opens the nomination in a new tab.
          href={`?${openParams(r.id)}`}
          onClick={(e) => {
            e.stopPropagation();
            if (e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            onOpen(r);
          }}
          aria-label={t('recognition.actions.open', { name: nomineeName(r) })}
          className="recognition-nominee__name"
          data-testid={`recognition-open-${r.id}`}
        >
          {nomineeName(r)}
        </Typography.Link>
        <span className="recognition-nominee__detail">{detail}</span>
        <span className="recognition-nominee__reason" title={r.reason}>
          {shortReason(r.reason, reasonLength)}
        </span>
      </span>
    );
  };
  const decision = (r: Recognition) =>
    r.decisionNumber ? (
      <span className="recognition-decision">
        <span>{r.decisionNumber}</span>
        <span className="recognition-decision__date">{formatDate(r.decisionDate)}</span>
      </span>
    ) : null;

  const columns: ColumnsType<Recognition> = [
    {
      title: t('recognition.columns.nominee'),
      ...sortable('nominee'),
      render: (_: unknown, r) => nominee(r, 90),
    },
    {
      title: t('recognition.columns.form'),
      ...sortable('form'),
      render: (_: unknown, r) => <span className="recognition-form-cell">{formLabel(r.form, t)}</span>,
    },
    { title: t('recognition.columns.year'), ...sortable('year'), render: (_: unknown, r) => r.year },
    {
      title: t('recognition.columns.nominatedOn'),
      ...sortable('nominatedOn'),
      render: (_: unknown, r) => <span className="cell-nowrap">{formatDate(r.nominatedOn)}</span>,
    },
    {
      title: t('recognition.columns.status'),
      ...sortable('status'),
      render: (_: unknown, r) => (
        <RecognitionStatusTag status={r.status} testId={`recognition-status-${r.id}`} />
      ),
    },
    {
      title: t('recognition.columns.decision'),
      ...sortable('decision'),
      render: (_: unknown, r) => decision(r),
    },
  ];

  const exportRows = () =>
    downloadSheet(
      `so-khen-thuong-${year}-${todayInVietnam()}.xlsx`,
      t('recognition.sheet'),
      registerExportRows(rows, t),
    );

  const filterSummary = [
    unitLabel,
    `${t('recognition.filters.year')}: ${year}`,
    status ? `${t('recognition.columns.status')}: ${t(`recognition.statuses.${status}`)}` : null,
    form ? `${t('recognition.columns.form')}: ${formLabel(form, t)}` : null,
    q ? `${t('common.search')}: “${q}”` : null,
  ].filter(Boolean);

  return (
    <>
      <FilterBar>
        <Filter htmlFor="recognition-year" label={t('recognition.filters.year')}>
          <Select<number>
            id="recognition-year"
            data-testid="recognition-year"
            value={year}
            onChange={onYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        </Filter>
        <Filter htmlFor="recognition-search" label={t('common.search')}>
          <SearchInput
            id="recognition-search"
            data-testid="recognition-search"
            placeholder={t('recognition.filters.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            style={{ width: 240 }}
          />
        </Filter>
        <MoreFilters
          id="recognition-more-filters"
          isPhone={isPhone}
          active={activeFilters}
          label={
            activeFilters > 0
              ? t('recognition.filters.moreActive', { n: activeFilters })
              : t('recognition.filters.more')
          }
          testId="recognition-more-filters"
        >
          <Filter htmlFor="recognition-status-filter" label={t('recognition.columns.status')}>
            <Select
              id="recognition-status-filter"
              data-testid="recognition-status-filter"
              allowClear
              placeholder={t('common.all')}
              value={status}
              onChange={(v) => update({ status: v })}
              options={RECOGNITION_STATUSES.map((s) => ({
                value: s,
                label: t(`recognition.statuses.${s}`),
              }))}
              style={{ width: 170 }}
            />
          </Filter>
          <Filter htmlFor="recognition-form-filter" label={t('recognition.columns.form')}>
            <Select
              id="recognition-form-filter"
              data-testid="recognition-form-filter"
              allowClear
              placeholder={t('common.all')}
              value={form}
              onChange={(v) => update({ form: v })}
              options={RECOGNITION_FORMS.map((f) => ({ value: f, label: formLabel(f, t) }))}
              style={{ width: 260, maxWidth: '100%' }}
              popupMatchSelectWidth={false}
            />
          </Filter>
        </MoreFilters>
        {isPhone ? (
          <Filter htmlFor="recognition-sort" label={t('recognition.filters.sort')}>
            <Select
              id="recognition-sort"
              value={`${sort.key}:${sort.order}`}
              onChange={(v: string) => {
                const [key, dir] = v.split(':') as [RegisterSortKey, RegisterSort['order']];
                setSort({ key, order: dir });
              }}
              options={REGISTER_SORT_KEYS.flatMap((key) =>
                (['ascend', 'descend'] as const).map((dir) => ({
                  value: `${key}:${dir}`,
                  label: `${t(`recognition.columns.${key}`)} · ${t(`recognition.filters.${dir}`)}`,
                })),
              )}
              style={{ width: 240 }}
            />
          </Filter>
        ) : null}
        <ExportPrintButtons
          download={exportRows}
          disabled={rows.length === 0}
          exportTestId="recognition-export"
          printTestId="recognition-print"
        />
      </FilterBar>

      <StatusCounts counts={counts} active={status} onToggle={(s) => update({ status: s })} />

      <PrintHeader filters={filterSummary} />
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}

      {isPhone ? (
        <ul className="recognition-cards" aria-label={t('recognition.sheet')} data-testid="recognition-cards">
          {rows.length === 0 ? (
            <li>
              <Typography.Text type="secondary">
                {list.isPending ? t('common.loading') : emptyText}
              </Typography.Text>
            </li>
          ) : null}
          {rows.map((r) => (
            <li key={r.id} data-testid={`recognition-row-${r.id}`}>
              <Card size="small" className="recognition-card">
                <RecognitionStatusTag status={r.status} testId={`recognition-status-${r.id}`} />
                <div className="recognition-card__title">{nominee(r, 120)}</div>
                <p className="recognition-card__meta">
                  {formLabel(r.form, t)} · {r.year}
                </p>
                <p className="recognition-card__meta">
                  {t('recognition.columns.nominatedOn')}: {formatDate(r.nominatedOn)}
                  {r.decisionNumber ? ` · ${t('recognition.columns.decision')}: ${decisionText(r)}` : ''}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <div className="print-table" data-testid="recognition-table">
          <Table<Recognition>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={clientPagination(rows.length)}
            rowClassName={() => 'recognition-row'}
            onChange={(_p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = s?.columnKey as RegisterSortKey | undefined;
              setSort(s?.order && key ? { key, order: s.order } : DEFAULT_REGISTER_SORT);
            }}
            onRow={(r) =>
              ({
                'data-testid': `recognition-row-${r.id}`,
                onClick: () => onOpen(r),
              }) as HTMLAttributes<HTMLElement>
            }
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

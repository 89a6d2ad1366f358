import { CONTENT_TOPICS, GOOD_MODEL_STATUSES, todayInVietnam } from '@suotdoi/shared';
import { Card, Empty, Grid, Pagination, Radio, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter, FilterBar, MoreFilters, PrintHeader } from '../../components/Filters';
import { SearchInput } from '../../components/SearchInput';
import { foldFilter } from '../../lib/fold-filter';
import { formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { categoryLabel, categoryOptions } from '../institutions/categories';
import {
  activeFilterCount,
  type CatalogueFilters,
  catalogueExportRows,
  filtersFromParams,
  filtersToParams,
  listQueries,
  mergeModels,
  SORTS,
  sortModels,
} from './catalogue';
import { GoodModelCard } from './GoodModelCard';
import { topicLabel } from './labels';
import { useGoodModelLists } from './queries';

interface Props {
  /** The units "my units" means: the header's unit, or every unit the person's roles are on. */
  myUnitIds: readonly number[];
  /** Their name for the print header ("Quảng Ninh", or none for all of them). */
  myUnitsLabel: string | null;
  /** Writers may filter by status (their drafts). */
  canWrite: boolean;
}

const PAGE_SIZE = 24;

/**
 * The catalogue: filters in the URL (topic, category, search without diacritics, scope, status, order), the
 * models as cards (one column on a phone), exported to Excel and printed in the order shown.
 */
export function GoodModelCatalogue({ myUnitIds, myUnitsLabel, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { params, update } = useUrlParams();
  const filters = filtersFromParams(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const q = useDebounced(search.trim(), 350);
  const [page, setPage] = useState(1);
  const active = activeFilterCount(filters);
  // On a phone the filters beyond the search fold away (they would fill the first screen), unless one is set.

  const set = (patch: Partial<CatalogueFilters>) => {
    setPage(1);
    update(filtersToParams({ ...filters, ...patch }));
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) {
      setPage(1);
      update({ q: q || undefined });
    }
  }, [q, params, update]);

  const queries = listQueries({ ...filters, q: q || undefined }, myUnitIds);
  const lists = useGoodModelLists(queries);
  const isPending = lists.some((l) => l.isPending);
  const isFetching = lists.some((l) => l.isFetching);
  const error = lists.find((l) => l.isError)?.error;
  const rows = sortModels(mergeModels(lists.map((l) => l.data)), filters.sort);
  const onPage = (i: number) => i >= (page - 1) * PAGE_SIZE && i < page * PAGE_SIZE;
  const narrowed = !!(filters.topic || filters.category || filters.status || q);

  const exportRows = () =>
    downloadSheet(
      `mo-hinh-hay-${todayInVietnam()}.xlsx`,
      t('goodModels.sheet'),
      catalogueExportRows(rows, { t, language: i18n.language, origin: window.location.origin }),
    );

  const filterSummary = [
    filters.scope === 'mine'
      ? `${t('goodModels.filters.scope')}: ${myUnitsLabel ?? t('goodModels.filters.scopes.mine')}`
      : null,
    filters.topic ? `${t('goodModels.columns.topic')}: ${topicLabel(filters.topic, t)}` : null,
    filters.category
      ? `${t('goodModels.columns.categories')}: ${categoryLabel(filters.category, i18n.language)}`
      : null,
    filters.status
      ? `${t('goodModels.columns.status')}: ${t(`goodModels.statuses.${filters.status}`)}`
      : null,
    q ? `${t('common.search')}: “${q}”` : null,
  ].filter(Boolean);

  return (
    <>
      <FilterBar>
        <Filter htmlFor="gm-search" label={t('common.search')}>
          <SearchInput
            id="gm-search"
            data-testid="gm-search"
            placeholder={t('goodModels.filters.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            loading={isFetching && !!q}
            style={{ width: 280 }}
          />
        </Filter>
        <MoreFilters
          id="gm-more-filters"
          isPhone={isPhone}
          active={active}
          label={
            active > 0 ? t('goodModels.filters.moreActive', { n: active }) : t('goodModels.filters.more')
          }
          testId="gm-more-filters"
        >
          {myUnitIds.length > 0 ? (
            <div className="filter">
              <span className="filter__label" id="gm-scope-label">
                {t('goodModels.filters.scope')}
              </span>
              <Radio.Group
                aria-labelledby="gm-scope-label"
                optionType="button"
                value={filters.scope}
                onChange={(e) => set({ scope: e.target.value })}
                options={(['all', 'mine'] as const).map((s) => ({
                  value: s,
                  label: t(`goodModels.filters.scopes.${s}`),
                }))}
                data-testid="gm-scope"
              />
            </div>
          ) : null}
          <Filter htmlFor="gm-topic-filter" label={t('goodModels.columns.topic')}>
            <Select
              id="gm-topic-filter"
              data-testid="gm-topic-filter"
              allowClear
              placeholder={t('common.all')}
              value={filters.topic}
              onChange={(v) => set({ topic: v })}
              options={CONTENT_TOPICS.map((x) => ({ value: x, label: topicLabel(x, t) }))}
              style={{ width: 230 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="gm-category-filter" label={t('goodModels.filters.category')}>
            <Select
              id="gm-category-filter"
              data-testid="gm-category-filter"
              allowClear
              placeholder={t('common.all')}
              value={filters.category}
              onChange={(v) => set({ category: v })}
              showSearch={{ filterOption: foldFilter }}
              options={categoryOptions(t, i18n.language)}
              style={{ width: 260 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          {canWrite ? (
            <Filter htmlFor="gm-status-filter" label={t('goodModels.columns.status')}>
              <Select
                id="gm-status-filter"
                data-testid="gm-status-filter"
                allowClear
                placeholder={filters.scope === 'all' ? t('goodModels.statuses.published') : t('common.all')}
                value={filters.status}
                onChange={(v) => set({ status: v })}
                options={GOOD_MODEL_STATUSES.map((s) => ({
                  value: s,
                  label: t(`goodModels.statuses.${s}`),
                }))}
                style={{ width: 160 }}
              />
            </Filter>
          ) : null}
        </MoreFilters>
        <Filter htmlFor="gm-sort" label={t('goodModels.filters.sort')}>
          <Select
            id="gm-sort"
            data-testid="gm-sort"
            value={filters.sort}
            onChange={(v) => set({ sort: v })}
            options={SORTS.map((s) => ({ value: s, label: t(`goodModels.filters.sorts.${s}`) }))}
            style={{ width: 240 }}
          />
        </Filter>
        <ExportPrintButtons
          download={exportRows}
          disabled={rows.length === 0}
          exportTestId="gm-export"
          printTestId="gm-print"
        />
      </FilterBar>

      <PrintHeader filters={filterSummary} />
      {error ? <ErrorAlert error={error} className="form-alert" /> : null}

      {isPending && rows.length === 0 ? (
        <Spin size="large" className="page-spinner" />
      ) : rows.length === 0 ? (
        <Card>
          <Empty
            description={
              filters.scope === 'mine' && myUnitIds.length === 0
                ? t('goodModels.emptyNoUnits')
                : narrowed
                  ? t('goodModels.empty')
                  : filters.scope === 'mine'
                    ? t('goodModels.emptyMine')
                    : t('goodModels.emptyNone')
            }
          />
        </Card>
      ) : (
        <ul
          className="gm-cards"
          aria-label={t('goodModels.title')}
          aria-busy={isFetching}
          data-testid="gm-cards"
        >
          {/* Every card is there, the other pages' hidden on screen, so that printing prints the whole list. */}
          {rows.map((m, i) => (
            <li key={m.id} className={onPage(i) ? undefined : 'gm-off-page'}>
              <GoodModelCard model={m} />
            </li>
          ))}
        </ul>
      )}
      {rows.length > PAGE_SIZE ? (
        <Pagination
          className="section no-print gm-pagination"
          current={page}
          pageSize={PAGE_SIZE}
          total={rows.length}
          showSizeChanger={false}
          onChange={(p) => {
            setPage(p);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : null}
      {isPending && rows.length === 0 ? null : (
        <Typography.Paragraph type="secondary" className="section">
          {t('common.totalRows', { n: formatNumber(rows.length, i18n.language) })}
        </Typography.Paragraph>
      )}
    </>
  );
}

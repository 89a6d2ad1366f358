import {
  ARTICLE_STATUSES,
  type ArticleListQuery,
  type ArticleStatus,
  CONTENT_TOPICS,
  type ContentTopic,
  todayInVietnam,
} from '@suotdoi/shared';
import { Card, Grid, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { type HTMLAttributes, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Article } from '../../api/articles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportPrintButtons, Filter, FilterBar, MoreFilters, PrintHeader } from '../../components/Filters';
import { SearchInput } from '../../components/SearchInput';
import { foldFilter } from '../../lib/fold-filter';
import { formatDateTime, formatNumber } from '../../lib/format';
import { clientPagination } from '../../lib/table';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { useObservances } from '../activities/queries';
import { observanceCodeLabel, observanceLabel } from '../plans/labels';
import { ArticleStatusTag } from './ArticleStatusTag';
import {
  ARTICLE_SORT_KEYS,
  type ArticleSort,
  type ArticleSortKey,
  articleExportRows,
  countByStatus,
  DEFAULT_ARTICLE_SORT,
  filterArticles,
  sortArticles,
} from './article-rows';
import { useArticleList } from './queries';

interface Props {
  /** The header's unit: the articles of its subtree; null for every unit in the person's scope. */
  unitId: number | null;
  /** Its name, for the print header. */
  unitLabel: string | null;
}

const TABS = ['all', ...ARTICLE_STATUSES] as const;

/**
 * The articles of the selected unit's subtree: tabs by status with their counts, search on the server, topic and
 * national day filters and sorting here; a table on a desktop, cards on a phone; exported and printed as shown.
 */
export function ArticleList({ unitId, unitLabel }: Props) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { params, update, oneOf } = useUrlParams();
  const status = oneOf<ArticleStatus>('status', ARTICLE_STATUSES);
  const topic = oneOf<ContentTopic>('topic', CONTENT_TOPICS);
  const observanceCode = params.get('day') || undefined;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 350);
  const [sort, setSort] = useState<ArticleSort>(DEFAULT_ARTICLE_SORT);
  const activeFilters = [topic, observanceCode].filter(Boolean).length;

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || undefined });
  }, [q, params, update]);

  const query: ArticleListQuery = { ...(unitId ? { unitId } : {}), ...(q ? { q } : {}) };
  const list = useArticleList(query);
  const observances = useObservances();
  const observanceName = (code: string) =>
    observanceCodeLabel(code, observances.data?.find((o) => o.code === code)?.name, t, i18n.language);
  const topicName = (x: ContentTopic) => t(`goodModels.topics.${x}`);
  const n = (v: number) => formatNumber(v, i18n.language);

  // The tabs count what the other filters leave, so a count always matches the rows its tab shows.
  const matching = useMemo(
    () => filterArticles(list.data ?? [], { topic, observanceCode }),
    [list.data, topic, observanceCode],
  );
  const counts = countByStatus(matching);
  const rows = sortArticles(status ? matching.filter((a) => a.status === status) : matching, sort, {
    observance: observanceName,
    topic: topicName,
  });
  const filtered = !!(status || topic || observanceCode || q);
  const emptyText = filtered ? t('articles.empty') : t('articles.emptyNone');
  const manyUnits = new Set(rows.map((a) => a.unit.id)).size > 1;

  const order = (key: ArticleSortKey): SortOrder => (sort.key === key ? sort.order : null);
  const sortable = (key: ArticleSortKey) => ({ key, sorter: true, sortOrder: order(key) });
  const titleLink = (a: Article) => (
    <Link
      to={`/articles/${a.id}`}
      className="cell-wrap article-title-cell"
      data-testid={`article-link-${a.id}`}
    >
      {a.title}
    </Link>
  );

  const columns: ColumnsType<Article> = [
    { title: t('articles.columns.title'), ...sortable('title'), render: (_: unknown, a) => titleLink(a) },
    ...(manyUnits
      ? [
          {
            title: t('articles.columns.unit'),
            ...sortable('unit'),
            render: (_: unknown, a: Article) => (
              <span className="cell-wrap article-unit-cell">{a.unit.name}</span>
            ),
          },
        ]
      : []),
    {
      title: t('articles.columns.status'),
      ...sortable('status'),
      render: (_: unknown, a) => (
        <ArticleStatusTag article={a} showFeatured testId={`article-status-${a.id}`} />
      ),
    },
    {
      title: t('articles.columns.observance'),
      ...sortable('observance'),
      responsive: ['xxl'],
      render: (_: unknown, a) =>
        a.observanceCode ? <span className="cell-wrap">{observanceName(a.observanceCode)}</span> : null,
    },
    {
      title: t('articles.columns.topic'),
      ...sortable('topic'),
      responsive: ['xxl'],
      render: (_: unknown, a) => (a.topic ? <span className="cell-wrap">{topicName(a.topic)}</span> : null),
    },
    {
      title: t('articles.columns.author'),
      ...sortable('author'),
      responsive: ['xxl'],
      render: (_: unknown, a) => <span className="cell-wrap">{a.author}</span>,
    },
    {
      title: t('articles.columns.updatedAt'),
      ...sortable('updated'),
      render: (_: unknown, a) => <DateTimeCell value={a.updatedAt} />,
    },
    {
      title: t('articles.columns.publishedAt'),
      ...sortable('published'),
      render: (_: unknown, a) => <DateTimeCell value={a.publishedAt} />,
    },
  ];

  const exportRows = () =>
    downloadSheet(
      `tin-bai-${todayInVietnam()}.xlsx`,
      t('articles.sheet'),
      articleExportRows(rows, { t, observanceName, origin: window.location.origin }),
    );

  const filterSummary = [
    unitLabel,
    status ? `${t('articles.columns.status')}: ${t(`articles.statuses.${status}`)}` : null,
    topic ? `${t('articles.columns.topic')}: ${topicName(topic)}` : null,
    observanceCode ? `${t('articles.columns.observance')}: ${observanceName(observanceCode)}` : null,
    q ? `${t('common.search')}: “${q}”` : null,
  ].filter(Boolean);

  return (
    <>
      <Tabs
        className="no-print article-tabs"
        activeKey={status ?? 'all'}
        onChange={(key) => update({ status: key === 'all' ? undefined : key })}
        items={TABS.map((key) => ({
          key,
          label: (
            <span data-testid={`article-tab-${key}`}>
              {t('articles.tabCount', {
                label: key === 'all' ? t('common.all') : t(`articles.statuses.${key}`),
                n: n(counts[key]),
              })}
            </span>
          ),
        }))}
      />
      <FilterBar>
        <Filter htmlFor="article-search" label={t('common.search')}>
          <SearchInput
            id="article-search"
            data-testid="article-search"
            placeholder={t('articles.filters.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            loading={list.isFetching && !!q}
            style={{ width: 260 }}
          />
        </Filter>
        <MoreFilters
          id="article-more-filters"
          isPhone={isPhone}
          active={activeFilters}
          label={
            activeFilters > 0
              ? t('articles.filters.moreActive', { n: activeFilters })
              : t('articles.filters.more')
          }
        >
          <Filter htmlFor="article-topic-filter" label={t('articles.columns.topic')}>
            <Select
              id="article-topic-filter"
              data-testid="article-topic-filter"
              allowClear
              placeholder={t('common.all')}
              value={topic}
              onChange={(v) => update({ topic: v })}
              options={CONTENT_TOPICS.map((x) => ({ value: x, label: topicName(x) }))}
              style={{ width: 220 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
          <Filter htmlFor="article-day-filter" label={t('articles.columns.observance')}>
            <Select
              id="article-day-filter"
              data-testid="article-day-filter"
              allowClear
              showSearch={{ filterOption: foldFilter }}
              placeholder={t('common.all')}
              value={observanceCode}
              onChange={(v) => update({ day: v })}
              options={(observances.data ?? []).map((o) => ({
                value: o.code,
                label: observanceLabel(o, t, i18n.language),
              }))}
              style={{ width: 260 }}
              popupMatchSelectWidth={false}
            />
          </Filter>
        </MoreFilters>
        {isPhone ? (
          <Filter htmlFor="article-sort" label={t('articles.filters.sort')}>
            <Select
              id="article-sort"
              value={`${sort.key}:${sort.order}`}
              onChange={(v: string) => {
                const [key, dir] = v.split(':') as [ArticleSortKey, ArticleSort['order']];
                setSort({ key, order: dir });
              }}
              options={ARTICLE_SORT_KEYS.flatMap((key) =>
                (['ascend', 'descend'] as const).map((dir) => ({
                  value: `${key}:${dir}`,
                  label: `${t(`articles.sortKeys.${key}`)} · ${t(`articles.filters.${dir}`)}`,
                })),
              )}
            />
          </Filter>
        ) : null}
        <ExportPrintButtons
          download={exportRows}
          disabled={rows.length === 0}
          exportTestId="article-export"
          printTestId="article-print"
        />
      </FilterBar>

      <PrintHeader filters={filterSummary} />
      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}

      {isPhone ? (
        <ul className="article-cards" aria-label={t('articles.title')} data-testid="article-cards">
          {rows.length === 0 ? (
            <li>
              <Typography.Text type="secondary">
                {list.isPending ? t('common.loading') : emptyText}
              </Typography.Text>
            </li>
          ) : null}
          {rows.map((a) => (
            <li key={a.id} data-testid={`article-row-${a.id}`}>
              <Card size="small" className="article-card">
                <ArticleStatusTag article={a} showFeatured testId={`article-status-${a.id}`} />
                <p className="article-card__title">{titleLink(a)}</p>
                <p className="article-card__meta">
                  {[manyUnits ? a.unit.name : null, a.author].filter(Boolean).join(' · ')}
                </p>
                <p className="article-card__meta">
                  {[
                    a.topic ? topicName(a.topic) : null,
                    a.observanceCode ? observanceName(a.observanceCode) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="article-card__meta">
                  {a.publishedAt
                    ? `${t('articles.columns.publishedAt')}: ${formatDateTime(a.publishedAt)}`
                    : `${t('articles.columns.updatedAt')}: ${formatDateTime(a.updatedAt)}`}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <div className="print-table" data-testid="article-table">
          <Table<Article>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={clientPagination(rows.length)}
            onChange={(_p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = s?.columnKey as ArticleSortKey | undefined;
              setSort(s?.order && key ? { key, order: s.order } : DEFAULT_ARTICLE_SORT);
            }}
            onRow={(a) => ({ 'data-testid': `article-row-${a.id}` }) as HTMLAttributes<HTMLElement>}
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

/** A time in a narrow column: the date, then the time under it (dd/mm/yyyy HH:mm in Vietnam). */
function DateTimeCell({ value }: { value: string | null }) {
  const [date, time] = formatDateTime(value).split(' ');
  if (!date) return null;
  return (
    <time dateTime={value ?? undefined} className="article-time-cell">
      {date}
      <br />
      <Typography.Text type="secondary">{time}</Typography.Text>
    </time>
  );
}

import { isIsoDate, todayInVietnam, type Unit } from '@suotdoi/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listChildren, listUnits } from '../../api/units';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatNumber } from '../../lib/format';
import { rankSearchResults, sortUnits, unitHref } from '../../lib/units';
import { useDebounced } from '../../lib/use-debounced';

/** The day before the 2025 reform: the last day of 63 provinces with districts. */
export const BEFORE_REFORM = '2024-06-30';

/** The "as of" date of a units page: `?asOf=YYYY-MM-DD`, today in Vietnam when absent or malformed. */
export function useAsOf(): [string, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && isIsoDate(raw) ? raw : todayInVietnam();
  const setAsOf = (next: string) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        copy.set('asOf', next);
        return copy;
      },
      { replace: true },
    );
  return [asOf, setAsOf];
}

export function AsOfBar({ asOf, onChange }: { asOf: string; onChange: (next: string) => void }) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  return (
    <Space wrap align="center" className="asof-bar">
      <label htmlFor="asof-input" className="asof-bar__label">
        {t('units.asOf')}
      </label>
      <IsoDatePicker
        id="asof-input"
        value={asOf}
        onChange={(next) => next && onChange(next)}
        allowClear={false}
        data-testid="asof-picker"
      />
      <Button
        onClick={() => onChange(BEFORE_REFORM)}
        data-testid="asof-2024"
        aria-pressed={asOf === BEFORE_REFORM}
      >
        {formatDate(BEFORE_REFORM)}
      </Button>
      <Button onClick={() => onChange(today)} data-testid="asof-today" aria-pressed={asOf === today}>
        {t('units.today')}
      </Button>
    </Space>
  );
}

function NodeTitle({ unit, asOf }: { unit: Unit; asOf: string }) {
  const { t } = useTranslation();
  return (
    <span className="unit-node">
      <Link to={unitHref(unit, asOf)} tabIndex={-1}>
        {unit.name}
      </Link>{' '}
      <Typography.Text type="secondary" className="unit-node__meta">
        {unit.typeName || t(`units.levels.${unit.level}`)} · {unit.code}
      </Typography.Text>
    </span>
  );
}

interface TreeProps {
  roots: Unit[];
  asOf: string;
}

/**
 * The hierarchy as of one date; a node's children load when it is opened (a province has up to a few hundred
 * communes, the whole country 10,000+). Keyboard: arrows move and open, Enter opens the unit's page.
 */
function UnitTree({ roots, asOf }: TreeProps) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [children, setChildren] = useState<Record<string, Unit[]>>({});

  const treeData = useMemo(() => {
    const toNode = (unit: Unit): DataNode & { unit: Unit } => {
      const loaded = children[unit.id];
      return {
        key: String(unit.id),
        title: <NodeTitle unit={unit} asOf={asOf} />,
        unit,
        isLeaf: unit.childCount === 0 || (loaded !== undefined && loaded.length === 0),
        children: loaded?.map(toNode),
      };
    };
    return roots.map(toNode);
  }, [roots, children, asOf]);

  const loadData = async (node: EventDataNode<DataNode>) => {
    const id = Number(node.key);
    if (children[id]) return;
    try {
      const list = await client.fetchQuery({
        queryKey: ['unit-children', id, asOf],
        queryFn: ({ signal }) => listChildren(id, asOf, signal),
        staleTime: 60_000,
      });
      setChildren((prev) => ({ ...prev, [id]: sortUnits(list) }));
    } catch (error) {
      message.error(errorText(error));
      throw error;
    }
  };

  return (
    <div data-testid="unit-tree">
      <Tree
        treeData={treeData}
        loadData={loadData}
        showLine
        blockNode
        onSelect={(_keys, info) => {
          const unit = (info.node as DataNode & { unit?: Unit }).unit;
          if (unit) navigate(unitHref(unit, asOf));
        }}
      />
    </div>
  );
}

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useAsOf();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);

  useEffect(() => {
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (q) copy.set('q', q);
        else copy.delete('q');
        return copy;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const provinces = useQuery({
    queryKey: ['units', 'provinces', asOf],
    queryFn: ({ signal }) => listUnits({ level: 'province', asOf }, signal),
    staleTime: 60_000,
  });
  const results = useQuery({
    queryKey: ['units', 'search', q, asOf],
    queryFn: ({ signal }) => listUnits({ q, asOf, limit: 50 }, signal),
    enabled: q.length >= 1,
    staleTime: 60_000,
  });
  const roots = useMemo(() => sortUnits(provinces.data ?? []), [provinces.data]);

  return (
    <>
      <PageTitle title={t('units.title')} />
      <Card className="section">
        <AsOfBar asOf={asOf} onChange={setAsOf} />
        <div className="units-summary">
          <Typography.Text strong data-testid="province-count" aria-live="polite">
            {provinces.data
              ? t('units.provinceCount', {
                  count: provinces.data.length,
                  n: formatNumber(provinces.data.length, i18n.language),
                })
              : '…'}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t('units.asOfDate', { date: formatDate(asOf) })}
          </Typography.Text>
        </div>
        <label htmlFor="unit-search" className="visually-hidden">
          {t('units.search')}
        </label>
        <SearchInput
          id="unit-search"
          placeholder={t('units.searchPlaceholder')}
          value={search}
          onChange={setSearch}
          loading={results.isFetching}
          data-testid="unit-search"
          className="units-search"
        />
      </Card>

      {q ? (
        <Card className="section" title={t('units.searchResults', { q })}>
          {results.isError ? <ErrorAlert error={results.error} /> : null}
          <List
            data-testid="unit-search-results"
            loading={results.isPending && results.isFetching}
            dataSource={rankSearchResults(results.data ?? [], q)}
            locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
            renderItem={(unit) => (
              <List.Item>
                <List.Item.Meta
                  title={<Link to={unitHref(unit, asOf)}>{unit.name}</Link>}
                  description={
                    <Space wrap size={4}>
                      <Tag>{unit.typeName || t(`units.levels.${unit.level}`)}</Tag>
                      <span>
                        {t('units.code')}: {unit.code}
                      </span>
                      {unit.validTo ? (
                        <Tag color="default">{t('units.until', { date: formatDate(unit.validTo) })}</Tag>
                      ) : null}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}

      <Card className="section" title={t('units.treeTitle')}>
        {provinces.isError ? <ErrorAlert error={provinces.error} /> : null}
        {provinces.isError ? null : provinces.isPending ? (
          <Spin />
        ) : roots.length === 0 ? (
          <Empty description={t('units.noUnits')} />
        ) : (
          <UnitTree key={asOf} roots={roots} asOf={asOf} />
        )}
      </Card>
    </>
  );
}

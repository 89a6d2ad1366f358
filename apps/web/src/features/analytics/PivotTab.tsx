import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { Alert, Checkbox, Segmented, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { useUrlParams } from '../../lib/use-url-params';
import { downloadSheet } from '../../lib/xlsx';
import { langOf } from '../institutions/categories';
import type { AnalyticsContext } from './context';
import { parseList, parseYears, selectableYears } from './defaults';
import { formatFigure } from './format';
import {
  downloadText,
  normaliseLayout,
  PIVOT_DIMS,
  type PivotDim,
  type PivotRow,
  pivotFigures,
  pivotSheet,
  toCsv,
  withoutEmptyRows,
} from './pivot';
import { useFigures } from './queries';

type PivotScope = 'self' | 'children';

/**
 * Bảng tổng hợp: indicators × units × years for the chosen unit or the units below it, turned as the reader
 * likes (one dimension across, one down, the third nested in the rows), and taken away as CSV or XLSX.
 */
export function PivotTab({ context }: { context: AnalyticsContext }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { params, update, oneOf } = useUrlParams();
  const { unitId, unit, year, asOf, rows: targets, indicators } = context;
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const planIndicators = useMemo(() => [...new Set(targets.map((r) => r.indicator))], [targets]);
  const chosen = parseList(params.get('pind')) ?? planIndicators;
  const years = parseYears(params.get('pyears')) ?? [year - 2, year - 1, year].filter((y) => y >= 2020);
  const scope: PivotScope = oneOf<PivotScope>('pscope', ['self', 'children']) ?? 'children';
  const rowsDim = oneOf<PivotDim>('prows', PIVOT_DIMS) ?? 'unit';
  const colsDim = oneOf<PivotDim>('pcols', PIVOT_DIMS) ?? 'year';
  const layout = useMemo(() => normaliseLayout(rowsDim, colsDim), [rowsDim, colsDim]);
  const keepEmpty = params.get('pempty') === '1';
  const belowScope = unit?.level === 'commune' || unit?.level === 'district' ? 'institutions' : 'children';

  const figures = useFigures(
    chosen.length > 0
      ? { unitId, years, indicators: chosen, scope: scope === 'self' ? 'self' : belowScope, asOf }
      : undefined,
    { live: false },
  );
  const byCode = useMemo(() => new Map(indicators.map((i) => [i.code, i])), [indicators]);
  const pivot = useMemo(() => {
    if (!figures.data) return null;
    const names = new Map(figures.data.units.map((u) => [u.id, u.name]));
    const all = pivotFigures(figures.data, layout, {
      indicator: (code) => byCode.get(code)?.name[langOf(lang)] ?? code,
      unit: (id) => names.get(id) ?? `#${id}`,
    });
    return keepEmpty ? all : withoutEmptyRows(all);
  }, [figures.data, layout, byCode, lang, keepEmpty]);

  const dimName = (d: PivotDim) => t(`analytics.pivot.dims.${d}`);
  const columns: ColumnsType<PivotRow> = pivot
    ? [
        {
          title: dimName(pivot.dims[0]),
          key: 'outer',
          fixed: 'left',
          render: (_: unknown, r) => <span className="cell-wrap">{r.labels[0]}</span>,
        },
        {
          title: dimName(pivot.dims[1]),
          key: 'inner',
          render: (_: unknown, r) => <span className="cell-wrap">{r.labels[1]}</span>,
        },
        ...pivot.columns.map((c, i) => ({
          title: <span className="cell-wrap">{c.label}</span>,
          key: `c-${c.key}`,
          align: 'right' as const,
          render: (_: unknown, r: PivotRow) => {
            const cell = r.cells[i]!;
            return cell.value === null ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              formatFigure(cell.value, byCode.get(cell.indicator)?.unit ?? 'number', lang)
            );
          },
        })),
      ]
    : [];

  const stem = `tong-hop-${unit?.code ?? unitId}-${todayInVietnam()}`;
  const sheet = () => (pivot ? pivotSheet(pivot, dimName) : []);

  return (
    <>
      <Space wrap align="end" className="section no-print analytics-toolbar">
        <Filter htmlFor="pivot-indicators" label={t('analytics.filters.indicator')}>
          <Select<string[]>
            id="pivot-indicators"
            data-testid="pivot-indicators"
            mode="multiple"
            value={chosen}
            onChange={(v) => update({ pind: v.join(',') || undefined })}
            options={indicators.map((i) => ({ value: i.code, label: i.name[langOf(lang)] }))}
            maxTagCount="responsive"
            maxTagTextLength={24}
            popupMatchSelectWidth={false}
            style={{ width: 340, maxWidth: '100%' }}
          />
        </Filter>
        <Filter htmlFor="pivot-years" label={t('analytics.filters.years')}>
          <Select<number[]>
            id="pivot-years"
            data-testid="pivot-years"
            mode="multiple"
            value={years}
            onChange={(v) => update({ pyears: [...v].sort((a, b) => a - b).join(',') || undefined })}
            options={selectableYears(currentYear).map((y) => ({ value: y, label: String(y) }))}
            maxTagCount="responsive"
            style={{ width: 240, maxWidth: '100%' }}
          />
        </Filter>
        <Filter htmlFor="pivot-scope" label={t('analytics.filters.scope')}>
          <Segmented<PivotScope>
            id="pivot-scope"
            value={scope}
            onChange={(v) => update({ pscope: v === 'children' ? undefined : v })}
            options={(['children', 'self'] as const).map((s) => ({
              value: s,
              label: t(`analytics.pivot.scopes.${s}`),
            }))}
          />
        </Filter>
        <Filter htmlFor="pivot-rows" label={t('analytics.filters.rows')}>
          <Select<PivotDim>
            id="pivot-rows"
            data-testid="pivot-rows"
            value={layout.rows}
            onChange={(v) => update({ prows: v, pcols: normaliseLayout(v, layout.cols).cols })}
            options={PIVOT_DIMS.map((d) => ({ value: d, label: dimName(d) }))}
            style={{ width: 130 }}
          />
        </Filter>
        <Filter htmlFor="pivot-cols" label={t('analytics.filters.columns')}>
          <Select<PivotDim>
            id="pivot-cols"
            data-testid="pivot-cols"
            value={layout.cols}
            onChange={(v) => update({ pcols: v })}
            options={PIVOT_DIMS.filter((d) => d !== layout.rows).map((d) => ({
              value: d,
              label: dimName(d),
            }))}
            style={{ width: 130 }}
          />
        </Filter>
        <Checkbox
          checked={!keepEmpty}
          onChange={(e) => update({ pempty: e.target.checked ? undefined : '1' })}
          data-testid="pivot-hide-empty"
        >
          {t('analytics.pivot.hideEmpty')}
        </Checkbox>
        <DownloadButton
          icon={<FileTextOutlined />}
          download={async () => downloadText(`${stem}.csv`, toCsv(sheet()))}
          disabled={!pivot || pivot.rows.length === 0}
          data-testid="pivot-csv"
        >
          {t('analytics.exportCsv')}
        </DownloadButton>
        <DownloadButton
          icon={<FileExcelOutlined />}
          download={() => downloadSheet(`${stem}.xlsx`, t('analytics.sheets.pivot'), sheet())}
          disabled={!pivot || pivot.rows.length === 0}
          data-testid="pivot-xlsx"
        >
          {t('common.exportExcel')}
        </DownloadButton>
      </Space>
      {chosen.length === 0 ? (
        <Alert type="info" showIcon title={t('analytics.pivot.pickIndicators')} />
      ) : null}
      {figures.isError ? <ErrorAlert error={figures.error} className="form-alert" /> : null}
      <div className="print-table" data-testid="pivot-table">
        <Table<PivotRow>
          rowKey="key"
          size="small"
          bordered
          columns={columns}
          dataSource={pivot?.rows ?? []}
          loading={figures.isPending && figures.fetchStatus !== 'idle'}
          scroll={{ x: 'max-content' }}
          pagination={(pivot?.rows.length ?? 0) > 100 ? { pageSize: 100, showSizeChanger: false } : false}
          locale={{ emptyText: t('analytics.noData') }}
        />
      </div>
    </>
  );
}

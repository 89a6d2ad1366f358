import { FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { INSTITUTION_SORTS, type Institution, todayInVietnam } from '@suotdoi/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { exportInstitutions, type InstitutionListParams, listInstitutions } from '../../api/institutions';
import { listUnits } from '../../api/units';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Filter, FilterBar, PrintButton, PrintHeader } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { useSelectedUnit } from '../../components/selected-unit';
import { foldFilter } from '../../lib/fold-filter';
import { formatDate, formatNumber } from '../../lib/format';
import { sortUnits } from '../../lib/units';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { useCan } from '../auth/session';
import { categoryLabel, categoryOptions, isCategory } from './categories';

type Sort = (typeof INSTITUTION_SORTS)[number];
const PAGE_SIZES = [20, 50, 100, 200];

/** The list's state lives in the URL, so a filtered page can be bookmarked, shared and reloaded. */
function useListParams() {
  const { params, update, positiveInt: num } = useUrlParams({ pageKey: 'page' });
  const sort = params.get('sort');
  const order = params.get('order');
  const category = params.get('category');
  const pageSize = num('pageSize');
  const value: Required<Pick<InstitutionListParams, 'sort' | 'order' | 'page' | 'pageSize'>> &
    Pick<InstitutionListParams, 'q' | 'category' | 'provinceId'> = {
    q: params.get('q') ?? undefined,
    category: isCategory(category) ? category : undefined,
    provinceId: num('provinceId'),
    sort: (INSTITUTION_SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'name',
    order: order === 'desc' ? 'desc' : 'asc',
    page: num('page') ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : 50,
  };
  return [value, update] as const;
}

export function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('institution.write');
  const { unitId, unit, setUnitId } = useSelectedUnit();
  const [params, update] = useListParams();
  const [search, setSearch] = useState(params.q ?? '');
  const q = useDebounced(search.trim(), 350);

  useEffect(() => {
    if ((params.q ?? '') !== q) update({ q: q || undefined });
  }, [q, params.q, update]);

  const query: InstitutionListParams = { ...params, unitId: unitId ?? undefined };
  const list = useQuery({
    queryKey: ['institutions', 'list', query],
    queryFn: ({ signal }) => listInstitutions(query, signal),
    placeholderData: keepPreviousData,
  });
  const provinces = useQuery({
    queryKey: ['units', 'provinces', todayInVietnam()],
    queryFn: ({ signal }) => listUnits({ level: 'province', asOf: todayInVietnam() }, signal),
    staleTime: 5 * 60_000,
  });

  const sortOrder = (key: Sort) =>
    params.sort === key ? (params.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;

  const columns: ColumnsType<Institution> = [
    {
      title: t('institutions.fields.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
    },
    {
      title: t('institutions.fields.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, row) => (
        <>
          <Link to={`/institutions/${row.id}`} onClick={(e) => e.stopPropagation()}>
            {name}
          </Link>
          {row.isDemo ? (
            <Tag color="orange" className="demo-tag">
              {t('institutions.demo')}
            </Tag>
          ) : null}
          {row.validTo ? <Tag>{t('institutions.closedOn', { date: formatDate(row.validTo) })}</Tag> : null}
        </>
      ),
    },
    {
      title: t('institutions.fields.category'),
      dataIndex: 'category',
      key: 'category',
      sorter: true,
      sortOrder: sortOrder('category'),
      render: (c: string) => <span className="cell-wrap">{categoryLabel(c, i18n.language)}</span>,
    },
    {
      title: t('institutions.fields.province'),
      dataIndex: 'provinceName',
      key: 'province',
      sorter: true,
      sortOrder: sortOrder('province'),
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('institutions.fields.parentId'),
      dataIndex: 'parentName',
      key: 'parent',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('institutions.fields.managingAgencyId'),
      dataIndex: 'managingAgencyName',
      key: 'agency',
      responsive: ['lg'],
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('institutions.fields.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      responsive: ['xl'],
      render: (v: string) => formatDate(v),
    },
  ];

  const exportExcel = () => {
    const { page: _p, pageSize: _s, ...filters } = query;
    return exportInstitutions(filters);
  };

  const total = list.data?.total ?? 0;
  const provinceName = provinces.data?.find((p) => p.id === params.provinceId)?.name;
  const filterSummary = [
    unit ? `${t('layout.unitPicker')}: ${unit.unitName}` : null,
    params.q ? `${t('common.search')}: “${params.q}”` : null,
    params.category
      ? `${t('institutions.fields.category')}: ${categoryLabel(params.category, i18n.language)}`
      : null,
    provinceName ? `${t('institutions.fields.province')}: ${provinceName}` : null,
  ].filter(Boolean);

  return (
    <>
      <PageTitle
        title={t('institutions.title')}
        extra={
          <Space wrap>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/institutions/new')}
                data-testid="institution-new"
              >
                {t('common.new')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/institutions/import')}
                data-testid="institution-import"
              >
                {t('institutions.import')}
              </Button>
            ) : null}
            <DownloadButton
              icon={<FileExcelOutlined />}
              download={exportExcel}
              data-testid="institution-export"
            >
              {t('common.exportExcel')}
            </DownloadButton>
            <PrintButton testId="institution-print" />
          </Space>
        }
      />

      <FilterBar>
        <Filter htmlFor="institution-search" label={t('common.search')}>
          <SearchInput
            id="institution-search"
            data-testid="institution-search"
            placeholder={t('institutions.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            loading={list.isFetching && !!q}
            style={{ width: 280 }}
          />
        </Filter>
        <Filter htmlFor="institution-category" label={t('institutions.fields.category')}>
          <Select
            id="institution-category"
            data-testid="institution-category"
            allowClear
            placeholder={t('common.all')}
            value={params.category}
            onChange={(v) => update({ category: v })}
            options={categoryOptions(t, i18n.language)}
            showSearch={{ filterOption: foldFilter }}
            style={{ width: 280 }}
            popupMatchSelectWidth={false}
          />
        </Filter>
        <Filter htmlFor="institution-province" label={t('institutions.fields.province')}>
          <Select<number>
            id="institution-province"
            data-testid="institution-province"
            allowClear
            placeholder={t('common.all')}
            value={params.provinceId}
            onChange={(v) => update({ provinceId: v })}
            loading={provinces.isPending}
            options={sortUnits(provinces.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            showSearch={{ filterOption: foldFilter }}
            style={{ width: 220 }}
          />
        </Filter>
        {unit ? (
          <div className="filter" data-testid="institution-unit-filter">
            <span className="filter__label">{t('layout.unitPicker')}</span>
            <Space size={4}>
              <Tag color="blue">{unit.unitName}</Tag>
              <Button type="link" size="small" onClick={() => setUnitId(null)}>
                {t('institutions.allUnits')}
              </Button>
            </Space>
          </div>
        ) : null}
      </FilterBar>

      <PrintHeader filters={filterSummary} />

      {list.isError ? <ErrorAlert error={list.error} className="form-alert" /> : null}
      <div data-testid="institutions-table" className="print-table">
        <Table<Institution>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({
            onClick: () => navigate(`/institutions/${row.id}`),
            className: 'clickable-row',
          })}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n) => t('common.totalRows', { n: formatNumber(n, i18n.language) }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Institution> | undefined;
              const key = s?.order ? (s.columnKey as Sort) : undefined;
              update({ sort: key, order: key && s?.order === 'descend' ? 'desc' : undefined });
              return;
            }
            update(
              {
                page: pagination.current && pagination.current > 1 ? pagination.current : undefined,
                pageSize: pagination.pageSize === 50 ? undefined : pagination.pageSize,
              },
              false,
            );
          }}
        />
      </div>
      <Typography.Paragraph type="secondary" className="print-only">
        {t('common.totalRows', { n: formatNumber(total, i18n.language) })}
      </Typography.Paragraph>
    </>
  );
}

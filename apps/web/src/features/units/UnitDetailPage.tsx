import { BranchesOutlined } from '@ant-design/icons';
import { isIsoDate, type RestructuringEvent, todayInVietnam, type Unit } from '@suotdoi/shared';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getEvent, getUnit, listAncestors, listChildren, listEvents, listSuccessors } from '../../api/units';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, formatNumber } from '../../lib/format';
import { dayBefore, KIND_COLORS, sortUnits, unitHref, validityText } from '../../lib/units';
import { useCan } from '../auth/session';
import { EventDrawer } from './EventDrawer';

/** Administrative units and agencies are restructured by events; institutions open and close on their own page. */
const RESTRUCTURABLE = new Set<Unit['level']>(['province', 'district', 'commune', 'agency']);

type LineageRow = {
  eventId: number;
  date: string;
  kind: RestructuringEvent['kind'];
  unitId: number;
  unitCode: string;
  unitName: string;
  unitLevel: Unit['level'];
  weight: number;
  legalRef: string | null;
};

function useWeight() {
  const { i18n } = useTranslation();
  return (weight: number) => `${formatNumber(weight * 100, i18n.language, 2)} %`;
}

function LineageTable({ rows, testId }: { rows: LineageRow[]; testId: string }) {
  const { t } = useTranslation();
  const weight = useWeight();
  const columns: ColumnsType<LineageRow> = [
    {
      title: t('units.unit'),
      key: 'unit',
      render: (_, r) => (
        <Link to={unitHref({ id: r.unitId, level: r.unitLevel })}>
          {r.unitName} ({r.unitCode})
        </Link>
      ),
    },
    { title: t('units.level'), dataIndex: 'unitLevel', render: (l: Unit['level']) => t(`units.levels.${l}`) },
    {
      title: t('events.kind'),
      dataIndex: 'kind',
      render: (k: RestructuringEvent['kind']) => <Tag color={KIND_COLORS[k]}>{t(`events.kinds.${k}`)}</Tag>,
    },
    { title: t('events.date'), dataIndex: 'date', render: formatDate },
    { title: t('events.weight'), dataIndex: 'weight', align: 'right', render: weight },
    { title: t('events.legalRef'), dataIndex: 'legalRef', render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Table<LineageRow>
      data-testid={testId}
      size="small"
      rowKey={(r) => `${r.eventId}-${r.unitId}`}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('common.none') }}
    />
  );
}

function EventEdges({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const weight = useWeight();
  const detail = useQuery({
    queryKey: ['events', 'detail', eventId],
    queryFn: ({ signal }) => getEvent(eventId, signal),
  });
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const edges = detail.data.edges ?? [];
  if (edges.length === 0) return <Typography.Text type="secondary">{t('events.noEdges')}</Typography.Text>;
  return (
    <ul className="edge-list">
      {edges.map((e) => (
        <li key={`${e.fromUnitId}-${e.toUnitId}`}>
          <Link to={unitHref({ id: e.fromUnitId, level: e.fromUnitLevel })}>
            {e.fromUnitName} ({e.fromUnitCode})
          </Link>{' '}
          →{' '}
          <Link to={unitHref({ id: e.toUnitId, level: e.toUnitLevel })}>
            {e.toUnitName} ({e.toUnitCode})
          </Link>{' '}
          ({weight(e.weight)})
        </li>
      ))}
    </ul>
  );
}

export function UnitDetailPage() {
  const { t } = useTranslation();
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const canRestructure = useCan('unit.restructure');
  const [recording, setRecording] = useState(false);
  const weight = useWeight();
  const today = todayInVietnam();

  const unit = useQuery({
    queryKey: ['unit', id],
    queryFn: ({ signal }) => getUnit(id, signal),
    enabled: id > 0,
  });
  const data = unit.data;
  // The unit's own lifetime decides the date its tree is read on: an ended unit is shown on its last day.
  const asked = params.get('asOf');
  const asOf =
    asked && isIsoDate(asked) && data && asked >= data.validFrom && (!data.validTo || asked < data.validTo)
      ? asked
      : data?.validTo
        ? dayBefore(data.validTo)
        : today;

  const ancestors = useQuery({
    queryKey: ['unit', id, 'ancestors', asOf],
    queryFn: ({ signal }) => listAncestors(id, asOf, signal),
    enabled: !!data,
  });
  const children = useQuery({
    queryKey: ['unit-children', id, asOf],
    queryFn: ({ signal }) => listChildren(id, asOf, signal),
    enabled: !!data,
  });
  const successors = useQuery({
    queryKey: ['unit', id, 'successors', today],
    queryFn: ({ signal }) => listSuccessors(id, today, signal),
    enabled: !!data?.validTo,
  });
  const events = useQuery({
    queryKey: ['events', { unitId: id }],
    queryFn: ({ signal }) => listEvents({ unitId: id }, signal),
    enabled: !!data,
  });

  if (unit.isPending) return <Skeleton active />;
  if (unit.isError || !data) {
    return (
      <>
        <PageTitle title={t('units.detailTitle')} />
        <ErrorAlert error={unit.error} />
      </>
    );
  }

  const kindLabel = data.typeName || t(`units.levels.${data.level}`);
  const childColumns: ColumnsType<Unit> = [
    {
      title: t('units.name'),
      dataIndex: 'name',
      render: (name: string, u) => <Link to={unitHref(u, asOf)}>{name}</Link>,
    },
    { title: t('units.typeName'), key: 'type', render: (_, u) => u.typeName || t(`units.levels.${u.level}`) },
    { title: t('units.code'), dataIndex: 'code' },
  ];
  const eventColumns: ColumnsType<RestructuringEvent> = [
    { title: t('events.date'), dataIndex: 'date', render: formatDate },
    {
      title: t('events.kind'),
      dataIndex: 'kind',
      render: (k: RestructuringEvent['kind']) => <Tag color={KIND_COLORS[k]}>{t(`events.kinds.${k}`)}</Tag>,
    },
    { title: t('events.legalRef'), dataIndex: 'legalRef', render: (v: string | null) => v ?? '—' },
    {
      title: t('events.note'),
      dataIndex: 'note',
      ellipsis: { showTitle: true },
      width: 420,
      render: (v: string | null, e) => (
        <>
          {v ?? ''} {e.approximate ? <Tag>{t('events.approximate')}</Tag> : null}
        </>
      ),
    },
    { title: t('events.edgeCount'), dataIndex: 'edgeCount', align: 'right' },
  ];

  return (
    <>
      <Breadcrumb
        className="no-print"
        items={[
          { title: <Link to={`/units?asOf=${asOf}`}>{t('nav.units')}</Link> },
          ...[...(ancestors.data ?? [])]
            .filter((a) => a.id !== id)
            .map((a) => ({ title: <Link to={`/units/${a.id}?asOf=${asOf}`}>{a.name}</Link> })),
          { title: data.name },
        ]}
      />
      <PageTitle
        title={data.name}
        subtitle={
          <Space wrap size={4}>
            <Tag>{kindLabel}</Tag>
            {kindLabel !== t(`units.levels.${data.level}`) ? (
              <Tag>{t(`units.levels.${data.level}`)}</Tag>
            ) : null}
            {data.validTo ? (
              <Tag color="red">{t('units.endedOn', { date: formatDate(data.validTo) })}</Tag>
            ) : (
              <Tag color="green">{t('units.active')}</Tag>
            )}
          </Space>
        }
        extra={
          data.level === 'institution' ? (
            <Button onClick={() => navigate(`/institutions/${data.id}`)} data-testid="open-institution">
              {t('units.openInstitution')}
            </Button>
          ) : canRestructure && RESTRUCTURABLE.has(data.level) ? (
            <Button
              type="primary"
              icon={<BranchesOutlined />}
              onClick={() => setRecording(true)}
              data-testid="record-event"
            >
              {t('events.record')}
            </Button>
          ) : null
        }
      />

      <Card className="section">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'code', label: t('units.code'), children: data.code },
            { key: 'type', label: t('units.typeName'), children: kindLabel },
            { key: 'level', label: t('units.level'), children: t(`units.levels.${data.level}`) },
            {
              key: 'validity',
              label: t('units.validity'),
              children: validityText(data.validFrom, data.validTo, t),
            },
            ...(data.level === 'agency'
              ? [
                  {
                    key: 'agencyType',
                    label: t('units.agencyType'),
                    children: data.agencyType
                      ? t(`units.agencyTypes.${data.agencyType}`, { defaultValue: data.agencyType })
                      : '—',
                  },
                  { key: 'sector', label: t('units.sector'), children: data.sector ?? '—' },
                ]
              : []),
            { key: 'source', label: t('units.source'), children: data.source ?? '—' },
            { key: 'asof', label: t('units.shownAsOf'), children: formatDate(asOf) },
          ]}
        />
      </Card>

      {data.validTo && successors.data && successors.data.length > 0 ? (
        <Card className="section" title={t('units.currentSuccessors', { date: formatDate(today) })}>
          <ul className="edge-list" data-testid="unit-current-successors">
            {successors.data.map((s) => (
              <li key={s.unitId}>
                <Link to={unitHref({ id: s.unitId, level: s.level })}>
                  {s.name} ({s.code})
                </Link>{' '}
                — {t(`units.levels.${s.level}`)}, {weight(s.weight)}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {(data.names ?? []).length > 0 ? (
        <Card className="section" title={t('units.names')}>
          <ul className="edge-list" data-testid="unit-names">
            {data.names.map((n) => (
              <li key={n.validFrom}>
                {n.typeName ? `${n.typeName} ` : ''}
                {n.name} — {validityText(n.validFrom, n.validTo, t)}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card className="section" title={t('units.parents')}>
        {data.parents.length === 0 ? (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ) : (
          <ul className="edge-list" data-testid="unit-parents">
            {data.parents.map((p) => (
              <li key={`${p.parentId}-${p.validFrom}`}>
                <Link to={`/units/${p.parentId}`}>
                  {p.parentName} ({p.parentCode})
                </Link>{' '}
                — {validityText(p.validFrom, p.validTo, t)}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {data.predecessors.length > 0 ? (
        <Card className="section" title={t('units.predecessors')}>
          <LineageTable rows={data.predecessors} testId="unit-predecessors" />
        </Card>
      ) : null}
      {data.successors.length > 0 ? (
        <Card className="section" title={t('units.successors')}>
          <LineageTable rows={data.successors} testId="unit-successors" />
        </Card>
      ) : null}

      <Card className="section" title={t('units.events')}>
        {events.isError ? <ErrorAlert error={events.error} /> : null}
        {events.data && events.data.length === 0 ? (
          <Typography.Text type="secondary" data-testid="unit-events">
            {t('units.noEvents')}
          </Typography.Text>
        ) : (
          <Table<RestructuringEvent>
            data-testid="unit-events"
            size="small"
            rowKey="id"
            loading={events.isPending}
            columns={eventColumns}
            dataSource={events.data ?? []}
            pagination={(events.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            expandable={{ expandedRowRender: (e) => <EventEdges eventId={e.id} /> }}
          />
        )}
      </Card>

      <Card className="section" title={t('units.children', { date: formatDate(asOf) })}>
        {children.isError ? <ErrorAlert error={children.error} /> : null}
        {children.data && children.data.length === 0 ? (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ) : (
          <Table<Unit>
            size="small"
            rowKey="id"
            loading={children.isPending}
            columns={childColumns}
            dataSource={sortUnits(children.data ?? [])}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          />
        )}
      </Card>

      {canRestructure && RESTRUCTURABLE.has(data.level) ? (
        <EventDrawer unit={data} open={recording} onClose={() => setRecording(false)} />
      ) : null}
    </>
  );
}

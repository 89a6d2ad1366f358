import { EditOutlined, InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTargets, type PlanDetail, type Target } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { categoryLabel } from '../institutions/categories';
import { indicatorLabel } from './labels';
import { useIndicatorCatalogue } from './queries';
import { TargetDrawer } from './TargetDrawer';
import { TargetTrajectory } from './TargetTrajectory';
import { formatBaseline, formatTarget } from './target-format';
import { groupTargets, type TargetRow } from './target-table';
import { hasTrajectory } from './trajectory-table';

/** One target cell: the figure, its source sentence in a tooltip, and an edit button for those who may. */
function TargetCell({
  target,
  label,
  onEdit,
}: {
  target: Target | undefined;
  label: string;
  onEdit?: (target: Target) => void;
}) {
  const { t, i18n } = useTranslation();
  if (!target)
    return (
      <span>
        <span aria-hidden>—</span>
        <span className="visually-hidden">{t('plans.targets.none')}</span>
      </span>
    );
  const text = formatTarget(target, target.unit, i18n.language);
  const quote = target.source?.quote;
  return (
    <Space size={4} wrap={false}>
      <strong className="target-figure">{text}</strong>
      {quote || target.note ? (
        <Tooltip
          title={
            <>
              {quote ? <div className="target-quote">“{quote}”</div> : null}
              {target.source?.file ? (
                <div>{t('plans.targets.sourceFile', { file: target.source.file })}</div>
              ) : null}
              {target.note ? <div>{target.note}</div> : null}
            </>
          }
        >
          <Button
            type="text"
            size="small"
            icon={<InfoCircleOutlined />}
            aria-label={t('plans.targets.sourceOf', { label })}
          />
        </Tooltip>
      ) : null}
      {onEdit ? (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          aria-label={t('plans.targets.editOne', { label })}
          onClick={() => onEdit(target)}
          data-testid={`target-edit-${target.id}`}
        />
      ) : null}
    </Space>
  );
}

export function PlanTargetsTab({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const targets = useQuery({
    queryKey: ['plans', 'targets', plan.id],
    queryFn: ({ signal }) => listTargets(plan.id, signal),
  });
  const catalogue = useIndicatorCatalogue();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const indicators = catalogue.data?.indicators;
  const groups = groupTargets(targets.data ?? []);
  const edit = plan.canWrite ? setEditing : undefined;

  return (
    <>
      {plan.canWrite ? (
        <Space className="section no-print">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="target-new"
          >
            {t('plans.targets.add')}
          </Button>
        </Space>
      ) : null}
      {targets.isError ? <ErrorAlert error={targets.error} className="form-alert" /> : null}
      <div data-testid="plan-targets-table" className="print-table">
        {targets.isPending ? (
          <Card loading />
        ) : groups.length === 0 ? (
          <Empty description={t('plans.targets.empty')} />
        ) : (
          groups.map((group) => {
            const first = Object.values(group.rows[0]?.byYear ?? {})[0];
            const name = t(`plans.indicators.${group.indicator}`, {
              defaultValue:
                first?.indicatorName || indicatorLabel(group.indicator, indicators, t, i18n.language),
            });
            const columns: ColumnsType<TargetRow<Target>> = [
              {
                title: t('plans.targets.category'),
                key: 'category',
                render: (_, row) => (
                  <span className="cell-wrap cell-wrap--wide">
                    {row.category
                      ? categoryLabel(row.category, i18n.language)
                      : t('plans.targets.allCategories')}
                  </span>
                ),
              },
              ...group.years.map((year) => ({
                title: String(year),
                key: String(year),
                width: 170,
                render: (_: unknown, row: TargetRow<Target>) => (
                  <TargetCell
                    target={row.byYear[year]}
                    label={`${name}, ${row.category ? categoryLabel(row.category, i18n.language) : ''} ${year}`}
                    onEdit={edit}
                  />
                ),
              })),
              {
                title: t('plans.targets.baseline'),
                key: 'baseline',
                width: 150,
                render: (_, row) => {
                  const withBaseline = Object.values(row.byYear).find((x) => x.baseline);
                  return withBaseline
                    ? formatBaseline(withBaseline.baseline, withBaseline.unit, i18n.language)
                    : '—';
                },
              },
            ];
            const rowLabel = (row: TargetRow<Target>) =>
              `${name}, ${row.category ? categoryLabel(row.category, i18n.language) : t('plans.targets.allCategories')}`;
            const withPath = (row: TargetRow<Target>) => Object.values(row.byYear).some(hasTrajectory);
            return (
              <section
                key={group.indicator}
                className="target-group"
                aria-labelledby={`ind-${group.indicator}`}
              >
                <Typography.Title level={2} className="section-heading" id={`ind-${group.indicator}`}>
                  {name}{' '}
                  <Typography.Text type="secondary" className="indicator-code">
                    {group.indicator}
                    {first ? ` · ${t(`plans.indicatorKinds.${first.indicatorKind}`)}` : ''}
                  </Typography.Text>
                </Typography.Title>
                <Table<TargetRow<Target>>
                  size="small"
                  rowKey="key"
                  columns={columns}
                  dataSource={group.rows}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  // The yearly path on demand; no expand column at all while no row has one.
                  expandable={
                    group.rows.some(withPath)
                      ? {
                          rowExpandable: withPath,
                          expandedRowRender: (row) => (
                            <TargetTrajectory targets={Object.values(row.byYear)} label={rowLabel(row)} />
                          ),
                        }
                      : undefined
                  }
                />
              </section>
            );
          })
        )}
      </div>
      {editing !== null ? (
        <TargetDrawer
          plan={plan}
          target={editing === 'new' ? null : editing}
          indicators={indicators ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

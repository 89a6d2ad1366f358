import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../api/plans';
import { formatTarget } from './target-format';
import { type TrajectoryYearRow, trajectoryTable } from './trajectory-table';

/**
 * Lộ trình: the yearly path of a targets row's milestones (year → the level to reach, or its band), written the
 * way the targets are ("70 %", "10–12 %/năm"). The milestone year's own figure is bold: it is the plan's; the
 * years between are derived.
 */
export function TargetTrajectory({ targets, label }: { targets: readonly Target[]; label: string }) {
  const { t, i18n } = useTranslation();
  const { columns, rows } = trajectoryTable(targets);
  if (columns.length === 0) return null;
  const tableColumns: ColumnsType<TrajectoryYearRow> = [
    { title: t('plans.targets.trajectoryYear'), dataIndex: 'year', key: 'year', width: 90 },
    ...columns.map((target) => ({
      title:
        columns.length > 1
          ? `${t('plans.targets.trajectoryValue')} ${target.year}`
          : t('plans.targets.trajectoryValue'),
      key: String(target.id),
      render: (_: unknown, row: TrajectoryYearRow) => {
        const point = row.byTarget[target.id];
        if (!point) return '';
        const text = formatTarget(point, target.unit, i18n.language);
        return row.year === target.year ? (
          <strong>
            {text} <span className="visually-hidden">({t('plans.targets.milestone')})</span>
          </strong>
        ) : (
          text
        );
      },
    })),
  ];
  return (
    <section className="target-trajectory" aria-label={t('plans.targets.trajectoryOf', { label })}>
      <Typography.Text strong>{t('plans.targets.trajectory')}</Typography.Text>
      <Table<TrajectoryYearRow>
        size="small"
        rowKey="year"
        columns={tableColumns}
        dataSource={rows}
        pagination={false}
        style={{ maxWidth: 160 + 180 * columns.length }}
        data-testid="target-trajectory"
      />
    </section>
  );
}

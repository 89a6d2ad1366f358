import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Skeleton, Space, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { getPlan } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatPlanDate, PLAN_STATUS_COLORS } from './labels';
import { PlanExchangeTab } from './PlanExchangeTab';
import { PlanOverview } from './PlanOverview';
import { PlanTargetsTab } from './PlanTargetsTab';
import { PlanTasksTab } from './PlanTasksTab';

const TABS = ['overview', 'targets', 'tasks', 'exchange'] as const;
type Tab = (typeof TABS)[number];

/** One plan: overview, targets, tasks, export and import, each tab with its own URL (?tab=…). */
export function PlanDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'overview';

  const plan = useQuery({
    queryKey: ['plans', 'detail', id],
    queryFn: ({ signal }) => getPlan(id, signal),
    enabled: id > 0,
  });

  if (plan.isPending) return <Skeleton active />;
  if (plan.isError || !plan.data) {
    return (
      <>
        <PageTitle title={t('plans.title')} subtitle={<Link to="/plans">{t('common.backToList')}</Link>} />
        <ErrorAlert error={plan.error} />
      </>
    );
  }
  const data = plan.data;
  // Many plans were published without their number ("Số: …/KH-UBND"): they are named by kind and issuer.
  const heading = data.symbol ?? `${t(`plans.kinds.${data.kind}`)} · ${data.issuerName}`;

  return (
    <>
      <Breadcrumb
        className="no-print"
        items={[{ title: <Link to="/plans">{t('nav.plans')}</Link> }, { title: heading }]}
      />
      <PageTitle
        title={heading}
        subtitle={
          <Space orientation="vertical" size={4}>
            <span className="plan-title__text">{data.title}</span>
            <Space wrap size={4}>
              <Tag>{t(`plans.kinds.${data.kind}`)}</Tag>
              <Tag color={PLAN_STATUS_COLORS[data.status]}>{t(`plans.statuses.${data.status}`)}</Tag>
              <span>
                {data.issuerName} · {formatPlanDate(data.date, data.datePrecision)}
              </span>
            </Space>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams();
              // Filters belong to a tab: switching tabs starts clean.
              if (key !== 'overview') next.set('tab', key);
              if (key === prev.get('tab')) return prev;
              return next;
            },
            { replace: true },
          )
        }
        destroyOnHidden
        items={[
          { key: 'overview', label: t('plans.tabs.overview'), children: <PlanOverview plan={data} /> },
          {
            key: 'targets',
            label: `${t('plans.tabs.targets')} (${data.targetCount})`,
            children: <PlanTargetsTab plan={data} />,
          },
          {
            key: 'tasks',
            label: `${t('plans.tabs.tasks')} (${data.taskCount})`,
            children: <PlanTasksTab plan={data} />,
          },
          { key: 'exchange', label: t('plans.tabs.exchange'), children: <PlanExchangeTab plan={data} /> },
        ]}
      />
    </>
  );
}

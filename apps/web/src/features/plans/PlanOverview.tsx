import { EditOutlined } from '@ant-design/icons';
import { PLAN_STATUSES } from '@suotdoi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getPlan, type PlanDetail, type PlanStatus, updatePlan } from '../../api/plans';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../lib/format';
import { unitHref } from '../../lib/units';
import { formatPlanDate, observanceLabel, planLabel } from './labels';
import { type LineageNode, lineageChain } from './lineage';
import { PlanEditDrawer } from './PlanEditDrawer';

type Ref = PlanDetail['implements'][number];

/** When a national day falls, as Vietnamese documents write it: "21/4", or "01/10–07/10" for a week. */
export function observanceWhen(recurrence: PlanDetail['observances'][number]['recurrence']): string {
  if (recurrence.type === 'yearly') return `${recurrence.day}/${recurrence.month}`;
  const dm = (md: string) => md.split('-').reverse().join('/');
  return `${dm(recurrence.from)}–${dm(recurrence.to)}`;
}

function PlanRefLink({ plan, short }: { plan: Ref; short?: boolean }) {
  // The tree names a plan by its number when it has one: the titles all repeat the Program's long name.
  const label = short ? (plan.symbol ?? plan.title ?? plan.key ?? '') : planLabel(plan);
  return plan.planId ? <Link to={`/plans/${plan.planId}`}>{label}</Link> : <span>{label}</span>;
}

/** The plans above this one, walked up through each plan's first implemented plan (at most five levels). */
function useAncestors(plan: PlanDetail) {
  return useQuery({
    queryKey: ['plans', 'ancestors', plan.id],
    queryFn: async ({ signal }) => {
      const chain: Ref[][] = [];
      let refs = plan.implements;
      for (let depth = 0; depth < 5 && refs.length > 0; depth++) {
        chain.unshift(refs);
        const next = refs.find((r) => r.planId !== null);
        if (!next?.planId) break;
        refs = (await getPlan(next.planId, signal)).implements;
      }
      return chain;
    },
  });
}

function LineageTree({ nodes }: { nodes: LineageNode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="lineage-tree">
      {nodes.map((node) => (
        <li key={node.key}>
          {node.current ? (
            <strong aria-current="page">
              {node.refs.map((r) => r.symbol ?? r.title).join(' · ')} ({t('plans.lineage.thisPlan')})
            </strong>
          ) : (
            node.refs.map((r, i) => (
              <span key={`${r.planId ?? r.symbol ?? i}`}>
                {i > 0 ? ' · ' : ''}
                <PlanRefLink plan={r} short />
              </span>
            ))
          )}
          {node.children.length > 0 ? <LineageTree nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function PlanOverview({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const ancestors = useAncestors(plan);
  const [editing, setEditing] = useState(false);
  const status = useMutation({
    mutationFn: (next: PlanStatus) =>
      updatePlan(plan.id, { status: next, expectedUpdatedAt: plan.updatedAt }),
    onSuccess: () => {
      message.success(t('plans.saved'));
      void client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
  const self: Ref = { planId: plan.id, key: plan.key, symbol: plan.symbol, title: plan.title };
  const tree = lineageChain(
    ancestors.data ?? [plan.implements].filter((r) => r.length > 0),
    self,
    plan.implementedBy,
  );
  const issuerGone = plan.issuer?.validTo;
  const scopeGone = plan.scope?.validTo;

  return (
    <>
      <Card
        className="section"
        extra={
          plan.canWrite ? (
            <Button
              className="no-print"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="plan-edit"
            >
              {t('plans.edit.open')}
            </Button>
          ) : null
        }
      >
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'symbol', label: t('plans.fields.symbol'), children: plan.symbol ?? '—' },
            { key: 'kind', label: t('plans.fields.kind'), children: t(`plans.kinds.${plan.kind}`) },
            { key: 'title', label: t('plans.fields.title'), children: plan.title, span: 'filled' },
            {
              key: 'issuer',
              label: t('plans.fields.issuer'),
              children: (
                <Space wrap size={4}>
                  {plan.issuer ? (
                    <Link to={unitHref({ id: plan.issuer.id, level: plan.issuer.level as 'province' })}>
                      {plan.issuerName}
                    </Link>
                  ) : (
                    plan.issuerName
                  )}
                  {issuerGone ? (
                    <Tag color="red">{t('plans.unitEnded', { date: formatDate(issuerGone) })}</Tag>
                  ) : null}
                </Space>
              ),
            },
            {
              key: 'date',
              label: t('plans.fields.date'),
              children: formatPlanDate(plan.date, plan.datePrecision),
            },
            {
              key: 'scope',
              label: t('plans.fields.scope'),
              children: plan.scope ? (
                <Space wrap size={4}>
                  <Link to={unitHref({ id: plan.scope.id, level: plan.scope.level as 'province' })}>
                    {plan.scope.name}
                  </Link>
                  {scopeGone ? (
                    <Tag color="red">{t('plans.unitEnded', { date: formatDate(scopeGone) })}</Tag>
                  ) : null}
                </Space>
              ) : (
                (plan.scopeName ?? '—')
              ),
            },
            {
              key: 'status',
              label: t('plans.fields.status'),
              children: plan.canWrite ? (
                <Select<PlanStatus>
                  aria-label={t('plans.fields.status')}
                  value={plan.status}
                  loading={status.isPending}
                  onChange={(v) => status.mutate(v)}
                  options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
                  style={{ minWidth: 180 }}
                  data-testid="plan-status-select"
                />
              ) : (
                t(`plans.statuses.${plan.status}`)
              ),
            },
          ]}
        />
        {status.isError ? <ErrorAlert error={status.error} className="form-alert" /> : null}
      </Card>

      {plan.scopeToday.length > 0 && (scopeGone || issuerGone) ? (
        <Card className="section" title={t('plans.scopeToday')}>
          <Typography.Paragraph type="secondary">{t('plans.scopeTodayHelp')}</Typography.Paragraph>
          <ul className="edge-list" data-testid="plan-scope-today">
            {plan.scopeToday.map((u) => (
              <li key={u.unitId}>
                <Link to={unitHref({ id: u.unitId, level: u.level as 'commune' })}>
                  {u.name} ({u.code})
                </Link>{' '}
                — {t(`units.levels.${u.level}`, { defaultValue: u.level })}
                {u.weight < 1 ? `, ${formatNumber(u.weight * 100, i18n.language)} %` : ''}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card className="section" title={t('plans.lineage.title')} data-testid="plan-lineage">
            <Typography.Title level={3} className="subheading">
              {t('plans.lineage.implements')}
            </Typography.Title>
            {plan.implements.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <ul className="edge-list" data-testid="plan-implements">
                {plan.implements.map((r, i) => (
                  <li key={`${r.planId ?? r.symbol ?? i}`}>
                    <PlanRefLink plan={r} />
                  </li>
                ))}
              </ul>
            )}
            <Typography.Title level={3} className="subheading">
              {t('plans.lineage.implementedBy')}
            </Typography.Title>
            {plan.implementedBy.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <ul className="edge-list" data-testid="plan-implemented-by">
                {plan.implementedBy.map((r, i) => (
                  <li key={`${r.planId ?? r.symbol ?? i}`}>
                    <PlanRefLink plan={r} />
                  </li>
                ))}
              </ul>
            )}
            <Typography.Title level={3} className="subheading">
              {t('plans.lineage.tree')}
            </Typography.Title>
            <LineageTree nodes={tree} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="section" title={t('plans.observancesTitle')} data-testid="plan-observances">
            {plan.observances.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <ul className="edge-list">
                {plan.observances.map((o) => (
                  <li key={o.code}>
                    <strong>{observanceLabel(o, t, i18n.language)}</strong> — {observanceWhen(o.recurrence)}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>

      {plan.sections.length > 0 || plan.canWrite ? (
        <Card className="section" title={t('plans.sectionsTitle')} data-testid="plan-sections">
          {plan.sections.length === 0 ? (
            <Typography.Text type="secondary">{t('plans.edit.noSections')}</Typography.Text>
          ) : (
            <Collapse
              defaultActiveKey={plan.sections.slice(0, 2).map((s, i) => `${s.key}-${i}`)}
              items={plan.sections.map((s, i) => ({
                key: `${s.key}-${i}`,
                label: s.title || t(`plans.sections.${s.key}`),
                children: <div className="plan-section-text">{s.text}</div>,
              }))}
            />
          )}
        </Card>
      ) : null}

      {plan.notes.length > 0 ? (
        <Alert
          className="section"
          type="info"
          showIcon
          title={t('plans.notesTitle')}
          description={
            <ul className="problem-list">
              {plan.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {editing ? <PlanEditDrawer plan={plan} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

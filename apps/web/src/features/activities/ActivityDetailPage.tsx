import { ArrowLeftOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Spin, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Activity, ActivitySession } from '../../api/activities';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatNumber } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { useCan } from '../auth/session';
import { observanceCodeLabel } from '../plans/labels';
import { ActivityCommands } from './ActivityCommands';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ActivityStatusTag } from './ActivityStatusTag';
import { AttendanceTab } from './AttendanceTab';
import { formatInstant, formatSessionRange } from './activity-time';
import { CountsStrip } from './CountsStrip';
import { publicActivityPath } from './labels';
import { useActivity, useObservances } from './queries';
import { RegistrationsTab } from './RegistrationsTab';
import { recurrenceSummary } from './recurrence-form';
import './activities.css';

const TABS = ['sessions', 'registrations', 'attendance'] as const;
type Tab = (typeof TABS)[number];

/**
 * One activity: what, when and where, its figures, the public link, its sessions, its registrations (personal
 * data: read only when that tab is opened, and logged) and its attendance with the source of each figure.
 */
export function ActivityDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = Number(params.id);
  const detail = useActivity(Number.isInteger(id) && id > 0 ? id : undefined);
  const observances = useObservances();
  const canManage = useCan('activity.manage');
  const { update, oneOf } = useUrlParams();
  const tab: Tab = oneOf<Tab>('tab', TABS) ?? 'sessions';
  const [editing, setEditing] = useState<Activity | null>(null);
  const a = detail.data;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const publicUrl = a ? `${window.location.origin}${publicActivityPath(a.id)}` : '';

  const sessionColumns = [
    { title: '#', key: 'n', width: 56, render: (_: unknown, _s: ActivitySession, i: number) => i + 1 },
    {
      title: t('activities.detail.sessionTime'),
      key: 'time',
      render: (_: unknown, s: ActivitySession) => (
        <span className="cell-nowrap">{formatSessionRange(s.startsAt, s.endsAt)}</span>
      ),
    },
    ...(canManage && a?.status === 'published'
      ? [
          {
            title: t('common.actions'),
            key: 'checkIn',
            className: 'no-print',
            render: (_: unknown, s: ActivitySession) => (
              <Link
                to={`/activities/${a.id}/check-in?session=${s.id}`}
                data-testid={`session-check-in-${s.id}`}
              >
                <QrcodeOutlined aria-hidden /> {t('activities.detail.checkInSession')}
              </Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title={a?.title ?? t('activities.detail.title')}
        subtitle={
          <Space wrap size={8}>
            <Link to="/activities">
              <ArrowLeftOutlined aria-hidden /> {t('activities.detail.back')}
            </Link>
            {a ? <ActivityStatusTag status={a.status} testId="activity-detail-status" /> : null}
            {a ? <span>{a.institution.name}</span> : null}
          </Space>
        }
        extra={
          a ? (
            <ActivityCommands
              activity={a}
              layout="buttons"
              onEdit={setEditing}
              onCopied={(copy) => {
                navigate(`/activities/${copy.id}`);
                setEditing(copy);
              }}
            />
          ) : null
        }
      />
      {detail.isError ? <ErrorAlert error={detail.error} className="form-alert" /> : null}
      {detail.isPending ? <Spin size="large" className="page-spinner" /> : null}
      {a ? (
        <>
          {a.status === 'cancelled' ? (
            <Alert
              type="error"
              showIcon
              className="form-alert"
              title={t('activities.detail.cancelled')}
              description={a.cancelReason ?? undefined}
              data-testid="activity-cancelled"
            />
          ) : null}
          {a.status === 'completed' ? (
            <Alert type="success" showIcon className="form-alert" title={t('activities.detail.completed')} />
          ) : null}
          <CountsStrip counts={a.counts} capacity={a.capacity} />
          <Card className="section">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                {
                  key: 'type',
                  label: t('activities.columns.type'),
                  children: t(`activities.types.${a.type}`),
                },
                {
                  key: 'audiences',
                  label: t('activities.columns.audiences'),
                  children: a.audiences.map((x) => t(`activities.audiences.${x}`)).join(', '),
                },
                {
                  key: 'when',
                  label: t('activities.detail.when'),
                  children: `${formatSessionRange(a.sessions[0]?.startsAt ?? a.startsAt, a.sessions[0]?.endsAt ?? a.endsAt)} · ${recurrenceSummary(a.recurrence, t)}`,
                },
                {
                  key: 'observance',
                  label: t('activities.columns.observance'),
                  children: a.observanceCode
                    ? observanceCodeLabel(
                        a.observanceCode,
                        observances.data?.find((o) => o.code === a.observanceCode)?.name,
                        t,
                        i18n.language,
                      )
                    : none,
                },
                { key: 'place', label: t('activities.form.fields.place'), children: a.place ?? none },
                {
                  key: 'online',
                  label: t('activities.form.fields.onlineUrl'),
                  children: a.onlineUrl ? (
                    <a href={a.onlineUrl} target="_blank" rel="noopener noreferrer" className="break-all">
                      {a.onlineUrl}
                    </a>
                  ) : (
                    none
                  ),
                },
                {
                  key: 'capacity',
                  label: t('activities.form.fields.capacity'),
                  children:
                    a.capacity === null ? t('activities.unlimited') : formatNumber(a.capacity, i18n.language),
                },
                {
                  key: 'registration',
                  label: t('activities.detail.registration'),
                  children: a.requiresRegistration
                    ? [
                        a.registrationOpensAt
                          ? t('activities.detail.opens', { at: formatInstant(a.registrationOpensAt) })
                          : null,
                        a.registrationClosesAt
                          ? t('activities.detail.closes', { at: formatInstant(a.registrationClosesAt) })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ') || t('activities.detail.registrationOpen')
                    : t('activities.detail.walkIn'),
                },
                {
                  key: 'public',
                  label: t('activities.detail.publicLink'),
                  span: 'filled',
                  children:
                    a.status === 'draft' ? (
                      <Typography.Text type="secondary">{t('activities.detail.publicDraft')}</Typography.Text>
                    ) : (
                      <Typography.Paragraph
                        className="public-link"
                        copyable={{
                          text: publicUrl,
                          tooltips: [t('activities.detail.copyLink'), t('activities.detail.copied')],
                        }}
                      >
                        <a
                          href={publicActivityPath(a.id)}
                          target="_blank"
                          rel="noopener noreferrer"
                          data-testid="activity-public-link"
                        >
                          {publicUrl}
                        </a>
                      </Typography.Paragraph>
                    ),
                },
                ...(a.description
                  ? [
                      {
                        key: 'description',
                        label: t('activities.form.fields.description'),
                        span: 'filled' as const,
                        children: <span className="pre-wrap">{a.description}</span>,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key === 'sessions' ? undefined : key })}
            items={[
              {
                key: 'sessions',
                label: t('activities.detail.tabs.sessions', { n: a.sessions.length }),
                children:
                  tab === 'sessions' ? (
                    <div className="print-table">
                      <Table<ActivitySession>
                        rowKey="id"
                        size="small"
                        columns={sessionColumns}
                        dataSource={a.sessions}
                        pagination={a.sessions.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                        data-testid="activity-sessions"
                      />
                    </div>
                  ) : null,
              },
              ...(canManage
                ? [
                    {
                      key: 'registrations',
                      label: t('activities.detail.tabs.registrations'),
                      children:
                        tab === 'registrations' ? (
                          <RegistrationsTab activityId={a.id} fileStem={String(a.id)} />
                        ) : null,
                    },
                    {
                      key: 'attendance',
                      label: t('activities.detail.tabs.attendance'),
                      children:
                        tab === 'attendance' ? (
                          <AttendanceTab activityId={a.id} fileStem={String(a.id)} />
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}
      {editing ? (
        <ActivityFormDrawer key={editing.id} activity={editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { Alert, Button, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Activity } from '../../api/activities';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { useUrlParams } from '../../lib/use-url-params';
import { useCan } from '../auth/session';
import { useUnit } from '../documents/queries';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ActivityList } from './ActivityList';
import { type ActivityFormValues, emptyActivityForm, templateToForm } from './activity-form';
import { ResourcesTab } from './ResourcesTab';
import { TemplatePicker } from './TemplatePicker';
import './activities.css';

type DrawerState = { activity: Activity | null; initial?: ActivityFormValues; note?: string } | null;
const TABS = ['list', 'resources'] as const;
type Tab = (typeof TABS)[number];

/**
 * Hoạt động: the activities of the institutions under the header's unit (a read-only list without
 * activity.manage), new ones from scratch or from a national day's template, and the institutions' digital
 * resources.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('activity.manage');
  const { unitId, unit, choices } = useSelectedUnit();
  const { update, oneOf } = useUrlParams();
  const tab: Tab = oneOf<Tab>('tab', TABS) ?? 'list';
  // The header's unit, or the person's only unit (institution staff work in one institution).
  const selected = useUnit(unitId ?? (choices.length === 1 ? choices[0]!.unitId : undefined));
  const institution =
    selected.data?.level === 'institution' ? { id: selected.data.id, name: selected.data.name } : null;
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [picking, setPicking] = useState(false);
  const defaults = { institutionId: institution?.id ?? null };

  return (
    <>
      <PageTitle
        title={t('activities.title')}
        subtitle={unit ? `${unit.unitName} · ${t('activities.subtitle')}` : t('activities.subtitle')}
        extra={
          canManage && tab === 'list' ? (
            <Space wrap>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() =>
                  setDrawer({
                    activity: null,
                    initial: emptyActivityForm({ ...defaults, date: todayInVietnam() }),
                  })
                }
                data-testid="activity-new"
              >
                {t('activities.actions.new')}
              </Button>
              <Button
                icon={<CalendarOutlined />}
                onClick={() => setPicking(true)}
                data-testid="activity-from-template"
              >
                {t('activities.actions.fromTemplate')}
              </Button>
            </Space>
          ) : null
        }
      />
      {!canManage ? (
        <Alert type="info" showIcon className="form-alert no-print" title={t('activities.readOnly')} />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'list' ? undefined : key })}
        items={[
          {
            key: 'list',
            label: t('activities.tabs.list'),
            children: (
              <ActivityList
                unitId={unitId}
                unitLabel={unit?.unitName ?? null}
                onEdit={(activity) => setDrawer({ activity })}
                onCopied={(copy) => setDrawer({ activity: copy })}
              />
            ),
          },
          {
            key: 'resources',
            label: t('activities.tabs.resources'),
            children: <ResourcesTab defaultInstitution={institution} />,
          },
        ]}
      />
      {picking ? (
        <TemplatePicker
          onClose={() => setPicking(false)}
          onPick={(template, name) => {
            setPicking(false);
            setDrawer({
              activity: null,
              initial: templateToForm(template, defaults),
              note: t('activities.templates.filledFrom', { name }),
            });
          }}
        />
      ) : null}
      {drawer ? (
        <ActivityFormDrawer
          key={drawer.activity?.id ?? 'new'}
          activity={drawer.activity}
          initial={drawer.initial}
          note={drawer.note}
          knownInstitution={institution}
          onClose={() => setDrawer(null)}
          onSaved={(saved) => {
            if (!drawer.activity) navigate(`/activities/${saved.id}`);
          }}
        />
      ) : null}
    </>
  );
}

import { GlobalOutlined } from '@ant-design/icons';
import type { PlanSummary } from '@suotdoi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getPublicScorecardSetting, setPublicScorecard } from '../../api/analytics';
import { isApiError } from '../../api/client';
import { useErrorText } from '../../components/ErrorAlert';
import { useCan } from '../auth/session';

/**
 * Công khai bảng chỉ tiêu: a province officer publishes the province's scorecard for the chosen plan, read-only
 * and without sign-in at /public/scorecards/:unitId. Hidden from those who may not (the server checks anyway).
 */
export function PublishSwitch({
  unitId,
  unitName,
  plan,
}: {
  unitId: number;
  unitName: string;
  plan: Pick<PlanSummary, 'id'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const canPublish = useCan('analytics.publish');
  const key = ['analytics', 'public-setting', unitId];
  const setting = useQuery({
    queryKey: key,
    // No setting yet reads as "not public".
    queryFn: ({ signal }) =>
      getPublicScorecardSetting(unitId, signal).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404)
          return { unitId, planId: plan.id, enabled: false, updatedAt: null };
        throw error;
      }),
    enabled: canPublish,
  });
  const save = useMutation({
    mutationFn: (enabled: boolean) => setPublicScorecard(unitId, { planId: plan.id, enabled }),
    onSuccess: (next) => {
      client.setQueryData(key, next);
      void client.invalidateQueries({ queryKey: ['public-scorecards'] });
      message.success(next.enabled ? t('analytics.publish.on') : t('analytics.publish.off'));
    },
    onError: (error) => message.error(errorText(error)),
  });
  if (!canPublish) return null;
  const data = setting.data;
  const isPublic = !!data?.enabled && data.planId === plan.id;
  const otherPlan = !!data?.enabled && data.planId !== plan.id;
  return (
    <Space orientation="vertical" size={2} className="publish-switch">
      <Space>
        <Switch
          id="publish-switch"
          checked={isPublic}
          loading={setting.isPending || save.isPending}
          disabled={setting.isError}
          onChange={(checked) => save.mutate(checked)}
          aria-describedby="publish-help"
          data-testid="publish-switch"
        />
        <label htmlFor="publish-switch">
          <GlobalOutlined aria-hidden /> {t('analytics.publish.label')}
        </label>
        {data?.enabled ? (
          <Link to={`/public/scorecards/${unitId}`} target="_blank" data-testid="publish-link">
            {t('analytics.publish.open')}
          </Link>
        ) : null}
      </Space>
      <Typography.Text type="secondary" id="publish-help" className="publish-switch__help">
        {otherPlan ? t('analytics.publish.otherPlan') : t('analytics.publish.help', { unit: unitName })}
      </Typography.Text>
    </Space>
  );
}

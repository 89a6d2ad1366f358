import { FormOutlined } from '@ant-design/icons';
import { formatPeriod } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { openReport } from '../../api/reporting';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSelectedUnit } from '../../components/selected-unit';
import { UnitSelect } from '../../components/UnitSelect';
import { currentYearPeriod, langOf, recentYearPeriods } from './labels';
import { reportKeys } from './queries';
import './reporting.css';

/**
 * Mở báo cáo: a unit and a period, then the report's page (the server creates the draft the first time).
 * The header's working unit is the first choice, since that is usually the one being reported for.
 */
export function OpenReportCard() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { unit: workingUnit } = useSelectedUnit();
  const [unitId, setUnitId] = useState<number | null>(workingUnit?.unitId ?? null);
  const [period, setPeriod] = useState(currentYearPeriod());
  const [missingUnit, setMissingUnit] = useState(false);
  const open = useMutation({
    mutationFn: openReport,
    onSuccess: (detail) => {
      client.setQueryData(reportKeys.detail(detail.id), detail);
      navigate(`/reports/${detail.id}`);
    },
  });
  const go = () => {
    if (unitId === null) {
      setMissingUnit(true);
      return;
    }
    open.mutate({ unitId, period });
  };
  return (
    <Card className="section no-print" title={t('reporting.open.title')} size="small">
      <div className="report-open">
        <div className="filter report-open__unit" data-testid="open-report">
          <label htmlFor="open-report-unit">{t('reporting.open.unit')}</label>
          <UnitSelect
            id="open-report-unit"
            value={unitId}
            levels={['institution', 'commune', 'province']}
            knownLabels={
              workingUnit ? { [workingUnit.unitId]: `${workingUnit.unitName} (${workingUnit.unitCode})` } : {}
            }
            status={missingUnit ? 'error' : undefined}
            onChange={(v) => {
              setUnitId(typeof v === 'number' ? v : null);
              setMissingUnit(false);
            }}
          />
        </div>
        <div className="filter">
          <label htmlFor="open-period">{t('reporting.open.period')}</label>
          <Select
            id="open-period"
            data-testid="open-period"
            value={period}
            onChange={setPeriod}
            options={recentYearPeriods().map((p) => ({
              value: p,
              label: formatPeriod(p, langOf(i18n.language)),
            }))}
            style={{ width: 160 }}
          />
        </div>
        <Button
          type="primary"
          icon={<FormOutlined />}
          onClick={go}
          loading={open.isPending}
          data-testid="open-report-go"
        >
          {t('reporting.open.go')}
        </Button>
      </div>
      {missingUnit ? (
        <Alert type="error" showIcon className="form-alert" title={t('reporting.open.unitRequired')} />
      ) : null}
      {open.isError ? <ErrorAlert error={open.error} className="form-alert" /> : null}
    </Card>
  );
}

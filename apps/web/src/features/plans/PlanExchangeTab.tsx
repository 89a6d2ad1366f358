import { CheckCircleOutlined, FileExcelOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  exportPlanJson,
  exportPlanXlsx,
  importPlan,
  type PlanDetail,
  type PlanImportResult,
} from '../../api/plans';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  ImportFileField,
  ImportProblemsTable,
  ImportProgress,
  problemValue,
} from '../../components/ImportParts';
import { useDryRunImport } from '../../components/use-dry-run-import';
import { reasonMessage } from '../../i18n/errors';
import { formatNumber } from '../../lib/format';

type Problem = PlanImportResult['problems'][number];

const ACCEPT =
  '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function PlanProblems({ problems }: { problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ImportProblemsTable
      problems={problems}
      testId="plan-import-problems"
      showSheet
      reasonText={(p) =>
        t(`plans.reasons.${p.reason}`, {
          defaultValue: reasonMessage({ reason: p.reason, value: problemValue(p.value) }, i18n.language),
        })
      }
    />
  );
}

/**
 * Import a plan file (JSON or XLSX): choosing it runs a dry run (nothing written) that lists every problem by
 * sheet, row and field; a clean file can then be imported, all or nothing.
 */
export function PlanImport() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const n = (v: number) => formatNumber(v, i18n.language);
  const { file, phase, busy, checked, choose, commit } = useDryRunImport<PlanImportResult, Problem>(
    importPlan,
    () => {
      void client.invalidateQueries({ queryKey: ['plans'] });
      message.success(t('plans.exchange.imported'));
    },
  );
  const clean = !!checked && checked.problems.length === 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('plans.exchange.importIntro')}</Typography.Paragraph>
      <ImportFileField
        label={t('plans.exchange.chooseFile')}
        accept={ACCEPT}
        disabled={busy}
        testId="plan-import-file"
        onChoose={choose}
      />
      <ImportProgress phase={phase} />
      {phase.step === 'failed' ? (
        <>
          <ErrorAlert error={phase.error} />
          {phase.problems.length > 0 ? <PlanProblems problems={phase.problems} /> : null}
        </>
      ) : null}
      {checked ? (
        <section aria-labelledby="plan-dryrun-heading">
          <Typography.Title level={2} id="plan-dryrun-heading" className="section-heading">
            {t('import.dryRunTitle')}
          </Typography.Title>
          {checked.problems.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                className="form-alert"
                title={t('plans.exchange.problemsFound', { n: n(checked.problems.length) })}
                description={t('import.nothingImported')}
              />
              <PlanProblems problems={checked.problems} />
            </>
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('plans.exchange.clean', {
                key: checked.key ?? '—',
                targets: n(checked.targets),
                tasks: n(checked.tasks),
              })}
              description={t('plans.exchange.willCreate')}
            />
          )}
          <Space wrap className="import-actions">
            <Button
              type="primary"
              icon={<UploadOutlined />}
              disabled={!clean || busy || !file}
              loading={phase.step === 'importing'}
              onClick={() => void commit()}
              data-testid="plan-import-commit"
            >
              {t('import.commit')}
            </Button>
          </Space>
        </section>
      ) : null}
      {phase.step === 'done' ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          role="status"
          data-testid="plan-import-result"
          title={t('plans.exchange.imported')}
          description={
            phase.result.planId ? (
              <Link to={`/plans/${phase.result.planId}`}>{t('plans.exchange.openPlan')}</Link>
            ) : undefined
          }
        />
      ) : null}
    </Space>
  );
}

export function PlanExchangeTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Card className="section" title={t('plans.exchange.exportTitle')}>
        <Typography.Paragraph>{t('plans.exchange.exportIntro')}</Typography.Paragraph>
        <Space wrap>
          <DownloadButton
            icon={<FileTextOutlined />}
            download={() => exportPlanJson(plan.id, plan.key)}
            data-testid="plan-export-json"
          >
            {t('plans.exchange.exportJson')}
          </DownloadButton>
          <DownloadButton
            icon={<FileExcelOutlined />}
            download={() => exportPlanXlsx(plan.id, plan.key)}
            data-testid="plan-export-xlsx"
          >
            {t('plans.exchange.exportXlsx')}
          </DownloadButton>
        </Space>
      </Card>
      {plan.canWrite ? (
        <Card className="section" title={t('plans.exchange.importTitle')}>
          <PlanImport />
        </Card>
      ) : null}
    </>
  );
}

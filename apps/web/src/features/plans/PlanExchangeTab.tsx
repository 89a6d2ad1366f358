import { CheckCircleOutlined, FileExcelOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/client';
import {
  exportPlanJson,
  exportPlanXlsx,
  importPlan,
  type PlanDetail,
  type PlanImportResult,
} from '../../api/plans';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reasonMessage } from '../../i18n/errors';
import { formatNumber } from '../../lib/format';

type Problem = PlanImportResult['problems'][number];

type Phase =
  | { step: 'idle' }
  | { step: 'busy'; dryRun: boolean; progress: number; checked?: PlanImportResult }
  | { step: 'checked'; result: PlanImportResult }
  | { step: 'done'; result: PlanImportResult }
  | { step: 'failed'; error: unknown; problems: Problem[] };

const ACCEPT =
  '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem's value as text: the plain value, or its JSON when the server sent an object ({ min, max }). */
export function problemValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="plan-import-problems">
      <Table<Problem & { key: number }>
        size="small"
        rowKey="key"
        dataSource={problems.map((p, key) => ({ ...p, key }))}
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('plans.exchange.sheet'), dataIndex: 'sheet', render: (v?: string) => v ?? '—' },
          {
            title: t('import.row'),
            dataIndex: 'row',
            align: 'right',
            render: (row?: number) => (row ? formatNumber(row, i18n.language) : '—'),
          },
          { title: t('import.column'), dataIndex: 'field' },
          {
            title: t('import.reason'),
            key: 'reason',
            render: (_, p) =>
              t(`plans.reasons.${p.reason}`, {
                defaultValue: reasonMessage(
                  { reason: p.reason, value: problemValue(p.value) },
                  i18n.language,
                ),
              }),
          },
          { title: t('import.value'), dataIndex: 'value', render: (v: unknown) => problemValue(v) },
        ]}
      />
    </div>
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
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const n = (v: number) => formatNumber(v, i18n.language);

  const run = async (chosen: File, dryRun: boolean, checked?: PlanImportResult) => {
    setPhase({ step: 'busy', dryRun, progress: 0, checked });
    try {
      const result = await importPlan(chosen, dryRun, (progress) =>
        setPhase({ step: 'busy', dryRun, progress, checked }),
      );
      if (dryRun) setPhase({ step: 'checked', result });
      else {
        setPhase({ step: 'done', result });
        void client.invalidateQueries({ queryKey: ['plans'] });
        message.success(t('plans.exchange.imported'));
      }
    } catch (error) {
      const problems = isApiError(error) ? (error.problems as Problem[]) : [];
      setPhase({ step: 'failed', error, problems });
    }
  };

  const checked = phase.step === 'checked' ? phase.result : phase.step === 'busy' ? phase.checked : undefined;
  const clean = !!checked && checked.problems.length === 0;
  const busy = phase.step === 'busy';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('plans.exchange.importIntro')}</Typography.Paragraph>
      <div className="file-field">
        <label htmlFor={inputId} className="file-field__label">
          {t('plans.exchange.chooseFile')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          className="file-field__input"
          data-testid="plan-import-file"
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen) void run(chosen, true);
            else setPhase({ step: 'idle' });
          }}
        />
      </div>
      {busy ? (
        <div aria-live="polite">
          <Typography.Text>{phase.dryRun ? t('import.checking') : t('import.importing')}</Typography.Text>
          <Progress
            percent={Math.round(phase.progress * 100)}
            status="active"
            aria-label={t('import.progress')}
          />
        </div>
      ) : null}
      {phase.step === 'failed' ? (
        <>
          <ErrorAlert error={phase.error} />
          {phase.problems.length > 0 ? <ProblemsTable problems={phase.problems} /> : null}
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
              <ProblemsTable problems={checked.problems} />
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
              loading={busy && !phase.dryRun}
              onClick={() => file && checked && void run(file, false, checked)}
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

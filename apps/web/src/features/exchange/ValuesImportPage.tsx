import { CheckCircleOutlined, DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { formatPeriod } from '@suotdoi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseErrorBody } from '../../api/client';
import {
  downloadFormTemplate,
  type FormImportResult,
  getJob,
  importFormFile,
  type ValueProblem,
} from '../../api/exchange';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportFileField, ImportProblemsTable, ImportProgress } from '../../components/ImportParts';
import { PageTitle } from '../../components/PageTitle';
import { useDryRunImport } from '../../components/use-dry-run-import';
import { formatNumber } from '../../lib/format';
import { currentYearPeriod, langOf, recentYearPeriods } from '../reporting/labels';
import { useForms } from '../reporting/queries';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const POLL_MS = 700;

/**
 * Waits for an import job, reporting its progress; the job's result, or its error as the API would have
 * answered it (so the problems table shows a refusal found at write time).
 */
async function waitForJob(id: string, onProgress: (fraction: number) => void): Promise<FormImportResult> {
  for (;;) {
    const job = await getJob(id);
    if (job.total > 0) onProgress(0.1 + 0.9 * (job.done / job.total));
    if (job.status === 'done') return job.result as FormImportResult;
    if (job.status === 'failed') {
      const error = (job.result as { error?: unknown } | null)?.error ?? { code: 'INTERNAL', message: '' };
      throw parseErrorBody(422, JSON.stringify({ error }));
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Nhập số liệu từ tệp: a form and a period, its template, then the filled file: checked at once (nothing
 * written) with every bad cell listed, imported all or nothing on request; a large file runs as a job whose
 * progress is shown until its summary.
 */
export function ValuesImportPage() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const client = useQueryClient();
  const forms = useForms();
  const input = useRef<HTMLInputElement>(null);
  const [formId, setFormId] = useState<number | null>(null);
  const [period, setPeriod] = useState(currentYearPeriod());
  const form = forms.data?.find((f) => f.id === formId);
  const n = (v: number) => formatNumber(v, i18n.language);

  const send = async (file: File, dryRun: boolean, onProgress: (fraction: number) => void) => {
    if (formId === null) throw new Error('no form');
    const answer = await importFormFile(formId, period, file, dryRun, (f) =>
      onProgress(dryRun ? f : f * 0.1),
    );
    return 'jobId' in answer ? waitForJob(answer.jobId, onProgress) : answer;
  };
  const { file, phase, busy, checked, choose, check, commit } = useDryRunImport<
    FormImportResult,
    ValueProblem
  >(send, () => void client.invalidateQueries({ queryKey: ['reports'] }));
  const clean = !!checked && checked.problems.length === 0 && checked.total > 0;

  const fieldLabel = (field: string) => {
    if (field === 'unitCode') return t('exchange.unitCode');
    const element = form?.elements.find((e) => e.code === field);
    return element ? `${element.name[lang]} (${field})` : field;
  };
  const reasonText = (p: ValueProblem) =>
    t(`exchange.reasons.${p.reason}`, { value: p.value, defaultValue: p.message });
  const problems = (list: readonly ValueProblem[]) => (
    <ImportProblemsTable
      problems={list}
      testId="import-problems"
      fieldLabel={fieldLabel}
      reasonText={reasonText}
    />
  );

  return (
    <>
      <PageTitle title={t('exchange.title')} />
      <Card className="section">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('exchange.intro')}</Typography.Paragraph>
          <Form layout="inline">
            <Form.Item label={t('exchange.form')}>
              <Select
                data-testid="import-form"
                style={{ minWidth: 320 }}
                placeholder={t('exchange.chooseForm')}
                loading={forms.isLoading}
                value={formId ?? undefined}
                disabled={busy}
                onChange={(v: number) => {
                  setFormId(v);
                  choose(null);
                }}
                options={(forms.data ?? []).map((f) => ({ value: f.id, label: f.name[lang] }))}
              />
            </Form.Item>
            <Form.Item label={t('exchange.period')}>
              <Select
                data-testid="import-period"
                style={{ minWidth: 160 }}
                value={period}
                disabled={busy}
                onChange={(v: string) => {
                  setPeriod(v);
                  choose(null);
                }}
                options={recentYearPeriods().map((p) => ({ value: p, label: formatPeriod(p, lang) }))}
              />
            </Form.Item>
          </Form>
          {forms.error ? <ErrorAlert error={forms.error} /> : null}
          {form ? (
            <>
              <DownloadButton
                icon={<DownloadOutlined />}
                download={() => downloadFormTemplate(form.id, period, `mau-${form.code}-${period}.xlsx`)}
                data-testid="import-template"
              >
                {t('exchange.downloadTemplate')}
              </DownloadButton>
              <ImportFileField
                ref={input}
                label={t('exchange.chooseFile')}
                accept={ACCEPT}
                disabled={busy}
                help={t('exchange.fileHelp')}
                testId="import-file"
                onChoose={choose}
              />
            </>
          ) : null}

          <ImportProgress phase={phase} testId="import-progress" />

          {phase.step === 'failed' ? (
            <>
              <ErrorAlert error={phase.error} />
              {phase.problems.length > 0 ? problems(phase.problems) : null}
              {file ? (
                <Button icon={<ReloadOutlined />} onClick={() => void check(file)}>
                  {t('exchange.checkAgain')}
                </Button>
              ) : null}
            </>
          ) : null}

          {checked ? (
            <section aria-labelledby="values-dryrun-heading">
              <Typography.Title level={2} id="values-dryrun-heading" className="section-heading">
                {t('exchange.problemsTitle')}
              </Typography.Title>
              {checked.problems.length > 0 ? (
                <>
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    title={t('exchange.problemsFound', {
                      n: n(checked.problems.length),
                      total: n(checked.total),
                    })}
                  />
                  {problems(checked.problems)}
                </>
              ) : checked.total === 0 ? (
                <Alert type="warning" showIcon title={t('exchange.nothingToImport')} />
              ) : (
                <Alert
                  type="success"
                  showIcon
                  title={t('exchange.clean', {
                    total: n(checked.total),
                    imported: n(checked.imported),
                    updated: n(checked.updated),
                    reports: n(checked.reports),
                  })}
                />
              )}
              <Space wrap className="import-actions">
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  disabled={!clean || busy}
                  loading={phase.step === 'importing'}
                  onClick={() => void commit()}
                  data-testid="import-commit"
                >
                  {t('exchange.commit')}
                </Button>
                {file ? (
                  <Button icon={<ReloadOutlined />} onClick={() => void check(file)} disabled={busy}>
                    {t('exchange.checkAgain')}
                  </Button>
                ) : null}
              </Space>
            </section>
          ) : null}

          {phase.step === 'done' ? (
            <div data-testid="import-result" role="status">
              <Alert
                type="success"
                showIcon
                icon={<CheckCircleOutlined />}
                title={t('exchange.done')}
                description={
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      {
                        key: 'summary',
                        label: form ? `${form.name[lang]} · ${formatPeriod(period, lang)}` : '',
                        children: t('exchange.summary', {
                          imported: n(phase.result.imported),
                          updated: n(phase.result.updated),
                          reports: n(phase.result.reports),
                        }),
                      },
                    ]}
                  />
                }
              />
              <Button
                onClick={() => {
                  if (input.current) input.current.value = '';
                  choose(null);
                }}
              >
                {t('exchange.another')}
              </Button>
            </div>
          ) : null}
        </Space>
      </Card>
    </>
  );
}

import { CheckCircleOutlined, DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { ImportResult } from '@suotdoi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Progress, Space, Steps, Table, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type ApiError, isApiError } from '../../api/client';
import { downloadInstitutionTemplate, importInstitutions } from '../../api/institutions';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { reasonMessage } from '../../i18n/errors';
import { formatNumber } from '../../lib/format';
import { columnLabel } from './categories';

type Problem = ImportResult['problems'][number];

type Phase =
  | { step: 'idle' }
  | { step: 'checking'; progress: number }
  | { step: 'checked'; result: ImportResult }
  | { step: 'importing'; progress: number; dryRun: ImportResult }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; error: unknown; problems: Problem[] };

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** A file the import can read, judged by its name (the server checks the content). */
export function isSpreadsheetName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="import-dryrun-problems">
      <Table<Problem & { key: number }>
        size="small"
        rowKey="key"
        dataSource={problems.map((p, key) => ({ ...p, key }))}
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('import.row'),
            dataIndex: 'row',
            width: 80,
            align: 'right',
            render: (row?: number) => (row ? formatNumber(row, i18n.language) : '—'),
          },
          {
            title: t('import.column'),
            dataIndex: 'field',
            render: (field: string) => columnLabel(field, t, i18n.language),
          },
          {
            title: t('import.reason'),
            key: 'reason',
            render: (_, p) => reasonMessage(p, i18n.language),
          },
          { title: t('import.value'), dataIndex: 'value', render: (v?: string) => v ?? '' },
        ]}
      />
    </div>
  );
}

/**
 * Import institutions from the template: choosing a file runs a dry run at once (nothing is written); the
 * problems are listed by row and column; "Import" is offered only for a clean file, and the server imports it
 * all or nothing.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const n = (v: number) => formatNumber(v, i18n.language);

  const failure = (error: unknown): Phase => ({
    step: 'failed',
    error,
    problems: isApiError(error) ? ((error as ApiError).problems as Problem[]) : [],
  });

  const check = async (chosen: File) => {
    setPhase({ step: 'checking', progress: 0 });
    try {
      const result = await importInstitutions(chosen, true, (p) =>
        setPhase({ step: 'checking', progress: p }),
      );
      setPhase({ step: 'checked', result });
    } catch (error) {
      setPhase(failure(error));
    }
  };

  const commit = async () => {
    if (!file || phase.step !== 'checked') return;
    const dryRun = phase.result;
    setPhase({ step: 'importing', progress: 0, dryRun });
    try {
      const result = await importInstitutions(file, false, (p) =>
        setPhase({ step: 'importing', progress: p, dryRun }),
      );
      setPhase({ step: 'done', result });
      void client.invalidateQueries({ queryKey: ['institutions'] });
      message.success(t('import.doneToast', { n: n(result.created + result.updated) }));
    } catch (error) {
      setPhase(failure(error));
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    if (!chosen) {
      setPhase({ step: 'idle' });
      return;
    }
    void check(chosen);
  };

  const checked = phase.step === 'checked' ? phase.result : phase.step === 'importing' ? phase.dryRun : null;
  const clean = !!checked && checked.problems.length === 0 && checked.total > 0;
  const current = phase.step === 'idle' ? 1 : phase.step === 'done' ? 3 : 2;
  const busy = phase.step === 'checking' || phase.step === 'importing';

  return (
    <>
      <PageTitle
        title={t('import.title')}
        subtitle={<Link to="/institutions">{t('common.backToList')}</Link>}
      />
      <Card className="section">
        <Steps
          current={current}
          size="small"
          items={[
            { title: t('import.stepTemplate') },
            { title: t('import.stepChoose') },
            { title: t('import.stepCheck') },
            { title: t('import.stepImport') },
          ]}
          className="import-steps"
        />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          <DownloadButton
            icon={<DownloadOutlined />}
            download={downloadInstitutionTemplate}
            data-testid="import-template"
          >
            {t('import.downloadTemplate')}
          </DownloadButton>
          <div className="file-field">
            <label htmlFor={inputId} className="file-field__label">
              {t('import.chooseFile')}
            </label>
            <input
              ref={input}
              id={inputId}
              type="file"
              accept={ACCEPT}
              data-testid="import-file"
              disabled={busy}
              aria-describedby={`${inputId}-help`}
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
              className="file-field__input"
            />
            <Typography.Text type="secondary" id={`${inputId}-help`}>
              {t('import.fileHelp')}
            </Typography.Text>
          </div>
          {file && !isSpreadsheetName(file.name) ? (
            <Alert type="warning" showIcon title={t('import.notSpreadsheet', { name: file.name })} />
          ) : null}

          {busy ? (
            <div aria-live="polite">
              <Typography.Text>
                {phase.step === 'checking' ? t('import.checking') : t('import.importing')}
              </Typography.Text>
              <Progress
                percent={Math.round(
                  (phase.step === 'checking' || phase.step === 'importing' ? phase.progress : 0) * 100,
                )}
                status="active"
                aria-label={t('import.progress')}
                data-testid="import-progress"
              />
            </div>
          ) : null}

          {phase.step === 'failed' ? (
            <>
              <ErrorAlert error={phase.error} />
              {phase.problems.length > 0 ? (
                <>
                  <Alert type="error" showIcon title={t('import.nothingImported')} />
                  <ProblemsTable problems={phase.problems} />
                </>
              ) : null}
              {file ? (
                <Button icon={<ReloadOutlined />} onClick={() => void check(file)}>
                  {t('import.checkAgain')}
                </Button>
              ) : null}
            </>
          ) : null}

          {checked ? (
            <section aria-labelledby="dryrun-heading">
              <Typography.Title level={2} id="dryrun-heading" className="section-heading">
                {t('import.dryRunTitle')}
              </Typography.Title>
              {checked.problems.length > 0 ? (
                <>
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    title={t('import.problemsFound', {
                      n: n(checked.problems.length),
                      total: n(checked.total),
                    })}
                    description={t('import.nothingImported')}
                    className="form-alert"
                  />
                  <ProblemsTable problems={checked.problems} />
                </>
              ) : checked.total === 0 ? (
                <Alert type="warning" showIcon title={t('import.emptyFile')} />
              ) : (
                <Alert
                  type="success"
                  showIcon
                  title={t('import.clean', {
                    total: n(checked.total),
                    created: n(checked.created),
                    updated: n(checked.updated),
                    unchanged: n(checked.unchanged ?? 0),
                  })}
                  description={t('import.cleanHelp')}
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
                  {t('import.commit')}
                </Button>
                {file ? (
                  <Button icon={<ReloadOutlined />} onClick={() => void check(file)} disabled={busy}>
                    {t('import.checkAgain')}
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
                title={t('import.done')}
                description={
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      { key: 'total', label: t('import.total'), children: n(phase.result.total) },
                      { key: 'created', label: t('import.created'), children: n(phase.result.created) },
                      { key: 'updated', label: t('import.updated'), children: n(phase.result.updated) },
                      {
                        key: 'unchanged',
                        label: t('import.unchanged'),
                        children: n(phase.result.unchanged ?? 0),
                      },
                    ]}
                  />
                }
              />
              <Space wrap className="import-actions">
                <Link to="/institutions">{t('import.viewList')}</Link>
                <Button
                  onClick={() => {
                    if (input.current) input.current.value = '';
                    choose(null);
                  }}
                >
                  {t('import.another')}
                </Button>
              </Space>
            </div>
          ) : null}
        </Space>
      </Card>
    </>
  );
}

import { CheckCircleOutlined, DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { ImportResult } from '@suotdoi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Steps, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { downloadInstitutionTemplate, importInstitutions } from '../../api/institutions';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportFileField, ImportProblemsTable, ImportProgress } from '../../components/ImportParts';
import { PageTitle } from '../../components/PageTitle';
import { useDryRunImport } from '../../components/use-dry-run-import';
import { reasonMessage } from '../../i18n/errors';
import { formatNumber } from '../../lib/format';
import { columnLabel } from './categories';

type Problem = ImportResult['problems'][number];

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** A file the import can read, judged by its name (the server checks the content). */
export function isSpreadsheetName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

function ProblemsTable({ problems }: { problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ImportProblemsTable
      problems={problems}
      testId="import-dryrun-problems"
      fieldLabel={(field) => columnLabel(field, t, i18n.language)}
      reasonText={(p) => reasonMessage(p, i18n.language)}
    />
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
  const input = useRef<HTMLInputElement>(null);
  const n = (v: number) => formatNumber(v, i18n.language);
  const { file, phase, busy, checked, choose, check, commit } = useDryRunImport<ImportResult, Problem>(
    importInstitutions,
    (result) => {
      void client.invalidateQueries({ queryKey: ['institutions'] });
      message.success(t('import.doneToast', { n: n(result.created + result.updated) }));
    },
  );

  const clean = !!checked && checked.problems.length === 0 && checked.total > 0;
  const current = phase.step === 'idle' ? 1 : phase.step === 'done' ? 3 : 2;

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
          <ImportFileField
            ref={input}
            label={t('import.chooseFile')}
            accept={ACCEPT}
            disabled={busy}
            help={t('import.fileHelp')}
            testId="import-file"
            onChoose={choose}
          />
          {file && !isSpreadsheetName(file.name) ? (
            <Alert type="warning" showIcon title={t('import.notSpreadsheet', { name: file.name })} />
          ) : null}

          <ImportProgress phase={phase} testId="import-progress" />

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

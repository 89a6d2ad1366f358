import {
  CheckCircleOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  FileWordOutlined,
} from '@ant-design/icons';
import { DOCUMENT_KINDS, type DocumentKind } from '@suotdoi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import {
  type DocumentLang,
  type DocumentRequest,
  downloadDocument,
  publishReport,
} from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { Filter } from '../../components/Filters';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { UnitSelect } from '../../components/UnitSelect';
import { choiceLabels } from '../../lib/permissions';
import { useUrlParams } from '../../lib/use-url-params';
import { useCurrentUser } from '../auth/session';
import { defaultReportYear, documentYear, printPath, reportYears } from './document-request';
import { GapsAlert } from './GapsAlert';
import { PublishedList } from './PublishedList';
import { documentKeys, useDocumentModel, useUnit, useUnitLineage } from './queries';
import { TemplateDrawer } from './TemplateDrawer';
import { canOnUnit } from './unit-permission';
import './documents.css';

const LANGS: readonly DocumentLang[] = ['vi', 'en'];

/**
 * Công bố: build a unit's official report (annual, the 2025 sơ kết, the 2030 tổng kết) from today's data, look
 * at it, download it, and publish it, which freezes its figures and files; below, the copies published so far.
 */
export function PublishPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const user = useCurrentUser();
  const selected = useSelectedUnit();
  const { update, positiveInt, oneOf } = useUrlParams();
  const unitId = positiveInt('unitId') ?? selected.unitId ?? selected.choices[0]?.unitId;
  const kind = oneOf<DocumentKind>('kind', DOCUMENT_KINDS) ?? 'annual';
  const years = reportYears();
  const year = positiveInt('year') ?? defaultReportYear();
  const lang = oneOf<DocumentLang>('lang', LANGS) ?? 'vi';
  const planId = positiveInt('planId');
  const [isTemplateOpen, setTemplateOpen] = useState(false);

  const request: DocumentRequest | null = useMemo(
    () =>
      unitId === undefined
        ? null
        : { kind, unitId, ...(kind === 'annual' ? { year } : {}), ...(planId ? { planId } : {}), lang },
    [kind, unitId, year, planId, lang],
  );
  const unit = useUnit(unitId);
  const lineage = useUnitLineage(unitId);
  const canPublish = unitId !== undefined && canOnUnit(user, 'document.publish', lineage);
  const model = useDocumentModel(request);
  const unitCode = unit.data?.code ?? model.data?.unit.code ?? String(unitId ?? '');
  const unitName = unit.data?.name ?? model.data?.unit.name ?? '';
  const kindName = t(`documents.kinds.${kind}`);
  const docYear = request ? documentYear(request) : undefined;

  const publish = useMutation({
    mutationFn: (r: DocumentRequest) => publishReport(r),
    onSuccess: (report) => {
      void client.invalidateQueries({ queryKey: documentKeys.published(report.unitId) });
      // The message stays short (it vanishes); the link to the copy stays on the page, under the buttons.
      message.success(t('documents.publish.done', { title: report.title }));
    },
  });

  const confirmPublish = () => {
    if (!request) return;
    modal.confirm({
      title: t('documents.publish.confirmTitle', {
        document: `${kindName.toLocaleLowerCase()} ${docYear ?? ''}`.trim(),
      }),
      icon: <CheckCircleOutlined />,
      content: (
        <>
          <p>{t('documents.publish.confirmBody')}</p>
          {unitName ? <p>{t('documents.publish.confirmUnit', { unit: unitName })}</p> : null}
        </>
      ),
      okText: t('documents.publish.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'publish-confirm' } as Record<string, string>,
      onOk: async () => {
        try {
          await publish.mutateAsync(request);
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  return (
    <>
      <PageTitle
        title={t('documents.title')}
        subtitle={<Typography.Text type="secondary">{t('documents.subtitle')}</Typography.Text>}
        extra={
          canPublish && unitId !== undefined ? (
            <Button
              icon={<FileTextOutlined />}
              onClick={() => setTemplateOpen(true)}
              data-testid="template-open"
            >
              {t('documents.actions.template')}
            </Button>
          ) : null
        }
      />
      <Card
        className="section no-print"
        title={<h2 className="card-heading">{t('documents.generator.title')}</h2>}
      >
        <Space wrap className="filters section" align="start">
          <Filter htmlFor="documents-unit" label={t('documents.fields.unit')}>
            <UnitSelect
              id="documents-unit"
              data-testid="documents-unit"
              value={unitId ?? null}
              knownLabels={choiceLabels(selected.choices)}
              onChange={(v) => update({ unitId: typeof v === 'number' ? v : undefined })}
              style={{ width: 320 }}
            />
          </Filter>
          <Filter htmlFor="documents-kind" label={t('documents.fields.kind')}>
            <Select<DocumentKind>
              id="documents-kind"
              data-testid="documents-kind"
              value={kind}
              onChange={(v) => update({ kind: v === 'annual' ? undefined : v })}
              options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
              style={{ width: 200 }}
            />
          </Filter>
          {kind === 'annual' ? (
            <Filter htmlFor="documents-year" label={t('documents.fields.year')}>
              <Select<number>
                id="documents-year"
                data-testid="documents-year"
                value={year}
                onChange={(v) => update({ year: v === defaultReportYear() ? undefined : v })}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                aria-describedby="documents-year-help"
                style={{ width: 120 }}
              />
              <Typography.Text type="secondary" id="documents-year-help" className="filter__help">
                {t('documents.yearHelp')}
              </Typography.Text>
            </Filter>
          ) : null}
          <Filter htmlFor="documents-lang" label={t('documents.fields.lang')}>
            <Select<DocumentLang>
              id="documents-lang"
              data-testid="documents-lang"
              value={lang}
              onChange={(v) => update({ lang: v === 'vi' ? undefined : v })}
              options={LANGS.map((l) => ({ value: l, label: t(`documents.langs.${l}`) }))}
              style={{ width: 160 }}
            />
          </Filter>
        </Space>
        {request === null ? <Alert type="info" showIcon title={t('documents.pickUnit')} /> : null}
        {request ? (
          <Space wrap className="doc-actions section">
            <Button
              icon={<EyeOutlined />}
              onClick={() => navigate(printPath(request))}
              data-testid="documents-print-view"
            >
              {t('documents.actions.print')}
            </Button>
            <DownloadButton
              icon={<FileWordOutlined />}
              download={() => downloadDocument(request, 'docx', unitCode)}
              data-testid="documents-docx"
            >
              {t('documents.actions.docx')}
            </DownloadButton>
            <DownloadButton
              icon={<FileExcelOutlined />}
              download={() => downloadDocument(request, 'xlsx', unitCode)}
              data-testid="documents-xlsx"
            >
              {t('documents.actions.xlsx')}
            </DownloadButton>
            {canPublish ? (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                onClick={confirmPublish}
                loading={publish.isPending}
                data-testid="documents-publish"
              >
                {t('documents.actions.publish')}
              </Button>
            ) : null}
          </Space>
        ) : null}
        <div aria-live="polite">
          {model.isFetching && !model.data ? (
            <Space className="section">
              <Spin size="small" />
              <Typography.Text type="secondary">{t('documents.gaps.checking')}</Typography.Text>
            </Space>
          ) : null}
          {model.isError ? <ErrorAlert error={model.error} className="form-alert" /> : null}
          {model.data ? <GapsAlert gaps={model.data.gaps} /> : null}
          {publish.data && publish.data.unitId === unitId ? (
            <Alert
              type="success"
              showIcon
              className="section"
              data-testid="publish-done"
              title={t('documents.publish.done', { title: publish.data.title })}
              description={
                <Link to={`/documents/published/${publish.data.id}`}>{t('documents.publish.open')}</Link>
              }
            />
          ) : null}
        </div>
      </Card>
      {unitId !== undefined ? <PublishedList unitId={unitId} unitCode={unitCode} /> : null}
      {isTemplateOpen && unitId !== undefined ? (
        <TemplateDrawer unitId={unitId} onClose={() => setTemplateOpen(false)} />
      ) : null}
    </>
  );
}

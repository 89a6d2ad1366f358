import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { downloadDocument } from '../../api/documents';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { DocumentPrintView } from './DocumentPrintView';
import { defaultReportYear, documentYear, requestFromParams } from './document-request';
import { useDocumentModel } from './queries';

/**
 * Bản in: today's document for /documents/print?kind=&unitId=&year=&planId=&lang=, on A4 sheets, to print or
 * save as PDF. Without a unit in the link, the header's working unit.
 */
export function PrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const selected = useSelectedUnit();
  const request = useMemo(
    () =>
      requestFromParams(params, {
        unitId: selected.unitId ?? selected.choices[0]?.unitId,
        year: defaultReportYear(),
      }),
    [params, selected.unitId, selected.choices],
  );
  const model = useDocumentModel(request);
  const back = `/documents?${params.toString()}`;
  const kindName = request ? t(`documents.kinds.${request.kind}`) : '';
  const year = request ? documentYear(request) : undefined;

  return (
    <>
      <div className="no-print">
        <PageTitle
          title={`${t('documents.print.title')}${kindName ? `: ${kindName}` : ''}${year ? ` ${year}` : ''}`}
          subtitle={
            <>
              <Link to={back} data-testid="print-back">
                <ArrowLeftOutlined aria-hidden /> {t('documents.print.back')}
              </Link>
              {model.data ? ` · ${model.data.unit.name}` : ''}
            </>
          }
        />
      </div>
      {request === null ? <Alert type="info" showIcon title={t('documents.pickUnit')} /> : null}
      {model.isError ? <ErrorAlert error={model.error} className="form-alert no-print" /> : null}
      {model.isPending && request ? (
        <div className="no-print">
          <Spin size="large" className="page-spinner" description={t('documents.generator.busy')} />
        </div>
      ) : null}
      {model.data && request ? (
        <DocumentPrintView
          model={model.data}
          actions={
            <>
              <DownloadButton
                icon={<FileWordOutlined />}
                download={() => downloadDocument(request, 'docx', model.data.unit.code)}
                data-testid="print-docx"
              >
                {t('documents.actions.docx')}
              </DownloadButton>
              <DownloadButton
                icon={<FileExcelOutlined />}
                download={() => downloadDocument(request, 'xlsx', model.data.unit.code)}
                data-testid="print-xlsx"
              >
                {t('documents.actions.xlsx')}
              </DownloadButton>
            </>
          }
        />
      ) : null}
    </>
  );
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Thiếu sót: what the document says is missing (no plan, no data, template fields not filled in). A warning, not
 * an error: the report is built anyway and names each gap in its text.
 */
export function GapsAlert({ gaps }: { gaps: readonly string[] }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="section"
      title={t('documents.gaps.title')}
      description={
        <ul className="doc-gaps" data-testid="document-gaps">
          {gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      }
    />
  );
}

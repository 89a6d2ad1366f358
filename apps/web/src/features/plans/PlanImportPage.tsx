import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { PlanImport } from './PlanExchangeTab';

/** Import a new plan (or a new version of one) from its JSON or XLSX file. */
export function PlanImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle
        title={t('plans.exchange.importTitle')}
        subtitle={<Link to="/plans">{t('common.backToList')}</Link>}
      />
      <Card className="section">
        <PlanImport />
      </Card>
    </>
  );
}

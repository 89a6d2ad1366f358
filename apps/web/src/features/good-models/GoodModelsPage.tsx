import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Mô hình hay: find models by category and topic; write and publish one. */
export function GoodModelsPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('goodModels.title')} />;
}

import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** One good model: what was done, its figures, photos, contact, adoptions. */
export function GoodModelDetailPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('goodModels.title')} />;
}

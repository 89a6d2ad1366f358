import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Tin bài: the articles of the units in scope by status. */
export function ArticlesPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('articles.title')} />;
}

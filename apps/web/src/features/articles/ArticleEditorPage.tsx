import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

/** Write or edit an article (rich text with images) and move it through the editorial workflow. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('articles.title')} />;
}

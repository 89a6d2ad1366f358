import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ArticleEditor } from './ArticleEditor';
import { useArticle } from './queries';
import './articles.css';

/** /articles/new and /articles/:id: write or edit an article and move it through the editorial workflow. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id === undefined ? undefined : Number(params.id);
  const valid = id !== undefined && Number.isInteger(id) && id > 0;
  const loaded = useArticle(valid ? id : undefined);

  if (id === undefined) return <ArticleEditor key="new" article={null} />;
  if (!valid || loaded.isError) {
    return (
      <>
        <PageTitle title={t('articles.form.editTitle')} />
        {loaded.isError ? (
          <ErrorAlert error={loaded.error} />
        ) : (
          <Alert type="error" showIcon title={t('articles.form.notFound')} />
        )}
      </>
    );
  }
  if (!loaded.data) return <Skeleton active />;
  // Keyed by id: from /articles/new to /articles/{id} after the first save is a fresh page for the saved article.
  return <ArticleEditor key={id} article={loaded.data} />;
}

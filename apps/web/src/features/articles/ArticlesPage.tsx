import { EditOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { useCan } from '../auth/session';
import { ArticleList } from './ArticleList';
import './articles.css';

/** Tin bài: the articles of the header unit's subtree by status; "Viết tin bài" for those who write. */
export function ArticlesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('content.write');
  const canPublish = useCan('content.publish');
  const { unitId, unit } = useSelectedUnit();

  return (
    <>
      <PageTitle
        title={t('articles.title')}
        subtitle={unit ? `${unit.unitName} · ${t('articles.subtitle')}` : t('articles.subtitle')}
        extra={
          canWrite ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate('/articles/new')}
              data-testid="article-new"
            >
              {t('articles.actions.new')}
            </Button>
          ) : null
        }
      />
      {!canWrite && !canPublish ? (
        <Alert type="info" showIcon className="form-alert no-print" title={t('articles.readOnlyList')} />
      ) : null}
      <ArticleList unitId={unitId} unitLabel={unit?.unitName ?? null} />
    </>
  );
}

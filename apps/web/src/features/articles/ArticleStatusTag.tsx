import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../api/articles';
import { articleDisplayState, isReturned } from './article-workflow';

interface Props {
  article: Pick<Article, 'status' | 'publishFrom' | 'publishUntil' | 'reviewNote' | 'featured'>;
  testId?: string;
  /** Also say "featured" (the list does; the editor shows its switch). */
  showFeatured?: boolean;
}

/**
 * The article's status as its readers need it: "scheduled" or "expired" for a published article outside its
 * window, and "returned" beside a draft the editor sent back. Words, not colour alone, carry the meaning.
 */
export function ArticleStatusTag({ article, testId, showFeatured }: Props) {
  const { t } = useTranslation();
  const state = articleDisplayState(article);
  return (
    <span className="article-tags">
      <Tag className={`article-status article-status--${state}`} data-testid={testId}>
        {t(`articles.states.${state}`)}
      </Tag>
      {isReturned(article) ? (
        <Tag className="article-status article-status--returned">{t('articles.returnedTag')}</Tag>
      ) : null}
      {showFeatured && article.featured ? (
        <Tag className="article-status article-status--featured">{t('articles.featuredTag')}</Tag>
      ) : null}
    </span>
  );
}

import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../api/articles';
import type { Observance } from '../../api/plans';
import { formatDateTime } from '../../lib/format';
import { observanceCodeLabel } from '../plans/labels';
import { publishWindowText } from './article-workflow';
import { RichTextView } from './RichTextEditor';

/** The body column of an article one may not edit now: cover, summary and body as the portal will show them. */
export function ArticleViewMain({ article }: { article: Article }) {
  const { t } = useTranslation();
  return (
    <Card className="section article-view" data-testid="article-view">
      {article.cover ? (
        <img
          className="article-view__cover"
          src={article.cover.url}
          alt={t('articles.cover.preview', { name: article.cover.name })}
        />
      ) : null}
      {article.summary ? <p className="article-view__summary">{article.summary}</p> : null}
      {article.body ? (
        <RichTextView html={article.body} label={t('articles.form.fields.body')} />
      ) : (
        <Typography.Text type="secondary">{t('articles.view.noBody')}</Typography.Text>
      )}
    </Card>
  );
}

/** The side column of the read-only view: who, how it is classified, when it shows. */
export function ArticleViewSide({
  article,
  observances,
}: {
  article: Article;
  observances: readonly Observance[];
}) {
  const { t, i18n } = useTranslation();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Card size="small" className="section">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'unit', label: t('articles.form.fields.unitId'), children: article.unit.name },
          { key: 'author', label: t('articles.form.fields.author'), children: article.author },
          {
            key: 'topic',
            label: t('articles.form.fields.topic'),
            children: article.topic ? t(`goodModels.topics.${article.topic}`) : none,
          },
          {
            key: 'day',
            label: t('articles.form.fields.observanceCode'),
            children: article.observanceCode
              ? observanceCodeLabel(
                  article.observanceCode,
                  observances.find((o) => o.code === article.observanceCode)?.name,
                  t,
                  i18n.language,
                )
              : none,
          },
          {
            key: 'featured',
            label: t('articles.form.fields.featured'),
            children: article.featured ? t('articles.yes') : t('articles.no'),
          },
          {
            key: 'window',
            label: t('articles.view.window'),
            children: publishWindowText(article, t, formatDateTime),
          },
          {
            key: 'published',
            label: t('articles.columns.publishedAt'),
            children: article.publishedAt ? formatDateTime(article.publishedAt) : none,
          },
        ]}
      />
    </Card>
  );
}

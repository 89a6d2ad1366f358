import { BulbOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { GoodModel } from '../../api/good-models';
import { modelPath } from './catalogue';
import { adoptionText, categoriesText, dayOf, topicLabel } from './labels';

/**
 * One model in the catalogue: the first photo as the cover, the title (the link), where it comes from, its topic
 * and categories, the summary, and how many units adopted it.
 */
export function GoodModelCard({ model }: { model: GoodModel }) {
  const { t, i18n } = useTranslation();
  const cover = model.photos[0];
  const place = [
    model.unit.name,
    model.province && model.province.id !== model.unit.id ? model.province.name : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="gm-card" data-testid={`gm-card-${model.id}`}>
      <div className="gm-card__cover">
        {cover ? (
          // The title says what the card is; the cover only decorates it here (the model page names its photos).
          <img src={cover.url} alt="" loading="lazy" />
        ) : (
          <BulbOutlined aria-hidden className="gm-card__placeholder" />
        )}
      </div>
      <div className="gm-card__body">
        <div className="gm-card__tags">
          <Tag className="gm-topic">{topicLabel(model.topic, t)}</Tag>
          {model.status === 'draft' ? (
            <Tag className="gm-status--draft" data-testid={`gm-draft-${model.id}`}>
              {t('goodModels.statuses.draft')}
            </Tag>
          ) : null}
        </div>
        <h2 className="gm-card__title">
          <Link to={modelPath(model.id)} data-testid={`gm-link-${model.id}`}>
            {model.title}
          </Link>
        </h2>
        <p className="gm-card__meta">{place}</p>
        <p className="gm-card__meta">
          {t('goodModels.suits')}: {categoriesText(model.categories, t, i18n.language)}
        </p>
        <p className="gm-card__summary">{model.summary}</p>
        <p className="gm-card__footer">
          <span className="gm-card__adoptions" data-testid={`gm-adoptions-${model.id}`}>
            <TeamOutlined aria-hidden /> {adoptionText(model.adoptionCount, t, i18n.language)}
          </span>
          {model.publishedAt ? <span className="gm-card__date">{dayOf(model.publishedAt)}</span> : null}
        </p>
      </div>
    </article>
  );
}

import { ArrowLeftOutlined, MailOutlined, PhoneOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentUser } from '../auth/session';
import { useUnitLineage } from '../documents/queries';
import { AdoptionsCard } from './AdoptionsCard';
import { GoodModelCommands } from './GoodModelCommands';
import { GoodModelFormDrawer } from './GoodModelFormDrawer';
import { categoriesText, dayOf, paragraphsOf, topicLabel } from './labels';
import { ModelFigures } from './ModelFigures';
import { PhotoGallery } from './PhotoGallery';
import { useGoodModel } from './queries';
import { canWriteModel } from './rights';
import './good-models.css';

/**
 * One good model: where it comes from, what it suits, the photos, the summary and the description, the results
 * from the data as frozen, whom to contact, and the units that adopted it. Its unit's writers edit, publish or
 * delete it; writers of other units say they adopted it.
 */
export function GoodModelDetailPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const detail = useGoodModel(validId ? id : undefined);
  const user = useCurrentUser();
  const m = detail.data;
  const lineage = useUnitLineage(m?.unit.id);
  const canWrite = !!m && canWriteModel(user, lineage);
  const [editing, setEditing] = useState(false);
  const notFound = !validId || (isApiError(detail.error) && detail.error.code === 'NOT_FOUND');
  const back = (
    <Link to="/good-models">
      <ArrowLeftOutlined aria-hidden /> {t('goodModels.detail.back')}
    </Link>
  );

  if (notFound) {
    return (
      <>
        <PageTitle title={t('goodModels.detail.notFoundTitle')} />
        <Result
          status="404"
          title={t('goodModels.detail.notFoundTitle')}
          subTitle={t('goodModels.detail.notFound')}
          extra={
            <Link to="/good-models">
              <Button type="primary">{t('goodModels.detail.back')}</Button>
            </Link>
          }
          data-testid="gm-not-found"
        />
      </>
    );
  }

  const place = m
    ? [m.unit.name, m.province && m.province.id !== m.unit.id ? m.province.name : null]
        .filter(Boolean)
        .join(' · ')
    : '';

  return (
    <>
      <PageTitle
        title={m?.title ?? t('goodModels.detail.title')}
        subtitle={
          <Space wrap size={8}>
            {back}
            {m ? <Tag className="gm-topic">{topicLabel(m.topic, t)}</Tag> : null}
            {m?.status === 'draft' ? (
              <Tag className="gm-status--draft" data-testid="gm-detail-draft">
                {t('goodModels.statuses.draft')}
              </Tag>
            ) : null}
            {m ? <span>{place}</span> : null}
          </Space>
        }
        extra={m ? <GoodModelCommands model={m} canWrite={canWrite} onEdit={() => setEditing(true)} /> : null}
      />
      {detail.isError ? <ErrorAlert error={detail.error} className="form-alert" /> : null}
      {detail.isPending && validId ? <Spin size="large" className="page-spinner" /> : null}
      {m ? (
        <Row gutter={[16, 16]} className="gm-detail">
          <Col xs={24} lg={16}>
            <Card className="section">
              <PhotoGallery photos={m.photos} title={m.title} />
              <p className="gm-lead" data-testid="gm-summary">
                {m.summary}
              </p>
              <div className="gm-description" data-testid="gm-description">
                {paragraphsOf(m.description).map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
                  <p key={i}>{p}</p>
                ))}
              </div>
            </Card>
            <Card
              className="section"
              title={<h2 className="gm-card-heading">{t('goodModels.detail.results')}</h2>}
            >
              {m.figures.length ? (
                <>
                  <ModelFigures figures={m.figures} />
                  <Typography.Paragraph type="secondary" className="gm-note">
                    {t('goodModels.detail.resultsNote')}
                  </Typography.Paragraph>
                </>
              ) : (
                <Typography.Text type="secondary">{t('goodModels.detail.noResults')}</Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card
              className="section"
              title={<h2 className="gm-card-heading">{t('goodModels.detail.about')}</h2>}
            >
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'unit', label: t('goodModels.columns.unit'), children: m.unit.name },
                  ...(m.province
                    ? [
                        {
                          key: 'province',
                          label: t('goodModels.columns.province'),
                          children: m.province.name,
                        },
                      ]
                    : []),
                  { key: 'topic', label: t('goodModels.columns.topic'), children: topicLabel(m.topic, t) },
                  {
                    key: 'categories',
                    label: t('goodModels.columns.categories'),
                    children: categoriesText(m.categories, t, i18n.language),
                  },
                  {
                    key: 'published',
                    label: t('goodModels.columns.publishedAt'),
                    children: m.publishedAt ? dayOf(m.publishedAt) : t('goodModels.detail.notPublished'),
                  },
                ]}
              />
            </Card>
            <Card
              className="section"
              title={<h2 className="gm-card-heading">{t('goodModels.detail.contact')}</h2>}
              data-testid="gm-contact"
            >
              <ul className="gm-contact">
                <li>
                  <UserOutlined aria-hidden /> {m.contactName}
                </li>
                {m.contactPhone ? (
                  <li>
                    <PhoneOutlined aria-hidden />{' '}
                    <a href={`tel:${m.contactPhone.replace(/[^\d+]/g, '')}`}>{m.contactPhone}</a>
                  </li>
                ) : null}
                {m.contactEmail ? (
                  <li>
                    <MailOutlined aria-hidden /> <a href={`mailto:${m.contactEmail}`}>{m.contactEmail}</a>
                  </li>
                ) : null}
              </ul>
            </Card>
            <AdoptionsCard model={m} />
          </Col>
        </Row>
      ) : null}
      {editing && m ? <GoodModelFormDrawer key={m.id} model={m} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

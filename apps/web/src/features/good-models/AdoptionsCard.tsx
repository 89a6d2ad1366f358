import { CheckCircleOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adoption, type GoodModel, removeAdoption } from '../../api/good-models';
import { useErrorText } from '../../components/ErrorAlert';
import { useSelectedUnit } from '../../components/selected-unit';
import { formatDate } from '../../lib/format';
import { useCurrentUser } from '../auth/session';
import { AdoptForm } from './AdoptForm';
import { adoptionText } from './labels';
import { useStoreGoodModel } from './queries';
import { adoptionUnits, canAdopt, canRemoveAdoption } from './rights';

/**
 * Nhân rộng: how many units adopted the model and which (with the day and their note); "Chúng tôi đã áp dụng"
 * for writers of another unit, and taking back their own unit's adoption.
 */
export function AdoptionsCard({ model }: { model: GoodModel }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const { unitId } = useSelectedUnit();
  const store = useStoreGoodModel();
  const [adopting, setAdopting] = useState(false);
  const units = adoptionUnits(user, model.unit.id);

  const remove = useMutation({
    mutationFn: (a: Adoption) => removeAdoption(model.id, a.id),
    onSuccess: (_, a) => {
      store({
        ...model,
        adoptions: model.adoptions.filter((x) => x.id !== a.id),
        adoptionCount: Math.max(0, model.adoptionCount - 1),
      });
      message.success(t('goodModels.adopt.removed', { unit: a.unit.name }));
    },
    onError: (error) => message.error(errorText(error)),
  });

  return (
    <Card
      className="section gm-adoptions"
      title={<h2 className="gm-card-heading">{t('goodModels.detail.adoptions')}</h2>}
      data-testid="gm-adoptions"
    >
      <p className="gm-adoptions__count" data-testid="gm-adoption-count">
        <CheckCircleOutlined aria-hidden /> {adoptionText(model.adoptionCount, t, i18n.language)}
      </p>
      {canAdopt(user, model) ? (
        <Button
          type="primary"
          onClick={() => setAdopting(true)}
          className="no-print"
          data-testid="gm-adopt"
          block
        >
          {t('goodModels.adopt.button')}
        </Button>
      ) : model.status === 'draft' ? (
        <Typography.Paragraph type="secondary">{t('goodModels.adopt.draftOnly')}</Typography.Paragraph>
      ) : null}
      {model.adoptions.length > 0 ? (
        <ul className="gm-adoptions__list" aria-label={t('goodModels.detail.adoptingUnits')}>
          {model.adoptions.map((a) => (
            <li key={a.id} data-testid={`gm-adoption-${a.id}`}>
              <div className="gm-adoptions__head">
                <strong>{a.unit.name}</strong>
                {canRemoveAdoption(user, a.unit.id) ? (
                  <Popconfirm
                    title={t('goodModels.adopt.removeConfirm', { unit: a.unit.name })}
                    okText={t('goodModels.adopt.remove')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove.mutate(a)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      loading={remove.isPending && remove.variables?.id === a.id}
                      aria-label={t('goodModels.adopt.removeLabel', { unit: a.unit.name })}
                      title={t('goodModels.adopt.removeLabel', { unit: a.unit.name })}
                      className="no-print"
                      data-testid={`gm-adoption-remove-${a.id}`}
                    />
                  </Popconfirm>
                ) : null}
              </div>
              <Typography.Text type="secondary">
                {t('goodModels.adopt.since', { date: formatDate(a.adoptedOn) })}
              </Typography.Text>
              {a.note ? <p className="gm-adoptions__note">{a.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {adopting ? (
        <AdoptForm model={model} units={units} preferredUnitId={unitId} onClose={() => setAdopting(false)} />
      ) : null}
    </Card>
  );
}

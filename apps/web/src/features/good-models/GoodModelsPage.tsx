import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { useCan, useCurrentUser } from '../auth/session';
import { GoodModelCatalogue } from './GoodModelCatalogue';
import { GoodModelFormDrawer } from './GoodModelFormDrawer';
import { emptyGoodModelForm } from './good-model-form';
import { writerUnits } from './rights';
import './good-models.css';

/**
 * Mô hình hay: what units did that worked, found by topic and institution category; writers add theirs (a draft
 * first, or published at once) and are taken to it.
 */
export function GoodModelsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canWrite = useCan('content.write');
  const { unitId, unit, choices } = useSelectedUnit();
  const [creating, setCreating] = useState(false);
  const myUnitIds = unitId ? [unitId] : choices.map((c) => c.unitId);
  // A new model starts in the header's unit, or the writer's only unit.
  const writable = writerUnits(user);
  const start = unit ?? (writable.length === 1 ? writable[0]! : null);

  return (
    <>
      <PageTitle
        title={t('goodModels.title')}
        subtitle={t('goodModels.subtitle')}
        extra={
          canWrite ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="gm-new"
            >
              {t('goodModels.actions.new')}
            </Button>
          ) : null
        }
      />
      <GoodModelCatalogue myUnitIds={myUnitIds} myUnitsLabel={unit?.unitName ?? null} canWrite={canWrite} />
      {creating ? (
        <GoodModelFormDrawer
          model={null}
          initial={emptyGoodModelForm({ unitId: start?.unitId ?? null, contactName: user?.displayName })}
          knownUnit={start ? { id: start.unitId, name: start.unitName } : null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => navigate(`/good-models/${saved.id}`)}
        />
      ) : null}
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { todayInVietnam } from '@suotdoi/shared';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recognition } from '../../api/recognition';
import { PageTitle } from '../../components/PageTitle';
import { useSelectedUnit } from '../../components/selected-unit';
import { choiceLabels } from '../../lib/permissions';
import { useUrlParams } from '../../lib/use-url-params';
import { useCan, useCurrentUser } from '../auth/session';
import { useUnitLineage } from '../documents/queries';
import { canOnUnit } from '../documents/unit-permission';
import { NominationDrawer } from './NominationDrawer';
import { emptyNominationForm } from './nomination-form';
import { RecognitionDetailDrawer } from './RecognitionDetailDrawer';
import { RecognitionRegister } from './RecognitionRegister';
import { registerYears } from './recognition-rows';
import './recognition.css';

type Editing = { recognition: Recognition | null } | null;

/**
 * Khen thưởng: the register (Sổ khen thưởng) of the header's unit for a year, new nominations for those who may
 * nominate there, and one nomination's detail and workflow in a drawer (its id in the URL, so a link opens it).
 */
export function RecognitionPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { unitId, unit, choices } = useSelectedUnit();
  const { update, positiveInt } = useUrlParams();
  const today = todayInVietnam();
  const years = registerYears(today);
  const asked = positiveInt('year');
  const currentYear = Number(today.slice(0, 4));
  const year = asked && years.includes(asked) ? asked : currentYear;
  const openId = positiveInt('open');
  const [opened, setOpened] = useState<Recognition | undefined>(undefined);
  // The drawer stays mounted while it slides shut, so that focus goes back to the link that opened it.
  const [shownId, setShownId] = useState<number | undefined>(openId);
  useEffect(() => {
    if (openId) setShownId(openId);
  }, [openId]);
  const [editing, setEditing] = useState<Editing>(null);

  // The header's unit, or the person's only unit: where a new nomination starts.
  const homeUnitId = unitId ?? (choices.length === 1 ? choices[0]!.unitId : null);
  const lineage = useUnitLineage(unitId ?? undefined);
  const canAnywhere = useCan('recognition.nominate');
  const canNominate = unitId ? canOnUnit(user, 'recognition.nominate', lineage) : canAnywhere;

  const open = (r: Recognition) => {
    setOpened(r);
    update({ open: r.id });
  };

  return (
    <>
      <PageTitle
        title={t('recognition.title')}
        subtitle={unit ? `${unit.unitName} · ${t('recognition.subtitle')}` : t('recognition.subtitle')}
        extra={
          canNominate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ recognition: null })}
              data-testid="recognition-new"
            >
              {t('recognition.actions.nominate')}
            </Button>
          ) : null
        }
      />
      {!canNominate ? (
        <Alert type="info" showIcon className="form-alert no-print" title={t('recognition.readOnly')} />
      ) : null}
      <RecognitionRegister
        unitId={unitId}
        unitLabel={unit?.unitName ?? null}
        year={year}
        years={years}
        onYear={(y) => update({ year: y === currentYear ? undefined : y })}
        onOpen={open}
      />
      {shownId ? (
        <RecognitionDetailDrawer
          // Keys of their own: the detail and the edit drawer of one nomination are siblings here.
          key={`detail-${shownId}`}
          id={shownId}
          open={openId === shownId}
          initial={opened?.id === shownId ? opened : undefined}
          onClose={() => update({ open: undefined })}
          afterClose={() => setShownId(undefined)}
          onEdit={(r) => setEditing({ recognition: r })}
        />
      ) : null}
      {editing ? (
        <NominationDrawer
          key={`edit-${editing.recognition?.id ?? 'new'}`}
          recognition={editing.recognition}
          initial={emptyNominationForm({ unitId: homeUnitId, year, today })}
          years={years}
          unitLabel={choiceLabels(choices)}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            if (editing.recognition) return;
            // The new nomination opens, in its year's register (it may be another year than the one shown).
            setOpened(saved);
            update({ open: saved.id, year: saved.year === currentYear ? undefined : saved.year });
          }}
        />
      ) : null}
    </>
  );
}

import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSelectedUnit } from './selected-unit';

const ALL = 0;

/** The working unit: one of the units the user's roles are on, or all of them. */
export function UnitPicker({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  const { unitId, choices, setUnitId } = useSelectedUnit();
  if (choices.length === 0) return null;
  return (
    <Select<number>
      aria-label={t('layout.unitPicker')}
      data-testid="unit-picker"
      value={unitId ?? ALL}
      onChange={(value) => setUnitId(value === ALL ? null : value)}
      options={[
        { value: ALL, label: t('layout.allMyUnits') },
        ...choices.map((c) => ({ value: c.unitId, label: `${c.unitName} (${c.unitCode})` })),
      ]}
      popupMatchSelectWidth={false}
      style={{ width: block ? '100%' : 240 }}
    />
  );
}

import type { Institution } from '@suotdoi/shared';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/ConflictAlert';
import { formatValue } from '../../lib/diff';
import { formatDate } from '../../lib/format';
import { categoryLabel } from './categories';
import {
  conflictingFields,
  type EditableField,
  type InstitutionFormValues,
  toFormValues,
} from './institution-form';

interface Props {
  mine: InstitutionFormValues;
  theirs: Institution;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  saving: boolean;
}

/** The institution's 409 CONFLICT view: its differing fields, labelled and formatted as the form shows them. */
export function ConflictPanel({ mine, theirs, onTakeTheirs, onKeepMine, saving }: Props) {
  const { t, i18n } = useTranslation();
  const fields = conflictingFields(mine, theirs);
  const show = (field: EditableField, value: unknown) => {
    if (field === 'category' && typeof value === 'string') return categoryLabel(value, i18n.language);
    if (field === 'parentId')
      return value === theirs.parentId ? (theirs.parentName ?? formatValue(value)) : formatValue(value);
    if (field === 'managingAgencyId')
      return value === theirs.managingAgencyId
        ? (theirs.managingAgencyName ?? formatValue(value))
        : formatValue(value);
    if ((field === 'validFrom' || field === 'validTo') && typeof value === 'string') return formatDate(value);
    return formatValue(value);
  };
  const current = toFormValues(theirs);
  return (
    <ConflictAlert
      testId="institution-conflict"
      savedAt={theirs.updatedAt}
      help={t('institutions.conflictHelp')}
      rows={fields.map((f) => ({
        field: f,
        label: t(`institutions.fields.${f}`),
        theirs: show(f, current[f]),
        mine: show(f, mine[f]),
      }))}
      onTakeTheirs={onTakeTheirs}
      onKeepMine={onKeepMine}
      saving={saving}
    />
  );
}

import {
  DECIDING_LEVEL,
  type Recognition,
  type RecognitionForm,
  type RecognitionStatus,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { canOnUnit } from '../documents/unit-permission';

/** Words for forms and statuses, who the nominee is, and what a person may do with a nomination now. No React. */

export function formLabel(form: RecognitionForm, t: TFunction): string {
  return t(`recognition.forms.${form}`);
}

export function statusLabel(status: RecognitionStatus, t: TFunction): string {
  return t(`recognition.statuses.${status}`);
}

/** Who decides the form, in words: the province (Sở, UBND tỉnh) or the country (the Ministry, the Prime Minister). */
export function decidedByLabel(form: RecognitionForm, t: TFunction): string {
  return t(`recognition.decidedBy.${DECIDING_LEVEL[form]}`);
}

/** The order statuses sort in: the workflow's order, what still needs a step first. */
export const STATUS_ORDER: Record<RecognitionStatus, number> = {
  nominated: 0,
  reviewed: 1,
  granted: 2,
  declined: 3,
};

type Nominee = Pick<Recognition, 'nomineeKind' | 'personName' | 'personPosition' | 'unit'>;

/** The nominee's name: the collective (the unit) or the person. */
export function nomineeName(r: Nominee): string {
  return r.nomineeKind === 'individual' && r.personName ? r.personName : r.unit.name;
}

/** The line under the name: an individual's position and unit; nothing for a collective (its name is the unit). */
export function nomineeDetail(r: Nominee): string {
  if (r.nomineeKind !== 'individual') return '';
  return [r.personPosition, r.unit.name].filter(Boolean).join(', ');
}

/** A long reason cut at a word boundary near `max` characters, with an ellipsis; the full text stays in a title. */
export function shortReason(reason: string, max = 80): string {
  const text = reason.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * What the person may do, as the UI shows it (the server decides): `nominate` on the nominee's unit, `decide` on
 * the nominee's province, `decideCountry` on the country (the Ministry's and the Prime Minister's forms).
 */
export interface RecognitionRights {
  nominate: boolean;
  decideProvince: boolean;
  decideCountry: boolean;
}

export interface RecognitionActions {
  edit: boolean;
  withdraw: boolean;
  review: boolean;
  grant: boolean;
  decline: boolean;
}

/**
 * The rights a person holds on a nomination, from their roles and the nominee unit's ancestors (a role covers a
 * subtree): nominate on the unit or above it, decide on the province or the country, decide for the country.
 */
export function rightsOn(
  user: Parameters<typeof canOnUnit>[0],
  unitId: number,
  ancestors: readonly { id: number; level: string }[],
  provinceId: number | null,
): RecognitionRights {
  const countries = ancestors.filter((a) => a.level === 'country').map((a) => a.id);
  return {
    nominate: canOnUnit(user, 'recognition.nominate', [unitId, ...ancestors.map((a) => a.id)]),
    decideProvince: canOnUnit(
      user,
      'recognition.decide',
      provinceId ? [provinceId, ...countries] : countries,
    ),
    decideCountry: canOnUnit(user, 'recognition.decide', countries),
  };
}

const NONE: RecognitionActions = {
  edit: false,
  withdraw: false,
  review: false,
  grant: false,
  decline: false,
};

/**
 * The steps a nomination allows now. Nominated: edited and withdrawn by its nominators, reviewed or declined by the
 * province. Reviewed: granted or declined by whoever decides the form (the province, or the country for the
 * Ministry's and the Prime Minister's), as the server's decide-nomination.ts rules. Granted and declined are final.
 */
export function availableActions(
  r: Pick<Recognition, 'status' | 'form'>,
  rights: RecognitionRights,
): RecognitionActions {
  const decides = DECIDING_LEVEL[r.form] === 'country' ? rights.decideCountry : rights.decideProvince;
  switch (r.status) {
    case 'nominated':
      return {
        ...NONE,
        edit: rights.nominate,
        withdraw: rights.nominate,
        review: rights.decideProvince,
        decline: rights.decideProvince,
      };
    case 'reviewed':
      return { ...NONE, grant: decides, decline: decides };
    default:
      return NONE;
  }
}
